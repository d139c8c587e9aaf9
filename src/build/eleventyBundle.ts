import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const NODE_MODULES = fileURLToPath(new URL("../../node_modules/", import.meta.url));
const ENTRY = join(NODE_MODULES, "@11ty", "eleventy", "src", "Eleventy.js");
/** Set to 0 to import Eleventy's own modules instead (the tests compare both). */
export const ELEVENTY_BUNDLE_ENV = "LEDE_ELEVENTY_BUNDLE";

/** What a build needs of the site generator's packages. */
export interface EleventyPackages {
  Eleventy: typeof import("@11ty/eleventy").default;
  rssPlugin: typeof import("@11ty/eleventy-plugin-rss").default;
  nunjucks: typeof import("nunjucks");
}

/** The bundle's entry: the packages that the build would otherwise load twice, once inside Eleventy's bundle. */
const ENTRY_SOURCE = [
  `export { default as Eleventy } from ${JSON.stringify(ENTRY)};`,
  'export { default as rssPlugin } from "@11ty/eleventy-plugin-rss";',
  'export { default as nunjucks } from "nunjucks";',
].join("\n");

let loading: Promise<EleventyPackages> | undefined;

/**
 * Eleventy, its RSS plugin and Nunjucks, from one file when it can be: bundled by esbuild, they load in
 * about 0.2 s where Eleventy's 380 modules alone took 0.4 s (Node 20 has no compile cache, and each
 * module is found, read and linked on its own), a sixth of a 10-article build; the plugin and Nunjucks,
 * which Lede's config and page sets use, come from the same copy as Eleventy's own. The bundle is made
 * once per installed set of packages (npm's `node_modules/.package-lock.json`) and this file, kept in
 * `node_modules/.cache/lede/eleventy/`; when it cannot be made, the packages load as they are.
 */
export function eleventyPackages(): Promise<EleventyPackages> {
  loading ??= (async () => {
    const bundle = process.env[ELEVENTY_BUNDLE_ENV] === "0" ? undefined : await eleventyBundle();
    if (bundle) return (await import(pathToFileURL(bundle).href)) as EleventyPackages;
    const [eleventy, rss, nunjucks] = await Promise.all([import("@11ty/eleventy"), import("@11ty/eleventy-plugin-rss"), import("nunjucks")]);
    return { Eleventy: eleventy.default, rssPlugin: rss.default, nunjucks: nunjucks.default };
  })();
  return loading;
}

/** Nunjucks: the copy loaded with Eleventy if this thread loaded it, else the package alone (a worker needs no more). */
export async function nunjucksPackage(): Promise<typeof import("nunjucks")> {
  return loading ? (await loading).nunjucks : (await import("nunjucks")).default;
}

/** The bundle's path, made now if it is missing; undefined if npm's record of the packages is not there or it cannot be written. */
export async function eleventyBundle(): Promise<string | undefined> {
  let installed: Buffer;
  try {
    installed = readFileSync(join(NODE_MODULES, ".package-lock.json"));
  } catch {
    return undefined; // not installed by npm: nothing says when the packages change
  }
  const key = createHash("sha1").update(readFileSync(fileURLToPath(import.meta.url))).update(installed).digest("hex").slice(0, 16);
  const file = join(NODE_MODULES, ".cache", "lede", "eleventy", `${key}.mjs`);
  if (existsSync(file)) return file;
  try {
    await writeBundle(file);
    return file;
  } catch {
    return undefined; // a folder we may not write, or a package esbuild cannot bundle: Eleventy as it is
  }
}

/** A module's own URL (written so that bin/compile.js, which rewrites it in Lede's sources, leaves it). */
const MODULE_URL = /\bimport\.meta\.url\b/g;

async function writeBundle(file: string): Promise<void> {
  const { build } = await import("esbuild");
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await build({
    stdin: { contents: ENTRY_SOURCE, resolveDir: NODE_MODULES, sourcefile: "lede-eleventy.js", loader: "js" }, outfile: partial, bundle: true, format: "esm", platform: "node", target: "node20", logLevel: "silent",
    // Loaded by name at run time and only by `lede serve`: watching and the development server.
    external: ["chokidar", "@11ty/eleventy-dev-server"],
    // What the bundled CommonJS modules require beyond the bundle is found from Eleventy's own folder.
    banner: { js: `import { createRequire as lede_createRequire } from "node:module"; const require = lede_createRequire(${JSON.stringify(pathToFileURL(ENTRY).href)});` },
    plugins: [{
      name: "lede-module-urls",
      setup(build) {
        // Each module keeps its own `import.meta.url`: Eleventy finds its package.json from it.
        build.onLoad({ filter: /\.[cm]?js$/ }, ({ path }) => {
          const code = readFileSync(path, "utf8");
          const contents = code.replace(MODULE_URL, JSON.stringify(pathToFileURL(path).href));
          return contents === code ? undefined : { contents, loader: "js", resolveDir: dirname(path) };
        });
      },
    }],
  });
  renameSync(partial, file);
  for (const name of readdirSync(dirname(file))) {
    const old = join(dirname(file), name);
    if (old !== file && Date.now() - statSync(old).mtimeMs > 3_600_000) rmSync(old, { force: true });
  }
}
