import { test } from "uvu";
import * as assert from "uvu/assert";
import fc from "fast-check";
import { formatProblem, parseArticle, type Problem } from "../src/article/index.ts";

const parse = (text: string | Uint8Array, file = "a.txt") =>
  parseArticle(file, typeof text === "string" ? new TextEncoder().encode(text) : text);

function problemOf(text: string | Uint8Array, file = "a.txt"): Problem {
  const result = parse(text, file);
  if (result.ok) throw new Error("expected a problem, got an article");
  assert.is(result.problems.length, 1);
  return result.problems[0]!;
}

test("reads the date and the paragraphs of a raw article", () => {
  const result = parse(" date 2021-07-22 First paragraph\ncontinues here.\n\nSecond one.\n");
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(result.article.date, "2021-07-22");
  assert.equal(result.article.paragraphs, ["First paragraph continues here.", "Second one."]);
  assert.is(result.article.id, "a");
  assert.is(result.article.format, "raw");
});

test("accepts a byte-order mark, CRLF line ends and blank lines with spaces", () => {
  const result = parse("\uFEFF\r\n  date 2021-07-22 One.\r\n \r\nTwo.\r\n");
  assert.ok(result.ok);
  if (result.ok) assert.equal(result.article.paragraphs, ["One.", "Two."]);
});

test("a missing date header is reported where the text starts", () => {
  const problem = problemOf("\n  Hello there.\n");
  assert.is(problem.code, "missing-date");
  assert.is(problem.line, 2);
  assert.is(problem.column, 3);
  assert.match(problem.message, /date YYYY-MM-DD/);
});

test("a date that is not a real day is reported at the date", () => {
  const problem = problemOf(" date 2021-02-30 Body.");
  assert.is(problem.code, "invalid-date");
  assert.is(problem.column, 7);
  assert.match(problem.message, /2021-02-30 is not a real calendar day/);
});

test("a malformed date is reported", () => {
  assert.is(problemOf(" date 22/07/2021 Body.").code, "invalid-date");
  assert.is(problemOf(" date").code, "missing-date");
});

test("an empty body is reported", () => {
  const problem = problemOf(" date 2021-07-22 \n\n  \n");
  assert.is(problem.code, "empty-body");
  assert.is(problem.line, 1);
});

test("invalid UTF-8 is reported at the bad byte, not replaced", () => {
  const bytes = new Uint8Array([...new TextEncoder().encode(" date 2021-07-22 Caf"), 0xe9, 0x20, 0x6f, 0x6b]);
  const problem = problemOf(bytes);
  assert.is(problem.code, "invalid-utf8");
  assert.is(problem.line, 1);
  assert.is(problem.column, 21);
  assert.match(problem.message, /0xe9/);
});

test("NUL bytes mean a binary file", () => {
  const problem = problemOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
  assert.is(problem.code, "binary-content");
  assert.is(problem.line, 3); // after the PNG signature's two line feeds
});

test("problems print like a compiler's", () => {
  const problem = problemOf(" date 2021-02-30 Body.", "articles/x.txt");
  assert.is(formatProblem(problem), `articles/x.txt:1:7: error invalid-date: ${problem.message}`);
});

test("reads Markdown front matter; author fields are kept", () => {
  const result = parse("---\ntitle: A title\ndate: 2021-07-22\nsummary: Short.\ntags: [One, Two]\n---\n\nSome *text*.\n\n- a\n- b\n", "post.md");
  assert.ok(result.ok);
  if (!result.ok) return;
  assert.is(result.article.format, "markdown");
  assert.is(result.article.date, "2021-07-22");
  assert.equal(result.article.fields, { title: "A title", summary: "Short.", tags: ["One", "Two"] });
  assert.equal(result.article.paragraphs, ["Some text.", "a b"]);
});

test("Markdown problems: bad YAML, no date, impossible date, no body", () => {
  assert.is(problemOf("---\ntitle: [x\ndate: 2021-07-22\n---\nBody", "p.md").code, "front-matter");
  assert.is(problemOf("---\ntitle: x\n---\nBody", "p.md").code, "missing-date");
  const impossible = problemOf("---\ntitle: x\ndate: 2021-02-30\n---\nBody", "p.md");
  assert.is(impossible.code, "invalid-date");
  assert.is(impossible.line, 3);
  assert.is(problemOf("---\ntitle: x\ndate: 2021-07-22\n---\n\n", "p.md").code, "empty-body");
});

test("property: any bytes give an article or problems, never an exception", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (bytes, markdown) => {
      const result = parseArticle(markdown ? "x.md" : "x.txt", bytes);
      assert.ok(result.ok ? result.article.paragraphs.length > 0 : result.problems.length > 0);
    }),
    { numRuns: 2000 },
  );
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (body) => {
      const result = parse(` date 2021-07-22 ${body}`);
      assert.ok(result.ok || result.problems.every((problem) => problem.line >= 1 && problem.column >= 1));
    }),
    { numRuns: 2000 },
  );
});

test.run();
