import { pathToFileURL } from "node:url";

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
