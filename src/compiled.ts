import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The compiled project's folder when this code runs compiled (bin/compile.js defines it); undefined under tsx. */
const COMPILED = (globalThis as { LEDE_COMPILED?: string }).LEDE_COMPILED;
const PROJECT = fileURLToPath(new URL("../", import.meta.url));

/**
 * Where to import one of the project's TypeScript modules from, for what loads a module by its URL (a
 * worker, a data file, the Eleventy config): its compiled JavaScript when this code runs compiled
 * (bin/lede.js), the source itself under tsx (tests, development). Paths are relative to the project.
 */
export function runnable(source: URL | string): URL {
  const url = typeof source === "string" ? pathToFileURL(resolve(PROJECT, source)) : source;
  if (!COMPILED || !url.pathname.endsWith(".ts")) return url;
  return pathToFileURL(join(COMPILED, relative(PROJECT, fileURLToPath(url)).replace(/\.ts$/, ".js")));
}
