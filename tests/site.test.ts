import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { attr, elements, filesUnder, lede, parseHtml, temporaryDir } from "./helpers/lede.ts";

const site = join(temporaryDir("valid"), "_site");
const built = lede(["build", "--out", site, "--base-url", "https://news.example.org"]);
const files = filesUnder(site);
const read = (path: string) => readFileSync(join(site, path), "utf8");
const java = spawnSync("java", ["-version"]).status === 0;
const vnuJar = createRequire(import.meta.url)("vnu-jar") as string;

test("the site builds", () => {
  assert.is(built.status, 0, built.stderr);
});

if (java) {
  test("the W3C Nu HTML Checker finds no errors on any page or email", () => {
    const check = spawnSync("java", ["-jar", vnuJar, "--errors-only", "--format", "json", "--skip-non-html", site], { encoding: "utf8" });
    const messages = (JSON.parse(check.stderr || '{"messages":[]}') as { messages: Array<{ url: string; lastLine: number; message: string }> }).messages;
    assert.equal(messages.map((m) => `${m.url.replace(`file:${site}`, "")}:${m.lastLine}: ${m.message}`), []);
    assert.ok(files.filter((file) => file.endsWith(".html")).length >= 20);
  });
} else {
  console.log("site.test.ts: skipping the W3C Nu HTML Checker: no java on PATH (apt-get install default-jre-headless)");
}

test("article and issue pages carry OpenGraph and Twitter card meta and a canonical URL", () => {
  const article = files.find((file) => /^articles\/.+\/index\.html$/.test(file))!;
  for (const [page, type] of [[article, "article"], ["issues/2026-w47/index.html", "website"]] as const) {
    const { document } = parseHtml(read(page));
    const meta = (key: string) => elements(document, "meta").find((m) => attr(m, "property") === key || attr(m, "name") === key);
    assert.is(attr(meta("og:type")!, "content"), type, page);
    assert.ok(attr(meta("og:title")!, "content")!.length > 5, page);
    assert.ok(attr(meta("og:description")!, "content")!.length > 20, page);
    const url = `https://news.example.org/${page.replace(/index\.html$/, "")}`;
    assert.is(attr(meta("og:url")!, "content"), url);
    assert.is(attr(meta("twitter:card")!, "content"), "summary");
    const canonical = elements(document, "link").find((link) => attr(link, "rel") === "canonical");
    assert.is(canonical && attr(canonical, "href"), url);
  }
});

test("robots.txt points crawlers at the sitemap, and the sitemap lists every article", () => {
  assert.match(read("robots.txt"), /^Sitemap: https:\/\/news\.example\.org\/sitemap\.xml$/m);
  const sitemap = read("sitemap.xml");
  for (const article of files.filter((file) => /^articles\/.+\/index\.html$/.test(file))) {
    assert.ok(sitemap.includes(`<loc>https://news.example.org/${article.replace(/index\.html$/, "")}</loc>`), article);
  }
});

test("the search index is written from the articles; --no-search skips it", () => {
  assert.ok(files.includes("pagefind/pagefind.js"));
  assert.ok(files.some((file) => file.startsWith("pagefind/fragment/")));
  assert.match(built.stdout, /search\s+\d+ articles indexed/);
  const bare = join(temporaryDir("no-search"), "_site");
  const run = lede(["build", "--out", bare, "--no-search"]);
  assert.match(run.stdout, /search\s+skipped/);
  assert.not.ok(filesUnder(bare).some((file) => file.startsWith("pagefind/")));
});

test.run();
