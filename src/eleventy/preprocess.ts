import { relative, resolve } from "node:path";

/** The email's HTML template, whose CSS is inlined before it compiles (see inlineEmailTemplate). */
export const EMAIL_HTML_TEMPLATE = "templates/email/html.njk";

/**
 * A template's source as it compiles: the same change under Eleventy (a preprocessor) and for page sets.
 * `inputPath` is absolute or relative to the project folder `root`.
 */
export async function preprocessTemplate(inputPath: string, source: string, root: string, includesDir: string): Promise<string> {
  if (relative(root, resolve(root, inputPath)) !== EMAIL_HTML_TEMPLATE) return source;
  const { inlineEmailTemplate } = await import("../email/inline.ts"); // juice loads only where emails render
  return inlineEmailTemplate(source, includesDir);
}
