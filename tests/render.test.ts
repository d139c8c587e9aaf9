import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { isPlainProse, renderBlocks } from "../src/digest/render.ts";
import { escapeHtml, plainText } from "../src/markdown.ts";

const pieces = ["word", " ", "  ", "\t", "\n", "\u00a0", "<script>", "&amp;", "\"", "'", "*", "_", "#", "1.", "[x](y)", "![i](j)", "`", "\\", "http://", "https://", "://", "www.", "example.com", ".org", "/path?a=1&b=2", "@", "user@example.com", "mailto:", "é", "中文", "👍", "—", "\u0000", "\r", "  \n", "-", "+", "~", ">", "|", "(", ")", ":", "ftp://x.y"];
const prose = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 30 }).map((parts) => parts.join(""));

test("property: a paragraph taken as plain prose renders exactly as markdown-it renders it", () => {
  fc.assert(fc.property(prose, (text) => {
    if (isPlainProse(text)) assert.is(`<p>${escapeHtml(text)}</p>\n`, plainText.render(text), JSON.stringify(text));
  }), { numRuns: 5000 });
});

test("property: a body of paragraphs renders as markdown-it renders them together", () => {
  fc.assert(fc.property(fc.array(prose.filter((text) => text.trim().length > 0 && !text.includes("\n")), { maxLength: 6 }), (texts) => {
    const blocks = texts.map((text) => ({ kind: "paragraph" as const, text }));
    assert.is(renderBlocks(blocks), plainText.render(texts.join("\n\n")));
  }), { numRuns: 2000 });
});

test("plain prose is the usual paragraph; links, line breaks and edge white space are not", () => {
  assert.ok(isPlainProse("The council voted 7-2 on Tuesday, & the ferry <returns> in March."));
  assert.not.ok(isPlainProse("Read more at https://example.org/ferry."));
  assert.not.ok(isPlainProse("Write to news@example.org."));
  assert.not.ok(isPlainProse("two\nlines"));
  assert.not.ok(isPlainProse(" leading space"));
  assert.not.ok(isPlainProse(""));
});

test.run();
