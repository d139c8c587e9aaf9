import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { simpleParser } from "mailparser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { assertGolden } from "./helpers/golden.ts";
import { attr, elements, filesUnder, lede, manyArticles, parseHtml, ROOT, SHARED, temporaryDir, textOf, treeFingerprint } from "./helpers/lede.ts";

// One build of the bundled sample articles; the tests below only read it.
const site = join(temporaryDir("site"), "_site");
const built = lede(["build", "--out", site, "--base-url", "https://news.example.org"]);
const read = (path: string) => readFileSync(join(site, path), "utf8");
const files = existsSync(site) ? filesUnder(site) : [];

test("builds the sample articles and prints a summary", () => {
  assert.is(built.status, 0, built.stderr);
  assert.match(built.stdout, /articles\s+\d+ read( \(\d+ unchanged since the last build\))?, \d+ published/);
  assert.match(built.stdout, /issues\s+[1-9]/);
  assert.match(built.stdout, /emails\s+[1-9]\d* \(largest HTML [\d.]+ KB of 102\.0 KB\)/);
  for (const page of ["index.html", "404.html", "issues/index.html", "tags/index.html", "sitemap.xml", "feed.xml", "assets/style.css"]) {
    assert.ok(files.includes(page), `missing ${page}`);
  }
});

test("every page is valid HTML to the WHATWG parser, with a language, a title and feed autodiscovery", () => {
  const pages = files.filter((file) => file.endsWith(".html") && !file.endsWith("email.html"));
  assert.ok(pages.length >= 10);
  for (const page of pages) {
    const { document, errors } = parseHtml(read(page));
    assert.equal(errors, [], `${page}: ${errors.join(", ")}`);
    assert.is(attr(elements(document, "html")[0]!, "lang"), "en", page);
    assert.ok(textOf(elements(document, "title")[0]!).length > 0, page);
    const alternate = elements(document, "link").find((link) => attr(link, "rel") === "alternate");
    assert.is(alternate && attr(alternate, "href"), "https://news.example.org/feed.xml", page);
    assert.is(elements(document, "h1").length, 1, `${page} has one h1`);
  }
});

test("an article page shows the headline, the date as written, reading time, tags and neighbours", () => {
  const articlePages = files.filter((file) => /^articles\/[^/]+\/index\.html$/.test(file));
  assert.ok(articlePages.length >= 8);
  const { document } = parseHtml(read(articlePages[0]!));
  const time = elements(document, "time")[0]!;
  const datetime = attr(time, "datetime")!;
  const [year, month, day] = datetime.split("-").map(Number);
  assert.match(textOf(time), new RegExp(`^${day} \\w+ ${year}$`));
  assert.ok(month! >= 1);
  assert.match(textOf(document), /\d+ min read/);
  assert.ok(elements(document, "a").some((a) => attr(a, "rel") === "prev" || attr(a, "rel") === "next"));
});

test("every internal href and src resolves to a built file", () => {
  const site = "https://news.example.org";
  let checked = 0;
  for (const page of files.filter((file) => file.endsWith(".html"))) {
    for (const element of elements(parseHtml(read(page)).document)) {
      for (const name of ["href", "src"]) {
        let url = attr(element, name) ?? "";
        if (url.startsWith(site)) url = url.slice(site.length);
        if (!url.startsWith("/") || url.startsWith("//")) continue;
        const path = decodeURIComponent(url.replace(/[?#].*$/, ""));
        const file = path.endsWith("/") ? `${path.slice(1)}index.html` : path.slice(1);
        assert.ok(files.includes(file), `${page} refers to ${url}, which was not built`);
        checked++;
      }
    }
  }
  assert.ok(checked > 300, `only ${checked} links checked`);
});

test("the RSS feed is well-formed XML with every namespace declared, RFC 822 dates, unique guids and absolute URLs", () => {
  const xml = read("feed.xml");
  assert.is(XMLValidator.validate(xml), true);
  const feed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(xml);
  const rss = feed.rss;
  assert.is(rss["@version"], "2.0");
  const declared = Object.keys(rss).filter((key) => key.startsWith("@xmlns:")).map((key) => key.slice(7));
  for (const prefix of new Set([...xml.matchAll(/<\/?([a-z]+):/g)].map((match) => match[1]!))) {
    assert.ok(declared.includes(prefix), `namespace prefix ${prefix} is not declared`);
  }
  const channel = rss.channel;
  assert.is(channel["atom:link"]["@rel"], "self");
  assert.is(channel["atom:link"]["@href"], "https://news.example.org/feed.xml");
  const items = [channel.item].flat();
  const guids = items.map((item) => item.guid["#text"]);
  assert.is(new Set(guids).size, items.length);
  for (const item of items) {
    assert.match(item.pubDate, /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0000$/);
    assert.match(item.link, /^https:\/\/news\.example\.org\/articles\/[a-z0-9-]+\/$/);
    assert.is(item.guid["#text"], item.link);
    assert.ok(item.description.length > 0 && item["content:encoded"].length > item.description.length);
    for (const url of item["content:encoded"].matchAll(/(?:href|src)="([^"]*)"/g)) assert.match(url[1]!, /^(?:https?|mailto):/);
  }
});

test("each issue has an email under Gmail's clipping limit, with inlined CSS, a preheader and unsubscribe link", () => {
  const emails = files.filter((file) => file.endsWith("email.html"));
  assert.ok(emails.length >= 3);
  for (const email of emails) {
    const html = read(email);
    assert.ok(Buffer.byteLength(html) < 102_000);
    const { document, errors } = parseHtml(html);
    assert.equal(errors, [], email);
    const classed = elements(document).filter((element) => attr(element, "class") && element.tagName !== "html");
    for (const element of classed) assert.ok(attr(element, "style"), `${email}: <${element.tagName} class="${attr(element, "class")}"> has no inline style`);
    const tables = elements(document, "table");
    assert.ok(tables.length >= 2 && tables.every((table) => attr(table, "role") === "presentation"));
    assert.ok(tables.some((table) => /max-width: 600px/.test(attr(table, "style") ?? "")), "a table at most 600 px wide");
    assert.match(html, /<style>[\s\S]*@media \(prefers-color-scheme: dark\)/);
    assert.ok(elements(document, "a").some((a) => textOf(a) === "Unsubscribe"));
    assert.ok(elements(document, "div").some((div) => attr(div, "class") === "preheader" && textOf(div).length > 20));
  }
});

test("each issue's message.eml is a multipart/alternative message with one-click unsubscribe headers", async () => {
  const messages = files.filter((file) => file.endsWith("message.eml"));
  assert.is(messages.length, files.filter((file) => file.endsWith("email.html")).length);
  const raw = readFileSync(join(site, messages[0]!));
  assert.match(raw.toString(), /Content-Type: multipart\/alternative/);
  const mail = await simpleParser(raw);
  // The subject names the lead story (the From line names the newsletter).
  assert.match(String(mail.subject), /^(?!The Lede Weekly)\S.*(?: — and \d+ more)?$/);
  assert.not.match(String(mail.subject), /^Week \d+/);
  assert.ok(mail.text && /^\[2\] https:\/\/news\.example\.org\/articles\//m.test(mail.text), "numbered link references");
  assert.ok(mail.html && mail.html.includes("role=\"presentation\""));
  // mailparser gathers the List-* headers under "list".
  const list = mail.headers.get("list") as Record<string, { url?: string; mail?: string; name?: string }>;
  assert.is(list["unsubscribe-post"]?.name, "List-Unsubscribe=One-Click");
  assert.match(String(list.unsubscribe?.url), /^https:/);
  assert.match(String(list.unsubscribe?.mail), /@/);
  assert.ok(list.id?.name);
  assert.ok(mail.messageId);
});

test("the plain-text email keeps lines within 78 characters", () => {
  const text = read(files.find((file) => file.endsWith("email.txt"))!);
  for (const line of text.split("\n")) assert.ok(line.length <= 78 || !line.includes(" "), `too long: ${line}`);
});

test("golden files: one article page, the feed and one email", () => {
  const articlePage = files.find((file) => file.startsWith("articles/") && file.endsWith("index.html"))!;
  assertGolden("article.html", read(articlePage));
  assertGolden("feed.xml", read("feed.xml"));
  const email = files.find((file) => file.endsWith("email.html"))!;
  assertGolden("email.html", read(email));
  assertGolden("email.txt", read(email.replace(/html$/, "txt")));
});

test("broken articles: every problem is listed, exit 1, and the previous output is untouched", () => {
  const dir = temporaryDir("broken");
  writeFileSync(join(dir, "no-date.txt"), "Just text, no header.\n");
  writeFileSync(join(dir, "bad-day.txt"), " date 2021-02-30 Text.\n");
  writeFileSync(join(dir, "empty.txt"), " date 2021-07-22\n\n");
  writeFileSync(join(dir, "latin1.txt"), Buffer.from([...Buffer.from(" date 2021-07-22 Caf"), 0xe9]));
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x20, 0x64, 0x00, 0x01]));
  writeFileSync(join(dir, "fine.txt"), " date 2021-07-22 A fine article about the harbour.\n");
  const out = join(temporaryDir("keep"), "_site");
  assert.is(lede(["build", "--articles", join(ROOT, "articles"), "--out", out]).status, 0);
  const before = treeFingerprint(out);

  const run = lede(["build", "--articles", dir, "--out", out]);
  assert.is(run.status, 1);
  for (const [file, code] of [["no-date.txt", "missing-date"], ["bad-day.txt", "invalid-date"], ["empty.txt", "empty-body"], ["latin1.txt", "invalid-utf8"], ["binary.txt", "binary-content"]]) {
    assert.match(run.stderr, new RegExp(`${file}:\\d+:\\d+: error ${code}: `));
  }
  assert.not.match(run.stderr, /fine\.txt/);
  assert.is(treeFingerprint(out), before);
});

test("--keep-going builds the good articles and still exits 1", () => {
  const dir = temporaryDir("keep-going");
  writeFileSync(join(dir, "bad.txt"), "no header\n");
  writeFileSync(join(dir, "good.txt"), " date 2021-07-22 The harbour reopened to ferries after a long winter of repairs.\n");
  const out = join(temporaryDir("kg-out"), "_site");
  const run = lede(["build", "--articles", dir, "--out", out, "--keep-going"]);
  assert.is(run.status, 1);
  assert.ok(existsSync(join(out, "articles/good/index.html")));
});

test("usage errors exit 2 with the usage text", () => {
  const run = lede(["bulid"]);
  assert.is(run.status, 2);
  assert.match(run.stderr, /unknown command "bulid"/);
  assert.match(run.stderr, /Usage: lede/);
  assert.is(lede(["build", "--nope"]).status, 2);
});

test("lede digest --json prints one entry per article with the documented fields", () => {
  const run = lede(["digest", "articles", "--json"]);
  assert.is(run.status, 0, run.stderr);
  const entries = JSON.parse(run.stdout) as Array<Record<string, unknown>>;
  assert.ok(entries.length >= 8);
  for (const entry of entries) {
    assert.equal(Object.keys(entry).sort(), ["date", "file", "headline", "id", "issue", "readingMinutes", "summary", "tags", "url", "words"]);
    assert.match(String(entry.file), /\.(txt|md)$/);
    assert.match(String(entry.issue), /^\d{4}-W\d{2}$/);
    assert.ok(String(entry.headline).length <= 90);
  }
});

const seed = join(SHARED, "seed", "000_f810c51db005f7da.txt");
if (existsSync(seed)) {
  test("seed article: shown as 22 July 2021 even when the machine is in California", () => {
    const dir = temporaryDir("seed");
    copyFileSync(seed, join(dir, "000_f810c51db005f7da.txt"));
    const out = join(dir, "_site");
    const run = lede(["build", "--articles", dir, "--out", out], { TZ: "America/Los_Angeles" });
    assert.is(run.status, 0, run.stderr);
    const page = readFileSync(join(out, "articles/000-f810c51db005f7da/index.html"), "utf8");
    assert.match(page, /<time datetime="2021-07-22">22 July 2021<\/time>/);
    assert.not.match(page, /21 July 2021/);
    assert.match(page, /<h1>[^<]*Hong Kong[^<]*<\/h1>/);
    assert.not.match(page, /\(RELATED:/);
    assert.match(page, /<blockquote class="tweet">[\s\S]*@hk_watch/);
    assert.match(readFileSync(join(out, "feed.xml"), "utf8"), /<pubDate>Thu, 22 Jul 2021 00:00:00 \+0000<\/pubDate>/);
  });
} else {
  console.log("build.test.ts: skipping the seed article test: ../shared/seed is not here");
}

mkdirSync(join(ROOT, "tests", "golden"), { recursive: true });
test("a big first build says what it is doing from the start: digesting, then rendering; a small one says nothing", () => {
  const articles = manyArticles(520);
  const run = lede(["build", "--articles", articles, "--out", join(temporaryDir("many-site"), "_site"), "--no-search", "--no-cache"]);
  assert.is(run.status, 0, run.stderr);
  const digesting = run.stdout.indexOf("Digesting 520 articles (headlines, summaries, tags)…");
  assert.ok(digesting !== -1, run.stdout);
  assert.ok(run.stdout.indexOf("; rendering the site, feeds and emails…") > digesting, run.stdout);
  assert.not.match(built.stdout, /Digesting|rendering the site/);
  // `lede digest` says so too, on stderr: its stdout stays JSON.
  const digest = lede(["digest", "--articles", articles, "--json"]);
  assert.is(digest.status, 0, digest.stderr);
  assert.match(digest.stderr, /Digesting 520 articles/);
  assert.is(JSON.parse(digest.stdout).length, 520);
});

test.run();
