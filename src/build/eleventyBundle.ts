import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Script } from "node:vm";

/** Set to 0 to load the packages as they are (the tests compare both). */
export const ELEVENTY_BUNDLE_ENV = "LEDE_ELEVENTY_BUNDLE";

/** What a build needs of the site generator's packages. */
export interface EleventyPackages {
  Eleventy: typeof import("@11ty/eleventy").default;
  rssPlugin: typeof import("@11ty/eleventy-plugin-rss").default;
  nunjucks: typeof import("nunjucks");
}

let loading: Promise<EleventyPackages> | undefined;

/**
 * Eleventy, its RSS plugin and Nunjucks, once: from the bundle bin/compile.js makes (0.2 s where
 * Eleventy's own modules take 0.4 s), so that the config's plugin and the page sets' Nunjucks are the
 * copies Eleventy came with; as they are if there is no bundle.
 */
export function eleventyPackages(): Promise<EleventyPackages> {
  loading ??= (async () => {
    const { eleventyBundle } = await import(new URL("../../bin/compile.js", import.meta.url).href);
    const bundle = process.env[ELEVENTY_BUNDLE_ENV] === "0" ? undefined : await eleventyBundle();
    if (bundle) return runBundle(bundle);
    const [eleventy, rss, nunjucks] = await Promise.all([import("@11ty/eleventy"), import("@11ty/eleventy-plugin-rss"), import("nunjucks")]);
    return { Eleventy: eleventy.default, rssPlugin: rss.default, nunjucks: nunjucks.default };
  })();
  return loading;
}

/** The bundle's script and where its code cache goes, while that cache is missing or out of date. */
let uncached: { script: Script; file: string } | undefined;

/**
 * The bundle run as a script with V8's code cache beside it: V8 then reads the compiled functions
 * instead of parsing 3 MB of JavaScript (Node 20 caches no module's code). Loading took 0.10 s against
 * 0.15 s as a module, and a 10-article build went from 1.00x to 0.89x a bare Eleventy blog (docs/performance.md).
 */
function runBundle(path: string): EleventyPackages {
  // The bundle's `import()`s, each with the URL of the module it was in: a relative path is that module's.
  (globalThis as { ledeImport?: (from: string, specifier: string) => Promise<unknown> }).ledeImport = (from, specifier) =>
    import(/^\.{1,2}\//.test(specifier) ? new URL(specifier, from).href : specifier);
  const file = `${path}.code-cache`;
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(file);
  } catch {} // none yet: the first build makes it
  const script = new Script(`(function (exports, require, module) {${readFileSync(path, "utf8")}\n})`, { filename: path, cachedData });
  const module = { exports: {} as EleventyPackages };
  script.runInThisContext()(module.exports, createRequire(import.meta.url), module);
  if (cachedData === undefined || script.cachedDataRejected) uncached = { script, file };
  return module.exports;
}

/**
 * Writes the bundle's code cache after a build, when it was missing or out of date (another Node, other
 * V8 flags): it then holds every function the build compiled, not only those that load runs. Written
 * aside, then renamed; a folder that cannot be written just goes without.
 */
export function keepEleventyCodeCache(): void {
  if (!uncached) return;
  const { script, file } = uncached;
  uncached = undefined;
  try {
    writeFileSync(`${file}.${process.pid}`, script.createCachedData());
    renameSync(`${file}.${process.pid}`, file);
  } catch {}
}

/** Nunjucks: the copy loaded with Eleventy if this thread loaded it, else the package alone (a worker needs no more). */
export async function nunjucksPackage(): Promise<typeof import("nunjucks")> {
  return loading ? (await loading).nunjucks : (await import("nunjucks")).default;
}
