#!/usr/bin/env node
// The `lede` command: runs the TypeScript CLI through tsx, so there is no compile step to forget.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";
import { bundleFiles, isFresh, PROJECT } from "./bundles.js";

// `lede build` starts deriving the articles before anything else loads (src/corpus/early.ts), from the
// early step's bundle when it is up to date with the source (each build makes it for the next).
if (process.argv[2] === "build") {
  const { output, manifest } = bundleFiles(join(PROJECT, "src", "corpus", "early.ts"));
  if (isFresh(manifest)) {
    try {
      (await import(pathToFileURL(output).href)).startEarly(process.argv.slice(2));
    } catch {
      // the build derives the articles itself
    }
  }
}

// A build's packages load before tsx is registered: its loader would otherwise handle each of their
// hundreds of imports on its own thread, one round trip at a time (a quarter of a second).
const BUILD_PACKAGES = ["@11ty/eleventy", "@11ty/eleventy-plugin-rss", "nunjucks", "markdown-it", "juice", "nodemailer/lib/mail-composer/index.js", "gray-matter"];
if (["build", "serve"].includes(process.argv[2])) await Promise.all(BUILD_PACKAGES.map((name) => import(name)));

register();
const { main } = await import("../src/cli.ts");
process.exitCode = await main(process.argv.slice(2));
