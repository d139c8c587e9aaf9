import fc from "fast-check";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { renderBlocks, renderProse } from "../src/digest/render.ts";
import { plainText } from "../src/markdown.ts";

const pieces = ["word", " ", "  ", "\t", "\n", "\u00a0", "<script>", "&amp;", "\"", "'", "*", "_", "#", "1.", "[x](y)", "![i](j)", "`", "\\", "http://", "https://", "://", "www.", "example.com", ".org", "/path?a=1&b=2", "@", "user@example.com", "mailto:", "é", "中文", "👍", "—", "\u0000", "\r", "  \n", "-", "+", "~", ">", "|", "(", ")", ":", "ftp://x.y"];
const prose = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 30 }).map((parts) => parts.join(""));

test("property: any paragraph renders exactly as markdown-it renders it", () => {
  fc.assert(fc.property(prose.filter((text) => text.trim().length > 0 && !/\n\s*\n/.test(text)), (text) => {
    assert.is(renderProse([text]), plainText.render(text), JSON.stringify(text));
  }), { numRuns: 5000 });
});

test("property: a body of paragraphs renders as markdown-it renders them together", () => {
  fc.assert(fc.property(fc.array(prose.filter((text) => text.trim().length > 0 && !text.includes("\n")), { maxLength: 6 }), (texts) => {
    const blocks = texts.map((text) => ({ kind: "paragraph" as const, text }));
    assert.is(renderBlocks(blocks), plainText.render(texts.join("\n\n")));
  }), { numRuns: 2000 });
});

test("prose is escaped, never markup; bare URLs and addresses become links", () => {
  assert.is(renderProse(["The council voted 7-2 on Tuesday, & the ferry <returns> in March."]), "<p>The council voted 7-2 on Tuesday, &amp; the ferry &lt;returns&gt; in March.</p>\n");
  assert.match(renderProse(["Read more at https://example.org/ferry."]), /<a href="https:\/\/example\.org\/ferry">/);
  assert.match(renderProse(["Write to news@example.org."]), /<a href="mailto:news@example\.org">/);
});

test.run();
