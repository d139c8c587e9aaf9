import { escapeHtml, markdown, plainText } from "../markdown.ts";
import type { Block } from "./types.ts";

/** HTML of a raw article's cleaned blocks: plain-text paragraphs (bare URLs linked) and tweet quotes. */
export function renderBlocks(blocks: readonly Block[]): string {
  // Consecutive paragraphs go through markdown-it in one call: one parse instead of one per paragraph.
  let html = "";
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) html += prose.every(isPlainProse) ? prose.map(plainParagraph).join("") : plainText.render(prose.join("\n\n"));
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
 * Most paragraphs are one line of prose with no link in it: for them markdown-it's whole parse gives
 * `<p>`, the escaped text, `</p>`, so that is written directly (a third of the derivation's rendering
 * time). Anything else (a link, a "://", a line break, edge white space, a NUL) goes through markdown-it;
 * a property test holds the two to the same output.
 */
export function isPlainProse(text: string): boolean {
  return text.length > 0 && !/^[\s]|[\s]$|[\n\r\0]|:\/\//.test(text) && !plainText.linkify.test(text);
}

function plainParagraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>\n`;
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
