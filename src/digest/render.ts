import { escapeHtml, markdown, plainText } from "../markdown.ts";
import type { Block } from "./types.ts";

/** HTML of a raw article's cleaned blocks: plain-text paragraphs (bare URLs linked) and tweet quotes. */
export function renderBlocks(blocks: readonly Block[]): string {
  // Consecutive paragraphs go through markdown-it in one call: one parse instead of one per paragraph.
  let html = "";
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) html += renderProse(prose);
    prose = [];
  };
  for (const block of blocks) {
    if (block.kind === "paragraph") {
      prose.push(block.text);
    } else {
      flush();
      html += renderBlock(block);
    }
  }
  flush();
  return html;
}

/**
 * Paragraphs of plain prose as markdown-it renders them: `<p>` and the text escaped. Only text that could
 * hold a link (`//`, `@`) or that markdown-it would normalise (line breaks, NUL, space at either end)
 * goes through markdown-it itself; most news paragraphs hold none, and skip the parse.
 */
export function renderProse(paragraphs: readonly string[]): string {
  if (!paragraphs.every(isPlain)) return plainText.render(paragraphs.join("\n\n"));
  let html = "";
  for (const paragraph of paragraphs) html += `<p>${escapeHtml(paragraph)}</p>\n`;
  return html;
}

const MAY_LINK_OR_BREAK = /[@\r\n\u0000]|\/\//;
const isPlain = (text: string) => text.length > 0 && !MAY_LINK_OR_BREAK.test(text) && text === text.trim();

function renderBlock(block: Block): string {
  if (block.kind === "paragraph") return plainText.render(block.text);
  const profile = `https://twitter.com/${block.handle}`;
  return (
    `<blockquote class="tweet">\n${plainText.render(block.text)}` +
    `<footer>— ${escapeHtml(block.name)} (<a href="${profile}">@${block.handle}</a>), ${escapeHtml(block.date)}</footer>\n` +
    `</blockquote>\n`
  );
}

/** HTML of a Markdown article's body. */
export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
