import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { deriveInParallel, takesOf } from "../src/corpus/deriveInParallel.ts";
import { readArticle, type ReadResult } from "../src/corpus/readArticle.ts";
import { PAGE_SETS, readGlobalData } from "../src/eleventy/pageSets.ts";
import { renderPageSets, type PageSetJob } from "../src/eleventy/pageSetJob.ts";
import { composeAndWrite, type MessageJob } from "../src/email/composeJob.ts";
import { runJob, runQueue } from "../src/parallel/tsWorker.ts";
import { filesUnder, ROOT, temporaryDir } from "./helpers/lede.ts";

test("articles derived on worker threads are the entries derived on this thread", async () => {
  const dir = join(ROOT, "articles");
  const paths = readdirSync(dir).sort().map((name) => join(dir, name));
  const onWorkers = await deriveInParallel(paths, 2);
  assert.is(onWorkers.length, paths.length);
  assert.equal(onWorkers, paths.map((path) => readArticle(path)));
});

test("takes cover the list in order, 250 at most, and shrink towards the end so threads finish together", () => {
  const list = Array.from({ length: 10_000 }, (_, i) => i);
  const takes = takesOf(list, 2);
  assert.equal(takes.flat(), list);
  const sizes = takes.map((take) => take.length);
  assert.is(sizes[0], 250);
  assert.ok(sizes.every((size, i) => size <= 250 && (i === 0 || size <= sizes[i - 1]!)), sizes.join(","));
  assert.ok(sizes.slice(-4).every((size) => size <= 25), sizes.join(","));
  assert.equal(takesOf([1, 2, 3], 2), [[1, 2, 3]]);
  assert.equal(takesOf([], 2), []);
});

test("a queue on two threads answers every input in the inputs' order, and fails with a thread's error", async () => {
  const dir = join(ROOT, "articles");
  const paths = readdirSync(dir).sort().map((name) => join(dir, name));
  const job = new URL("../src/corpus/deriveShare.ts", import.meta.url);
  const takes = paths.map((path) => [path]); // one article a take: the two threads take turns many times
  const answers = await runQueue<ReadResult[]>(job, "deriveShare", takes, 2);
  assert.equal(answers.map((answer) => answer[0]!.path), paths);
  assert.equal(await runQueue(job, "deriveShare", [], 2), []);
  await runQueue(job, "deriveShare", [[paths[0]], null], 2).then(
    () => assert.unreachable("a take that throws fails the queue"),
    (error: Error) => assert.match(error.message, /null|map/),
  );
});

test("page sets rendered on a worker thread are, byte for byte, the pages rendered on this thread", async () => {
  const dir = temporaryDir("pageset-worker");
  const job = (output: string): PageSetJob => ({
    root: ROOT, includes: join(ROOT, "templates", "partials"), layouts: join(ROOT, "templates", "layouts"),
    templates: [PAGE_SETS.article, PAGE_SETS.topic, PAGE_SETS.topicFeed], globalData: {}, output,
  });
  const globalData = await readGlobalData(join(ROOT, "_data"));
  const here = await renderPageSets({ ...job(join(dir, "here")), globalData });
  const there = await runJob<string[]>(new URL("../src/eleventy/pageSetJob.ts", import.meta.url), "renderPageSets", { ...job(join(dir, "there")), globalData });
  assert.equal(there, here);
  const files = filesUnder(join(dir, "here"));
  assert.ok(files.length >= 20, `${files.length} pages`);
  assert.equal(filesUnder(join(dir, "there")), files);
  for (const file of files) assert.fixture(readFileSync(join(dir, "there", file), "utf8"), readFileSync(join(dir, "here", file), "utf8"), file);
});

test("messages composed on a worker thread are, byte for byte, those composed here", async () => {
  const dir = temporaryDir("compose-worker");
  const jobs = (folder: string): MessageJob[] => Array.from({ length: 3 }, (_, i) => ({
    input: {
      from: "Lede <news@example.com>", to: "Reader <reader@example.com>", subject: `Issue ${i}`, date: new Date(Date.UTC(2021, 6, 25 + i)),
      html: `<p>Story ${i}: café</p>`, text: `Story ${i}: café`, listId: "news.example.com", unsubscribeUrl: "https://example.com/unsubscribe",
      unsubscribeMailto: "mailto:unsubscribe@example.com", webUrl: `https://example.com/issues/${i}/`,
    },
    file: join(dir, `${folder}-${i}.eml`),
  }));
  const here = await composeAndWrite(jobs("here"));
  const there = await runJob<Uint8Array[]>(new URL("../src/email/composeJob.ts", import.meta.url), "composeAndWrite", jobs("there"));
  assert.equal(there.map((message) => Buffer.from(message).toString()), here.map((message) => Buffer.from(message).toString()));
  for (let i = 0; i < 3; i++) assert.is(readFileSync(join(dir, `there-${i}.eml`), "utf8"), Buffer.from(here[i]!).toString());
  assert.match(Buffer.from(here[0]!).toString(), /Subject: Issue 0/);
});

test.run();
