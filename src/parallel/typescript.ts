/** This code runs from a bundle (see bundle.ts, which defines the flag), where no TypeScript loader is registered. */
const BUNDLED = (globalThis as { LEDE_BUNDLED?: boolean }).LEDE_BUNDLED === true;
let registering: Promise<void> | undefined;

/**
 * Import a TypeScript file that is not in the bundle (a template's data file) from any thread: a
 * bundled worker registers tsx the first time it needs it.
 */
export async function importTypeScript(url: string): Promise<{ default?: unknown }> {
  if (BUNDLED && url.endsWith(".ts")) {
    registering ??= import("tsx/esm/api").then(({ register }) => void register());
    await registering;
  }
  return import(url) as Promise<{ default?: unknown }>;
}
