import { escapeHtml, markdown, plainText } from "../markdown.ts";
import type { Block } from "./types.ts";

/** HTML of a raw article's cleaned blocks: plain-text paragraphs (bare URLs linked) and tweet quotes. */
export function renderBlocks(blocks: readonly Block[]): string {
  // Consecutive paragraphs go through markdown-it in one call: one parse instead of one per paragraph.
  let html = "";
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) html += plainText.render(prose.join("\n\n"));
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
