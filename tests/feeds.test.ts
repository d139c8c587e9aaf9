import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parseFeed } from "feedsmith";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { attr, elements, lede, parseHtml, temporaryDir } from "./helpers/lede.ts";

const BASE = "https://news.example.org";
/** Characters XML 1.0 forbids (C0 controls but tab, LF, CR; U+FFFE, U+FFFF; lone surrogates). */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MARKUP_ALLOWED = new Set(["p", "a", "blockquote", "footer", "html", "head", "body", "ol", "ul", "li", "strong", "em", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr"]);

// Article bodies built from the hardest pieces a feed can meet, mixed with random Unicode.
const hostile = fc.constantFrom(
  "<script>alert(1)</script>", "]]>", "&", "&amp;", "<![CDATA[x]]>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
  "<!-- comment -->", "😀👩‍👩‍👧", "שלום עולם", "مرحبا بالعالم", "\u0000", "\u0007", "\u001b[31m", "\uFFFE", "\u2028",
  "x".repeat(300), "\"quoted\" 'single'", "https://example.org/a?b=1&c=<2>", "— Name (@handle) July 22, 2021",
);
const paragraph = fc.array(fc.oneof(hostile, fc.string({ unit: "binary", maxLength: 40 }), fc.lorem({ maxCount: 8 })), { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(" ").replace(/\r?\n/g, " "));
const article = fc.array(paragraph, { minLength: 1, maxLength: 4 });

function buildRandomSite(seed: number, count: number) {
  const dir = temporaryDir("random");
  const bodies = fc.sample(article, { seed, numRuns: count });
  bodies.forEach((paragraphs, index) => {
    const day = String((index % 28) + 1).padStart(2, "0");
    writeFileSync(join(dir, `story-${index}.txt`), ` date 2021-03-${day} ${paragraphs.join("\n\n")}\n`);
  });
  const out = join(dir, "_site");
  const run = lede(["build", "--articles", dir, "--out", out, "--base-url", BASE, "--no-search", "--keep-going"]);
  return { out, run, count };
}

function assertSafeHtml(html: string, where: string) {
  const { document } = parseHtml(html);
  for (const element of elements(document)) {
    assert.ok(MARKUP_ALLOWED.has(element.tagName), `${where}: <${element.tagName}> came from article text`);
    for (const attribute of element.attrs) {
      assert.not.match(attribute.name, /^on/i, `${where}: event handler attribute`);
      if (attribute.name === "href") assert.match(attribute.value, /^(https?:|mailto:)/, `${where}: href ${attribute.value}`);
    }
  }
}

for (const seed of [1, 2, 3]) {
  test(`property (seed ${seed}): feeds of random hostile articles are well-formed, exact and inert`, () => {
    const { out, run, count } = buildRandomSite(seed, 40);
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const digest = lede(["digest", join(out, ".."), "--json", "--base-url", BASE]);
    const entries = JSON.parse(digest.stdout) as Array<{ url: string; headline: string; summary: string }>;
    assert.ok(entries.length > count / 2, `only ${entries.length} of ${count} articles were published`);
    const byUrl = new Map(entries.map((entry) => [entry.url, entry]));

    for (const name of ["feed.xml", "atom.xml", "issues/feed.xml"]) {
      const xml = readFileSync(join(out, name), "utf8");
      assert.is(XMLValidator.validate(xml), true, `${name} is not well-formed`);
      assert.not.match(xml, XML_FORBIDDEN, `${name} holds a character XML forbids`);
    }
    const rss = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, parseTagValue: false, trimValues: false })
      .parse(readFileSync(join(out, "feed.xml"), "utf8")).rss.channel;
    for (const item of [rss.item].flat()) {
      const entry = byUrl.get(item.link);
      assert.ok(entry, `feed item ${item.link} is not an article`);
      assert.is(item.title, entry!.headline);
      assert.is(item.description, entry!.summary);
      assertSafeHtml(item["content:encoded"], item.link);
    }
    const json = JSON.parse(readFileSync(join(out, "feed.json"), "utf8")) as { items: Array<{ url: string; title: string; summary: string; content_html: string }> };
    for (const item of json.items) {
      const entry = byUrl.get(item.url)!;
      assert.is(item.title, entry.headline);
      assert.is(item.summary, entry.summary);
      assertSafeHtml(item.content_html, item.url);
    }
  });
}

test("a feed reader library reads every feed back: titles, links, dates and content round-trip", () => {
  const out = join(temporaryDir("feeds"), "_site");
  assert.is(lede(["build", "--out", out, "--base-url", BASE, "--no-search"]).status, 0);
  const entries = JSON.parse(lede(["digest", "articles", "--json", "--base-url", BASE]).stdout) as Array<{ url: string; headline: string; date: string; tags: string[] }>;
  const newest = entries.slice(0, 50);

  const rss = parseFeed(readFileSync(join(out, "feed.xml"), "utf8"));
  assert.is(rss.format, "rss");
  const rssItems = (rss.feed as { items: Array<{ title: string; link: string; pubDate: string; content?: { encoded?: string } }> }).items;
  assert.equal(rssItems.map((item) => item.title), newest.map((entry) => entry.headline));
  assert.equal(rssItems.map((item) => item.link), newest.map((entry) => entry.url));
  assert.equal(rssItems.map((item) => new Date(item.pubDate).toISOString().slice(0, 10)), newest.map((entry) => entry.date));
  assert.ok(rssItems.every((item) => (item.content?.encoded ?? "").startsWith("<")));

  const atom = parseFeed(readFileSync(join(out, "atom.xml"), "utf8"));
  assert.is(atom.format, "atom");
  const atomEntries = (atom.feed as { entries: Array<{ title: { value: string } | string; id: string; published: string; content?: { value: string } | string }> }).entries;
  assert.equal(atomEntries.map((entry) => (typeof entry.title === "string" ? entry.title : entry.title.value)), newest.map((entry) => entry.headline));
  assert.equal(atomEntries.map((entry) => entry.id), newest.map((entry) => entry.url));
  assert.equal(atomEntries.map((entry) => entry.published.slice(0, 10)), newest.map((entry) => entry.date));

  const json = parseFeed(JSON.parse(readFileSync(join(out, "feed.json"), "utf8")));
  assert.is(json.format, "json");
  const jsonItems = (json.feed as { items: Array<{ title: string; url: string; date_published: string; tags: string[] }> }).items;
  assert.equal(jsonItems.map((item) => [item.title, item.url, item.date_published.slice(0, 10), item.tags]), newest.map((entry) => [entry.headline, entry.url, entry.date, entry.tags]));

  const tagPages = readFileSync(join(out, "tags/index.html"), "utf8").match(/href="(\/tags\/[^"]+\/)"/g) ?? [];
  assert.ok(tagPages.length > 0);
  const tagUrl = /href="(\/tags\/[^"]+\/)"/.exec(tagPages[0]!)![1]!;
  const topic = parseFeed(readFileSync(join(out, tagUrl, "feed.xml"), "utf8"));
  assert.is(topic.format, "rss");
  assert.ok((topic.feed as { items: unknown[] }).items.length >= 1);

  const issues = parseFeed(readFileSync(join(out, "issues/feed.xml"), "utf8"));
  const issueItems = (issues.feed as { items: Array<{ link: string }> }).items;
  assert.ok(issueItems.length >= 3 && issueItems.every((item) => /\/issues\/\d{4}-w\d{2}\/$/.test(item.link)));
});

test("feeds are byte-identical when nothing changed, and dated by the newest item, not the build", () => {
  const first = join(temporaryDir("same-a"), "_site");
  const second = join(temporaryDir("same-b"), "_site");
  lede(["build", "--out", first, "--no-search"]);
  lede(["build", "--out", second, "--no-search"]);
  for (const name of ["feed.xml", "atom.xml", "feed.json", "issues/feed.xml"]) {
    assert.is(readFileSync(join(first, name), "utf8"), readFileSync(join(second, name), "utf8"), name);
  }
  const newest = JSON.parse(lede(["digest", "articles", "--json"]).stdout)[0].date as string;
  assert.match(readFileSync(join(first, "atom.xml"), "utf8"), new RegExp(`<updated>${newest}T00:00:00Z</updated>`));
});

test("every page announces the RSS, Atom, JSON and issues feeds", () => {
  const out = join(temporaryDir("discovery"), "_site");
  lede(["build", "--out", out, "--no-search"]);
  const { document } = parseHtml(readFileSync(join(out, "index.html"), "utf8"));
  const types = elements(document, "link").filter((link) => attr(link, "rel") === "alternate").map((link) => attr(link, "type"));
  assert.equal(types, ["application/rss+xml", "application/atom+xml", "application/feed+json", "application/rss+xml"]);
});

test.run();
