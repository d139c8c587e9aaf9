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
// A regular expression is compiled to native code at once, rather than to bytecode first and again to
// native code on its second use: compiling one with `\p{…}` (most of Lede's) builds its Unicode sets each
// time. Deriving the 1,509 BBC articles cold: 0.88x the CPU (7 alternated runs).
setFlagsFromString("--no-regexp-tier-up");

const { main } = await import(pathToFileURL(join(await compiledProject(), "src", "cli.js")).href);
process.exitCode = await main(process.argv.slice(2));
