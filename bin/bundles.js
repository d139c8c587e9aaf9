// Where Lede keeps the bundles of its modules that run without tsx (see src/parallel/bundle.ts), and
// whether one is fresh. Plain JavaScript: bin/lede.js checks a bundle before tsx is loaded.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROJECT = fileURLToPath(new URL("../", import.meta.url));
/** Compiled code, not content: `lede build --no-cache` leaves it alone, like tsx's own cache. */
export const BUNDLES = join(PROJECT, "node_modules", ".cache", "lede", "workers");

/** The bundle of a source file and its manifest: `{ inputs, hash }`, the files bundled (relative to the project) and a hash of their contents. */
export function bundleFiles(source) {
  const name = `${basename(source, ".ts")}-${createHash("sha1").update(source).digest("hex").slice(0, 8)}`;
  return { output: join(BUNDLES, `${name}.mjs`), manifest: join(BUNDLES, `${name}.json`) };
}

/** Whether the bundle's source files are still those it was built from. */
export function isFresh(manifestFile) {
  try {
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8"));
    return hashOf(manifest.inputs) === manifest.hash;
  } catch {
    return false;
  }
}

export function hashOf(inputs) {
  const hash = createHash("sha1");
  for (const input of inputs) hash.update(input).update("\0").update(readFileSync(join(PROJECT, input))).update("\0");
  return hash.digest("hex");
}
