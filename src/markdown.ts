import MarkdownIt from "markdown-it";

/**
 * The one Markdown engine. Raw HTML in article text stays text (`html: false`), so no article can
 * put a script on the site, in a feed or in an email; bare URLs become links.
 */
export const markdown = new MarkdownIt("commonmark", { html: false, linkify: true, typographer: false })
  .enable(["linkify"]);

/**
 * Raw articles are plain prose, not Markdown: `*`, `_`, `#` and `1.` must show as typed. This instance
 * knows only paragraphs, text and links made from bare URLs.
 */
export const plainText = new MarkdownIt("zero", { html: false, linkify: true }).enable(["linkify"]);

export const escapeHtml: (text: string) => string = markdown.utils.escapeHtml;

/** The plain text of each top-level block of a Markdown document (for derivation from Markdown articles). */
export function markdownBlocksAsText(source: string): string[] {
  const blocks: string[] = [];
  let current: string[] = [];
  for (const token of markdown.parse(source, {})) {
    if (token.type === "inline") {
      current.push(
        (token.children ?? [])
          .filter((child) => child.type === "text" || child.type === "code_inline")
          .map((child) => child.content)
          .join("")
          .replace(/\s+/g, " ")
          .trim(),
      );
    } else if (token.type.endsWith("_close") && token.level === 0 && current.length > 0) {
      blocks.push(current.filter(Boolean).join(" "));
      current = [];
    } else if (token.type === "fence" || token.type === "code_block") {
      current.push(token.content.trim());
      if (token.level === 0) {
        blocks.push(current.join(" "));
        current = [];
      }
    }
  }
  if (current.length > 0) blocks.push(current.join(" "));
  return blocks.filter((block) => block.length > 0);
}
