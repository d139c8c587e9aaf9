import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { BUNDLES, PROJECT, bundleFiles, hashOf, isFresh } from "../../bin/bundles.js";

/**
 * A module and the TypeScript it imports, bundled by esbuild (the compiler under tsx) into one plain
 * JavaScript file, so that a worker (or `lede build`'s first step, see corpus/early.ts) runs it without a
 * TypeScript loader: a worker starts in 60 ms and one thread instead of 180 ms and two. Packages stay
 * imports. The bundle is rebuilt when a source file changes. Undefined if it cannot be built (the caller
 * then runs the module through tsx).
 */
export function bundledModule(module: URL): Promise<URL | undefined> {
  let bundle = checked.get(module.href);
  if (!bundle) {
    bundle = bundleIfStale(fileURLToPath(module));
    checked.set(module.href, bundle);
  }
  return bundle;
}

/** Each module's bundle, checked (and built if need be) once per process: the workers of a job share it. */
const checked = new Map<string, Promise<URL | undefined>>();

async function bundleIfStale(source: string): Promise<URL | undefined> {
  try {
    const { output, manifest } = bundleFiles(source);
    if (!isFresh(manifest)) await bundle(source, output, manifest);
    return pathToFileURL(output);
  } catch {
    return undefined;
  }
}

async function bundle(source: string, output: string, manifestFile: string): Promise<void> {
  const { build } = await import("esbuild");
  mkdirSync(BUNDLES, { recursive: true });
  // Written aside and renamed: builds running at once each see a whole file.
  const partial = `${output}.${process.pid}.partial.mjs`;
  const result = await build({
    entryPoints: [source], outfile: partial, bundle: true, platform: "node", format: "esm", target: "node20",
    packages: "external", metafile: true, logLevel: "silent", absWorkingDir: PROJECT,
    define: { "globalThis.LEDE_BUNDLED": "true" },
    plugins: [{
      // Each module keeps its own import.meta.url, so paths found from it are the same bundled or not.
      name: "own-import-meta-url",
      setup(build) {
        build.onLoad({ filter: /\.[jt]s$/ }, (args) => ({
          contents: readFileSync(args.path, "utf8").replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
          loader: args.path.endsWith(".ts") ? "ts" : "js",
        }));
      },
    }],
  });
  const inputs = Object.keys(result.metafile.inputs).sort(); // relative to the project
  renameSync(partial, output);
  writeFileSync(`${manifestFile}.${process.pid}.partial`, JSON.stringify({ inputs, hash: hashOf(inputs) }));
  renameSync(`${manifestFile}.${process.pid}.partial`, manifestFile);
}
