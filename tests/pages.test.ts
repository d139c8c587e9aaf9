import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nunjucks from "nunjucks";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ELEVENTY_PAGINATION_ENV } from "../src/eleventy/pageSets.ts";
import { outputPathOf, renderPage } from "../src/pages/render.ts";
import { readPageTemplate } from "../src/pages/template.ts";
import { filesUnder, lede, temporaryDir } from "./helpers/lede.ts";

test("page sets write, byte for byte, the pages Eleventy's own pagination writes", () => {
  const dir = temporaryDir("pagesets");
  const ours = join(dir, "ours");
  const eleventys = join(dir, "eleventy");
  assert.is(lede(["build", "--out", ours, "--no-search"]).status, 0);
  assert.is(lede(["build", "--out", eleventys, "--no-search"], { [ELEVENTY_PAGINATION_ENV]: "1" }).status, 0);
  const files = filesUnder(eleventys);
  assert.equal(filesUnder(ours), files);
  assert.ok(files.filter((file) => file.startsWith("articles/")).length >= 9, "the article pages are compared");
  assert.ok(files.some((file) => /^tags\/[^/]+\/feed\.xml$/.test(file)), "the topic feeds are compared");
  for (const file of files) assert.fixture(readFileSync(join(ours, file), "utf8"), readFileSync(join(eleventys, file), "utf8"), file);
});

test("a permalink becomes the file Eleventy would write", () => {
  assert.is(outputPathOf("/out", "/articles/ferry/"), "/out/articles/ferry/index.html");
  assert.is(outputPathOf("/out", "/tags/ferry/feed.xml"), "/out/tags/ferry/feed.xml");
});

function templateDir(files: Record<string, string>): string {
  const dir = temporaryDir("pagetemplate");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test("a page gets the data cascade: global, layout, front matter, item, computed; layouts wrap it in order", async () => {
  const dir = templateDir({
    "layouts/outer.njk": "<outer lang={{ lang }}>{{ content | safe }}</outer>",
    "layouts/inner.njk": "---\nlayout: outer.njk\nlang: en\nshade: layout\n---\n<inner shade={{ shade }} title={{ title }}>{{ content | safe }}</inner>",
    "page.njk": "---\nlayout: inner.njk\nshade: page\npagination:\n  data: things\n  size: 1\n  alias: thing\n---\n{{ thing.name }} at {{ page.url }} by {{ site }}",
    "page.11tydata.ts": "export default { permalink: (data) => `/things/${data.thing.slug}/`, eleventyComputed: { title: (data) => data.thing.name.toUpperCase() } };",
  });
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir), { autoescape: true });
  const template = await readPageTemplate(join(dir, "page.njk"), { root: dir, layouts: join(dir, "layouts") }, nunjucks, env);
  const page = renderPage(template, { site: "Lede", things: [] }, { name: "Fox & hound", slug: "fox" }, "/out");
  assert.is(page.url, "/things/fox/");
  assert.is(page.outputPath, "/out/things/fox/index.html");
  assert.is(page.content, "<outer lang=en><inner shade=page title=FOX &amp; HOUND>Fox &amp; hound at /things/fox/ by Lede</inner></outer>");
});

test("a template that does not make one page per item is refused, naming the file", async () => {
  const dir = templateDir({ "list.njk": "---\npagination:\n  data: things\n  size: 20\n---\n{{ things }}" });
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dir));
  try {
    await readPageTemplate(join(dir, "list.njk"), { root: dir, layouts: dir }, nunjucks, env);
    assert.unreachable("should have thrown");
  } catch (error) {
    assert.match((error as Error).message, /^list\.njk: a page set needs "pagination: \{ data: NAME, size: 1, alias: NAME \}"/);
  }
});

test.run();
