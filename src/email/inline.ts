import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type Juice from "juice";

const OPTIONS: Juice.Options = {
  preserveMediaQueries: true,
  preserveFontFaces: true,
  applyWidthAttributes: true,
  applyHeightAttributes: false,
  removeStyleTags: true,
  insertPreservedExtraCss: true,
  // The email's CSS has no custom properties; looking for them took a sixth of the inlining time.
  resolveCSSVariables: false,
};

let loading: Promise<typeof Juice> | undefined;

/** Juice, loaded on first use (page-set workers bundle this module but never inline). */
function loadJuice(): Promise<typeof Juice> {
  return (loading ??= import("juice").then(({ default: juice }) => {
    // Juice leaves template code alone: `{{ … }}` it knows (Handlebars); Nunjucks tags and comments are added.
    juice.codeBlocks.NJK_TAG = { start: "{%", end: "%}" };
    juice.codeBlocks.NJK_COMMENT = { start: "{#", end: "#}" };
    return juice;
  }));
}

/**
 * Email clients drop `<style>` (Gmail's app in some modes, many webmails): every class rule goes inline.
 * Media queries (phones, dark mode) cannot be inlined, so they stay in a `<style>` block.
 */
export async function inlineEmailCss(html: string): Promise<string> {
  return (await loadJuice())(html, OPTIONS);
}

/**
 * The email template with its CSS inlined, once a build rather than once an email (3 ms an email, over
 * a second at 10,000 articles). The rules select by class and element, all written in the template
 * (no class comes from data), so an email rendered from it is the email inlined after rendering. The CSS
 * is the template's `{% include "….css" %}` in `<style>`, read from the includes folder.
 */
export async function inlineEmailTemplate(source: string, includesDir: string): Promise<string> {
  const withCss = source.replace(/\{%-?\s*include\s+"([^"]+\.css)"\s*-?%\}/g, (_, file: string) => readFileSync(join(includesDir, file), "utf8"));
  const kept = join(INLINED, `${createHash("sha1").update(INLINING).update(withCss).digest("hex")}.njk`);
  try {
    return readFileSync(kept, "utf8");
  } catch {
    const inlined = await inlineEmailCss(withCss);
    try {
      mkdirSync(INLINED, { recursive: true });
      writeFileSync(`${kept}.${process.pid}`, inlined);
      renameSync(`${kept}.${process.pid}`, kept); // builds running at once each read a whole file
    } catch {
      // not kept (a checkout this user cannot write to): the next build inlines again
    }
    return inlined;
  }
}

/**
 * Templates inlined before, kept like compiled code (`--no-cache` leaves them): loading juice and cheerio
 * is a third of a second, a quarter of a 10-article build. Named by a hash of the template and CSS, of
 * this module (the options) and of juice's version, so an edit or an upgrade inlines afresh.
 */
const INLINED = fileURLToPath(new URL("../../node_modules/.cache/lede/inlined/", import.meta.url));
const INLINING = readFileSync(new URL(import.meta.url), "utf8") + createRequire(import.meta.url)("juice/package.json").version;
