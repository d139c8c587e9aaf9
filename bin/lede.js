#!/usr/bin/env node
// The `lede` command: runs the TypeScript CLI through tsx, so there is no compile step to forget.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
