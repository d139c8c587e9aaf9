#!/usr/bin/env node
// The `lede` command, which `npm run build` and `npm start` run too: Lede's code compiled to JavaScript
// (bin/compile.js, again when a source file changed), loaded without a TypeScript loader.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { compiledProject } from "./compile.js";

// V8 optimises a function after twice its default budget of work (bench/eval.ts does the same): a build
// compiles fewer functions it runs only a few hundred times. 1,000 articles: 0.86x the CPU and 0.94x the
// wall time; 10 and 10,000 articles: no change (paired runs, docs/performance.md).
setFlagsFromString("--interrupt-budget=270336");

const { main } = await import(pathToFileURL(join(await compiledProject(), "src", "cli.js")).href);
process.exitCode = await main(process.argv.slice(2));
