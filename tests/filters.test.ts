import { test } from "uvu";
import * as assert from "uvu/assert";
import { filters } from "../src/eleventy/filters.ts";

test("feed dates come from calendar dates, at UTC midnight, in any process time zone", () => {
  const zone = process.env.TZ;
  process.env.TZ = "Pacific/Kiritimati";
  try {
    assert.is(filters.rfc822("2021-07-22"), "Thu, 22 Jul 2021 00:00:00 +0000");
    assert.is(filters.rfc822("2021-01-03"), "Sun, 03 Jan 2021 00:00:00 +0000");
    assert.is(filters.rfc3339("2021-07-22"), "2021-07-22T00:00:00Z");
    assert.is(filters.longDate("2021-07-22"), "22 July 2021");
  } finally {
    process.env.TZ = zone;
  }
});

test("site paths become absolute URLs against the base URL", () => {
  assert.is(filters.absolute("/articles/a/", "https://example.org"), "https://example.org/articles/a/");
  assert.is(filters.absolute("/articles/a/", "https://example.org/news/"), "https://example.org/news/articles/a/");
  assert.is(filters.absolute("https://other.org/x", "https://example.org"), "https://other.org/x");
});

test("links in feed HTML are made absolute against the article's page; absolute ones are untouched", () => {
  const html = '<p><a href="/issues/">a</a> <a href="https://a.org/?a=1&amp;b=2">b</a> <a href="mailto:x@y.org">c</a> <a href="../up?q=1&amp;r=2#f">d</a><img src="pic.png" alt=""></p>';
  assert.is(
    filters.absoluteLinks(html, "https://ex.org/articles/a/"),
    '<p><a href="https://ex.org/issues/">a</a> <a href="https://a.org/?a=1&amp;b=2">b</a> <a href="mailto:x@y.org">c</a> <a href="https://ex.org/articles/up?q=1&amp;r=2#f">d</a><img src="https://ex.org/articles/a/pic.png" alt=""></p>',
  );
});

test.run();
