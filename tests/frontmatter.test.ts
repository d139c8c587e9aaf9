import matter from "gray-matter";
import yaml from "js-yaml";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { splitFrontMatter } from "../src/frontMatter.ts";

const load = (source: string) => yaml.load(source);

test("front matter splits as gray-matter (Eleventy's) splits it, edge cases included", () => {
  const files = [
    "no front matter\n---\nat all",
    "---\nlayout: base.njk\npagination:\n  data: entries\n  size: 1\n---\n<h1>{{ title }}</h1>\n",
    "---\n---\nempty front matter",
    "---\r\ntitle: Windows\r\n---\r\nline ends\r\n",
    "\uFEFF---\ntitle: with a byte order mark\n---\nbody",
    "---yaml\ntitle: named language\n---\nbody",
    "---\ntitle: closing line with more\n--- trailing\nbody",
    "---\ntitle: never closed\n",
    "----\nnot: front matter\n----\n",
    "---\ntitle: blank lines after\n---\n\n\nbody",
    "---\ndate: 2021-07-22\ntags: [a, b]\n---\nbody",
  ];
  for (const file of files) {
    const theirs = matter(file, { engines: { yaml: (source: string) => (load(source) ?? {}) as object } });
    const ours = splitFrontMatter(file, load);
    assert.equal(ours.data, theirs.data, JSON.stringify(file));
    assert.is(ours.content, theirs.content, JSON.stringify(file));
  }
});

test("a YAML error is js-yaml's, its line counted from the opening ---", () => {
  const file = "---\ntitle: fine\ndate: [unclosed\n---\nbody";
  const error = (() => { try { splitFrontMatter(file); } catch (caught) { return caught as { mark?: { line: number } }; } })();
  assert.ok(error?.mark, "a YAML error with its position");
  let theirs: { mark?: { line: number } } | undefined;
  try { matter(file + " ", { engines: { yaml: (source: string) => load(source) as object } }); } catch (caught) { theirs = caught as typeof theirs; }
  assert.is(error!.mark!.line, theirs!.mark!.line);
});

test.run();
