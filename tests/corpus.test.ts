import { test } from "uvu";
import * as assert from "uvu/assert";
import { utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article } from "../src/article/index.ts";
import { temporaryDir } from "./helpers/lede.ts";
import { assembleCorpus } from "../src/corpus/assemble.ts";
import { articlesMayHaveChanged, eleventyRunStarts, loadCorpus } from "../src/corpus/load.ts";
import fc from "fast-check";
import { findDuplicates, shinglesOf, wordHashes } from "../src/corpus/duplicates.ts";
import { relatedArticles } from "../src/corpus/related.ts";
import { deriveEntry } from "../src/digest/index.ts";
import { pickQuote } from "../src/digest/quote.ts";
import { deriveTags } from "../src/digest/tags.ts";
import { splitSentences } from "../src/digest/sentences.ts";

const STORY = "The harbour council voted to restore the night ferry between the Old Quay and Saltmarsh Point after three years without a crossing, ending a long dispute about the harbour levy and the cost of running boats at night.";

function derived(file: string, date: string, paragraphs: string[], tags?: string[]) {
  const article: Article = { id: file.replace(/\.txt$/, ""), sourcePath: `articles/${file}`, format: "raw", date, paragraphs, fields: tags ? { tags } : {} };
  return { article, entry: deriveEntry(article) };
}

const options = { cadence: "week" as const, today: "2030-01-01", future: false };

test("the same story twice, or nearly, is published once: the earliest stays", () => {
  const corpus = assembleCorpus([
    derived("b.txt", "2021-07-23", [STORY]),
    derived("a.txt", "2021-07-22", [STORY.replace(/,/g, "").toUpperCase()]),
    derived("c.txt", "2021-07-24", [`${STORY} A short line was added at the end.`]),
    derived("d.txt", "2021-07-25", ["A completely different story about a bakery on Market Street closing after ninety years of bread."]),
  ], [], options);
  assert.equal(corpus.entries.map((entry) => entry.file).sort(), ["a.txt", "d.txt"]);
  assert.equal(corpus.duplicates, [{ file: "b.txt", duplicateOf: "a.txt" }, { file: "c.txt", duplicateOf: "a.txt" }]);
  assert.equal(corpus.repeated.map((entry) => entry.duplicateOf), ["a.txt", "a.txt"]);
});

test("near-duplicate detection does not confuse stories that share a sentence", () => {
  const shared = "The council met on Tuesday evening in the town hall.";
  const duplicates = findDuplicates([
    { file: "x.txt", shingles: shinglesOf(`${shared} It approved the ferry plan and the budget for the harbour wall repairs next spring.`) },
    { file: "y.txt", shingles: shinglesOf(`${shared} It rejected a proposal to close the library on Sundays after a petition from residents.`) },
  ]);
  assert.equal(duplicates, []);
});

test("two articles are near-duplicates exactly when at least 80% of their shingles are shared", () => {
  // Shared hashes are the smallest, so the pair always passes the sketch and the exact check decides.
  const hashes = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
  fc.assert(fc.property(fc.integer({ min: 8, max: 60 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 20 }), (shared, onlyFirst, onlySecond) => {
    const duplicates = findDuplicates([
      { file: "a.txt", shingles: new Uint32Array([...hashes(1, shared), ...hashes(1000, onlyFirst)]) },
      { file: "b.txt", shingles: new Uint32Array([...hashes(1, shared), ...hashes(2000, onlySecond)]) },
    ]);
    assert.is(duplicates.length === 1, shared / (shared + onlyFirst + onlySecond) >= 0.8);
  }));
});

test("related reading: up to three articles sharing the rarest tags, never the article itself", () => {
  const entries = [
    { url: "/a/", date: "2021-01-01", tags: ["Ferry", "Port Averly"] },
    { url: "/b/", date: "2021-01-02", tags: ["Ferry", "Saltmarsh"] },
    { url: "/c/", date: "2021-01-03", tags: ["Port Averly"] },
    { url: "/d/", date: "2021-01-04", tags: ["Bakery"] },
    { url: "/e/", date: "2021-01-05", tags: ["Ferry", "Port Averly", "Saltmarsh"] },
  ];
  const related = relatedArticles(entries);
  const urls = (url: string) => related.get(entries.find((entry) => entry.url === url)!)!.map((entry) => entry.url);
  assert.equal(urls("/a/"), ["/e/", "/c/", "/b/"]); // equal scores: the newer first
  assert.equal(urls("/d/"), []);
  for (const entry of entries) assert.not.ok(urls(entry.url).includes(entry.url));
});

test("a tag is spelled one way across the corpus, and gets a page only when two articles share it", () => {
  const corpus = assembleCorpus([
    derived("a.txt", "2021-07-22", ["Text one about the port."], ["Hong Kong", "Solo"]),
    derived("b.txt", "2021-07-23", ["Text two about the port."], ["hong kong"]),
    derived("c.txt", "2021-07-24", ["Text three about the port."], ["Hong Kong"]),
  ], [], options);
  assert.equal(corpus.entries.map((entry) => entry.tags), [["Hong Kong"], ["Hong Kong"], ["Hong Kong", "Solo"]]);
  assert.equal(corpus.tags.map((tag) => [tag.name, tag.entries.length]), [["Hong Kong", 3]]);
  assert.equal(corpus.entries[2]!.tagRefs, [{ name: "Hong Kong", url: "/tags/hong-kong/" }, { name: "Solo" }]);
});

test("tags: three to five key phrases, names kept whole, frequent words when names run out", () => {
  const tags = deriveTags(splitSentences(
    "The ferry will return in March. Marco Rubio praised the ferry plan. Rubio said the ferry matters to nurses. Nurses use the ferry at night, and nurses asked for night crossings.",
  ));
  assert.ok(tags.length >= 3 && tags.length <= 5, tags.join());
  assert.ok(tags.includes("Marco Rubio"), tags.join());
  assert.not.ok(tags.includes("Rubio"), "the surname alone is not a second tag");
  assert.ok(tags.includes("ferry"), tags.join());
});

test("the pull quote is the longest named quote, with its speaker", () => {
  assert.equal(pickQuote([
    "“We waited three years for this,” said Mira Okafor, who chairs the association.",
    "“Our members drive the city home every night and they are paid as if it were noon,” said Karl Jensen, the union's secretary.",
    "“Too short,” Bob said.",
  ]), { text: "Our members drive the city home every night and they are paid as if it were noon", speaker: "Karl Jensen" });
  assert.equal(pickQuote(["\"The pledged assets are with Rosneft, so it will have to pay real money,\" said Moscow-based US lawyer Jamie Firestone."]),
    { text: "The pledged assets are with Rosneft, so it will have to pay real money", speaker: "Jamie Firestone" });
  assert.is(pickQuote(["“This is a quote that nobody is credited with at all, sadly,” he said."]), undefined);
});

/** The definition wordHashes computes in one pass: FNV-1a of each regex-matched word of the lower-cased text. */
function wordHashesByRegex(text: string): number[] {
  return (text.toLowerCase().match(/[a-z0-9\u00c0-\uffff]+/g) ?? []).map((word) => {
    let value = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) value = Math.imul(value ^ word.charCodeAt(i), 0x01000193);
    return value >>> 0;
  });
}

test("word hashes are those of the words a regular expression finds, in any script and punctuation", () => {
  assert.equal(wordHashes("Hong Kong's CEO, 2019: Zürich–Δελφοί À¿ 😀!"), wordHashesByRegex("Hong Kong's CEO, 2019: Zürich–Δελφοί À¿ 😀!"));
  assert.is(wordHashes("The the THE").length, 3);
  assert.is(new Set(wordHashes("The the THE")).size, 1);
  fc.assert(fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.lorem({ maxCount: 40 })), (text) => {
    assert.equal(wordHashes(text), wordHashesByRegex(text));
  }), { numRuns: 2000 });
});

test("the Eleventy run a build starts takes the files the build just checked; a later run, or an edit under serve, looks again", () => {
  const articlesDir = temporaryDir("corpus-load");
  const file = join(articlesDir, "ferry.txt");
  const story = (said: string) => ` date 2021-07-22 The harbour council voted to restore the night ferry to the Old Quay, ${said}.\n\n${STORY}\n`;
  writeFileSync(file, story("the mayor said"));
  const settings = { articlesDir, cadence: "week" as const, future: false };
  const headline = () => loadCorpus(settings, "2030-01-01").entries[0]!.headline;
  const checked = loadCorpus(settings, "2030-01-01", new Set([file]));
  writeFileSync(file, story("and fares will fall by half next spring"));
  utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
  eleventyRunStarts();
  assert.is(loadCorpus(settings, "2030-01-01"), checked, "the build's own run looks again");
  eleventyRunStarts();
  assert.not.equal(headline(), checked.entries[0]!.headline, "a second run missed the edit");
  loadCorpus(settings, "2030-01-01", new Set([file]));
  writeFileSync(file, story("the mayor said"));
  articlesMayHaveChanged();
  eleventyRunStarts();
  assert.is(headline(), checked.entries[0]!.headline, "an edit under serve was missed");
});

test.run();
