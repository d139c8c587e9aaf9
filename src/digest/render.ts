import { escapeHtml, markdown, plainText } from "../markdown.ts";
import type { Block } from "./types.ts";

/** HTML of a raw article's cleaned blocks: plain-text paragraphs (bare URLs linked) and tweet quotes. */
export function renderBlocks(blocks: readonly Block[]): string {
  return blocks.map(renderBlock).join("");
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
