import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { deriveInParallel } from "../src/corpus/deriveInParallel.ts";
import { readArticle } from "../src/corpus/readArticle.ts";
import { PAGE_SETS, readGlobalData } from "../src/eleventy/pageSets.ts";
import { renderPageSets, type PageSetJob } from "../src/eleventy/pageSetJob.ts";
import { composeAndWrite, type MessageJob } from "../src/email/composeJob.ts";
import { runJob } from "../src/parallel/tsWorker.ts";
import { filesUnder, ROOT, temporaryDir } from "./helpers/lede.ts";

test("articles derived on worker threads are the entries derived on this thread", async () => {
  const dir = join(ROOT, "articles");
  const paths = readdirSync(dir).sort().map((name) => join(dir, name));
  const onWorkers = await deriveInParallel(paths, 2);
  assert.is(onWorkers.length, paths.length);
  assert.equal(onWorkers, paths.map((path) => readArticle(path)));
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

test("lede's code is compiled again when a source file changes, and keeps its source's import.meta.url", async () => {
  const { compiledProject } = (await import("../bin/compile.js" as string)) as { compiledProject(project: string): Promise<string> };
  const project = temporaryDir("compile");
  for (const dir of ["src", "_data", "templates"]) mkdirSync(join(project, dir));
  writeFileSync(join(project, ".eleventy.ts"), "export default {};\n");
  writeFileSync(join(project, "src", "main.ts"), 'import { word } from "./word.ts";\nexport const said: string = `said ${word}`;\nexport const from = import.meta.url;\n');
  writeFileSync(join(project, "src", "word.ts"), 'export const word: string = "one";\n');
  const first = await compiledProject(project);
  const main = (dir: string) => import(pathToFileURL(join(dir, "src", "main.js")).href) as Promise<{ said: string; from: string }>;
  assert.is((await main(first)).said, "said one");
  assert.is((await main(first)).from, pathToFileURL(join(project, "src", "main.ts")).href);
  assert.is(await compiledProject(project), first);
  writeFileSync(join(project, "src", "word.ts"), 'export const word: string = "two";\n');
  const second = await compiledProject(project);
  assert.is.not(second, first);
  assert.is((await main(second)).said, "said two");
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
