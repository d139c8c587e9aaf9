import { fileURLToPath } from "node:url";
import { runnable } from "../compiled.ts";
import { eleventyPackages, keepEleventyCodeCache } from "./eleventyBundle.ts";

/** The project folder: templates, `_data` and `.eleventy.ts` live here whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** `.eleventy.ts`, compiled when Lede runs compiled (see src/compiled.ts). */
const CONFIG = fileURLToPath(runnable(".eleventy.ts"));

export interface RenderedTemplate {
  url: string;
  outputPath: string | false;
  content: string;
}

export interface PreparedBuild {
  /** Render every template into the output folder; returns the pages Eleventy wrote. */
  write(): Promise<RenderedTemplate[]>;
}

/**
 * Load Eleventy and read its configuration for a build into `outDir`. Nothing is read from the articles
 * or written yet, so this runs while the articles are being derived on other threads.
 */
export async function prepareEleventy(outDir: string): Promise<PreparedBuild> {
  const Eleventy = await loadEleventy();
  const eleventy = new Eleventy("templates", outDir, { configPath: CONFIG, quietMode: true });
  await eleventy.init();
  return {
    write: async () => {
      const [, templates] = (await eleventy.write()) as [unknown, RenderedTemplate[]];
      keepEleventyCodeCache();
      return templates;
    },
  };
}

/**
 * Eleventy's development server with watching and live reload; returns how to reload the browser. Its
 * first build waits for `deriving`, the articles' entries being made on every core.
 */
export async function serveEleventy(outDir: string, port: number, deriving?: Promise<unknown>): Promise<(files: string[]) => Promise<void>> {
  const Eleventy = await loadEleventy();
  const eleventy = new Eleventy("templates", outDir, { configPath: CONFIG, runMode: "serve", quietMode: true });
  await eleventy.init();
  // Should the workers fail, Eleventy's data step derives what they left, on this thread, and reports it.
  await deriving?.catch(() => {});
  await eleventy.watch();
  await eleventy.serve(port);
  return (files) => eleventy.eleventyServe.reload({ files });
}

/**
 * Eleventy without its ESM resolver, by its own switch: the resolver re-imports edited JavaScript under
 * `--serve`, but Lede's config and data files run compiled (src/compiled.ts) and Lede re-reads articles
 * itself, so it had nothing to do; on Node 20 it is a loader thread that each later import waits on
 * (7% of the CPU of a 10-article build).
 */
async function loadEleventy() {
  process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= "1";
  return (await eleventyPackages()).Eleventy;
}
