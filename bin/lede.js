#!/usr/bin/env node
// The `lede` command: runs the TypeScript CLI through tsx, so there is no compile step to forget.
import { register } from "tsx/esm/api";

// A build's packages load before tsx is registered: its loader would otherwise handle each of their
// hundreds of imports on its own thread, one round trip at a time (a quarter of a second).
const BUILD_PACKAGES = ["@11ty/eleventy", "@11ty/eleventy-plugin-rss", "nunjucks", "markdown-it", "juice", "nodemailer/lib/mail-composer/index.js", "gray-matter"];
if (["build", "serve"].includes(process.argv[2])) await Promise.all(BUILD_PACKAGES.map((name) => import(name)));

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
