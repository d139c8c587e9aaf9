import Eleventy from "@11ty/eleventy";
import { fileURLToPath } from "node:url";

/** The project folder: templates, `_data` and `.eleventy.ts` live here whatever the working directory. */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RenderedTemplate {
  url: string;
  outputPath: string | false;
  content: string;
}

/** Run one Eleventy build of the templates into `outDir`; returns the pages it wrote. */
export async function runEleventy(outDir: string): Promise<RenderedTemplate[]> {
  const eleventy = new Eleventy("templates", outDir, { configPath: ".eleventy.ts", quietMode: true });
  const [, templates] = (await eleventy.write()) as [unknown, RenderedTemplate[]];
  return templates;
}

/** Eleventy's development server with watching and live reload; returns how to reload the browser. */
export async function serveEleventy(outDir: string, port: number): Promise<(files: string[]) => Promise<void>> {
  const eleventy = new Eleventy("templates", outDir, { configPath: ".eleventy.ts", runMode: "serve", quietMode: true });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  return (files) => eleventy.eleventyServe.reload({ files });
}
