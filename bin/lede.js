#!/usr/bin/env node
// The `lede` command, which `npm run build` and `npm start` run too: Lede's code compiled to JavaScript
// (bin/compile.js, again when a source file changed), loaded without a TypeScript loader.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { compiledProject } from "./compile.js";

const { main } = await import(pathToFileURL(join(await compiledProject(), "src", "cli.js")).href);
process.exitCode = await main(process.argv.slice(2));
