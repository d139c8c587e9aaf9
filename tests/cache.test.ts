import { appendFileSync, cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createHash } from "node:crypto";
import { filesUnder, lede, ROOT, temporaryDir } from "./helpers/lede.ts";

const CACHE = join(ROOT, ".cache", "lede");

/** The cache files of one kind kept for an articles folder. */
function keptFiles(kind: string, articles: string): string[] {
  const folder = createHash("sha1").update(articles).digest("hex").slice(0, 12);
  return existsSync(CACHE) ? readdirSync(CACHE).filter((name) => name.startsWith(`${kind}-${folder}-`) && name.endsWith(".v8")) : [];
}

function sampleFolder(name: string): string {
  const dir = join(temporaryDir(name), "articles");
  cpSync(join(ROOT, "articles"), dir, { recursive: true });
  return dir;
}

function sameTrees(a: string, b: string): void {
  const files = filesUnder(a);
  assert.equal(filesUnder(b), files);
  for (const file of files) assert.fixture(readFileSync(join(b, file), "utf8"), readFileSync(join(a, file), "utf8"), file);
}

test("a rebuild derives only what changed and reuses finished emails, and builds the same site as a build without the cache", () => {
  const articles = sampleFolder("cache");
  const out = join(articles, "..");
  const first = lede(["build", "--articles", articles, "--out", join(out, "first"), "--no-search"]);
  assert.is(first.status, 0, first.stderr);
  assert.match(first.stdout, /articles {2}10 read, 10 published/);
  assert.is(keptFiles("digest", articles).length, 1, "the entries are kept");
  assert.is(keptFiles("messages", articles).length, 1, "the composed messages are kept");

  const second = lede(["build", "--articles", articles, "--out", join(out, "second"), "--no-search"]);
  assert.match(second.stdout, /articles {2}10 read \(10 unchanged since the last build\), 10 published/);
  sameTrees(join(out, "first"), join(out, "second"));

  appendFileSync(join(articles, "holt-bakery-closes.txt"), "\nA late correction was added to this story.\n");
  const third = lede(["build", "--articles", articles, "--out", join(out, "third"), "--no-search"]);
  assert.match(third.stdout, /articles {2}10 read \(9 unchanged since the last build\), 10 published/);
  const fresh = lede(["build", "--articles", articles, "--out", join(out, "fresh"), "--no-search", "--no-cache"]);
  assert.match(fresh.stdout, /articles {2}10 read, 10 published/);
  sameTrees(join(out, "fresh"), join(out, "third"));
  assert.match(readFileSync(join(out, "third/articles/holt-bakery-closes/index.html"), "utf8"), /A late correction was added/);
});

test("--no-cache neither reads nor writes the kept entries; a damaged cache file is ignored", () => {
  const articles = sampleFolder("nocache");
  const out = join(articles, "..");
  assert.is(lede(["build", "--articles", articles, "--out", join(out, "a"), "--no-search", "--no-cache"]).status, 0);
  assert.equal(keptFiles("digest", articles), []);
  assert.is(lede(["build", "--articles", articles, "--out", join(out, "b0"), "--no-search"]).status, 0);
  writeFileSync(join(CACHE, keptFiles("digest", articles)[0]!), "not a cache");
  const run = lede(["build", "--articles", articles, "--out", join(out, "b"), "--no-search"]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /articles {2}10 read, 10 published/);
  assert.match(lede(["build", "--articles", articles, "--out", join(out, "c"), "--no-search"]).stdout, /10 unchanged since the last build/);
});

test("the cache keeps one file of each kind per articles folder, the ten most recently built", () => {
  for (const kind of ["digest", "messages"]) {
    const names = readdirSync(CACHE).filter((name) => name.startsWith(`${kind}-`) && name.endsWith(".v8"));
    assert.ok(names.length <= 10, names.join(", "));
    const folders = names.map((name) => name.split("-")[1]);
    assert.is(new Set(folders).size, folders.length);
  }
});

test.run();
