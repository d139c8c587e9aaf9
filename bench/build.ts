/**
 * `npm run bench` (or `npm run bench -- build`): full `lede build` of 10, 1,000 and 10,000 articles against a bare Eleventy blog of the same
 * articles (bench/bare-blog), with wall time, CPU time and peak memory of each whole process, Lede's own
 * per-stage breakdown, the search stage against Pagefind's CLI on the same pages, and the time from
 * editing one article under `lede serve` to its page being rewritten.
 *
 * Lede and the bare blog run in turn, RUNS times each (BENCH_RUNS, default 3), and the ratio is taken pair
 * by pair, so that a machine whose speed drifts still gives a fair ratio; medians are printed. Lede is
 * timed twice: first builds, which derive every article (`--no-cache`), and rebuilds, which find the
 * entries the build before kept in .cache/lede. Every run
 * writes into a new folder and nothing is deleted until the end: on some file systems creating files
 * soon after deleting many is several times slower, which would time the file system, not the build.
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeBareBlog } from "./bareBlog.ts";
import { ensureCorpus } from "./corpus.ts";

const ROOT = join(import.meta.dirname, "..");
const WORK = join(process.env.TMPDIR ?? "/tmp", "lede-bench");
const SIZES = (process.env.BENCH_SIZES ?? "10,1000,10000").split(",").map(Number);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

interface Measure { wall: number; cpu: number; peakMiB: number; stdout: string }

/** One whole-process run, measured by the kernel (GNU time) when it is installed. */
function measure(command: string[], cwd = ROOT): Measure {
  const started = performance.now();
  const args = GNU_TIME ? ["-f", "LEDE_BENCH %e %U %S %M", ...command] : command.slice(1);
  const run = spawnSync(GNU_TIME ?? command[0]!, args, { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const wallOwn = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command.join(" ")} failed:\n${run.stderr.slice(-2000)}`);
  const figures = /LEDE_BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  if (!figures) return { wall: wallOwn, cpu: NaN, peakMiB: NaN, stdout: run.stdout };
  return { wall: Number(figures[1]), cpu: Number(figures[2]) + Number(figures[3]), peakMiB: Number(figures[4]) / 1024, stdout: run.stdout };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const medianOf = (runs: Measure[], key: "wall" | "cpu" | "peakMiB") => median(runs.map((run) => run[key]));
const pairRatio = (a: Measure[], b: Measure[], key: "wall" | "cpu" | "peakMiB") => median(a.map((run, i) => run[key] / b[i]![key]));

function stageSeconds(stdout: string, name: string): number {
  return Number(new RegExp(`${name} ([\\d.]+) s`).exec(stdout)?.[1] ?? NaN);
}

/** Edit one article under `lede serve` and time until its page on disk shows the edit. */
async function serveEdit(rawDir: string, outDir: string): Promise<number> {
  const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), "serve", "--articles", rawDir, "--out", outDir, "--port", "8765"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const name = readdirSync(rawDir).filter((entry) => entry.endsWith(".txt")).sort()[0]!;
  const file = join(rawDir, name);
  const before = readFileSync(file);
  try {
    await waitFor(() => output.includes("Server at"), 300_000);
    const marker = `Benchmark edit ${Date.now()}.`;
    const started = performance.now();
    appendFileSync(file, `\n${marker}\n`);
    const page = join(outDir, "articles", name.replace(/\.txt$/, ""), "index.html");
    await waitFor(() => existsSync(page) && readFileSync(page, "utf8").includes(marker), 300_000);
    return (performance.now() - started) / 1000;
  } finally {
    child.kill("SIGTERM");
    writeFileSync(file, before); // the corpus is kept between runs: put the article back as it was
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const cell = (value: string | number, width: number) => (typeof value === "number" ? value.toFixed(value < 10 ? 2 : 1) : value).padEnd(width);
const row = (...cells: Array<string | number>) => console.log(`        ${cells.map((value, i) => cell(value, i === 0 ? 38 : 10)).join("")}`);

const run = join(WORK, `run-${Date.now()}`);
mkdirSync(run, { recursive: true });
console.log(`Lede benchmark: ${SIZES.join(" and ")} articles, Lede and a bare Eleventy blog in turn, ${RUNS} runs each (medians; ratios pair by pair);`);
console.log(`${GNU_TIME ? "wall, CPU (user+sys) and peak memory of each whole process from GNU time" : "wall time only (install GNU time for CPU and memory)"}\n`);
const results = new Map<number, { lede: Measure[]; bare: Measure[] }>();
for (const size of SIZES) {
  const raw = join(WORK, `raw-${size}`);
  const source = ensureCorpus(raw, size);
  // Only templates and posts may be in the blog's folder: Eleventy would render anything else in it too.
  const bareIn = join(WORK, `blog-${size}`);
  writeBareBlog(raw, bareIn, join(ROOT, "bench/bare-blog"));
  const build = (out: string, ...flags: string[]) =>
    measure([process.execPath, join(ROOT, "bin/lede.js"), "build", "--articles", raw, "--out", join(run, out), "--no-search", ...flags]);
  // Eleventy runs in the blog's folder: given an input folder outside its working folder, it ignores the
  // posts' directory data (layout, tags) and its globs match nothing, and the blog does a fraction of its work.
  const blog = (out: string) => {
    const measured = measure([process.execPath, join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${join(ROOT, "bench/bare-blog/eleventy.config.js")}`, "--input=.", `--output=${join(run, out)}`], bareIn);
    checkBareBlog(join(run, out), size);
    return measured;
  };
  // First builds derive every article (--no-cache); rebuilds find the entries the last build kept.
  const lede: Measure[] = [];
  const bare: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    lede.push(build(`lede-${size}-${i}`, "--no-cache"));
    bare.push(blog(`bare-${size}-${i}`));
  }
  build(`fill-${size}`); // keeps the entries for the rebuilds
  const rebuild: Measure[] = [];
  const bareAgain: Measure[] = [];
  for (let i = 0; i < RUNS; i++) {
    rebuild.push(build(`rebuild-${size}-${i}`));
    bareAgain.push(blog(`bare-again-${size}-${i}`));
  }
  const full = measure([process.execPath, join(ROOT, "bin/lede.js"), "build", "--articles", raw, "--out", join(run, `full-${size}`), "--no-cache"]);
  const pagefind = measure([process.execPath, join(ROOT, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", join(run, `lede-${size}-0`)]);
  results.set(size, { lede, bare });

  console.log(`${size} articles (${source} text)`);
  row("command", "wall s", "cpu s", "peak MiB");
  row("lede build --no-search, first build", medianOf(lede, "wall"), medianOf(lede, "cpu"), medianOf(lede, "peakMiB"));
  row("  rebuild (entries kept)", medianOf(rebuild, "wall"), medianOf(rebuild, "cpu"), medianOf(rebuild, "peakMiB"));
  row("bare Eleventy blog", medianOf(bare, "wall"), medianOf(bare, "cpu"), medianOf(bare, "peakMiB"));
  row("ratio first build / bare", pairRatio(lede, bare, "wall"), pairRatio(lede, bare, "cpu"), pairRatio(lede, bare, "peakMiB"));
  row("ratio rebuild / bare", pairRatio(rebuild, bareAgain, "wall"), pairRatio(rebuild, bareAgain, "cpu"), pairRatio(rebuild, bareAgain, "peakMiB"));
  row("lede build (with search), first", full.wall, full.cpu, full.peakMiB);
  const stages = (stdout: string) => /time\s+(.*)/.exec(stdout)?.[1] ?? "";
  console.log(`        stages (first build, no search): ${stages(lede[0]!.stdout)}`);
  console.log(`        stages (rebuild, no search): ${stages(rebuild[0]!.stdout)}`);
  console.log(`        stages (with search): ${stages(full.stdout)}`);
  const searchStage = stageSeconds(full.stdout, "search index");
  console.log(`        search index: Lede ${searchStage.toFixed(2)} s vs Pagefind CLI on the built pages ${pagefind.wall.toFixed(2)} s (ratio ${(searchStage / pagefind.wall).toFixed(2)})`);
  console.log(`        article pages written: ${readdirSync(join(run, `lede-${size}-0`, "articles")).length} (repeats of other articles are left out)`);
  console.log();
}
if (results.size >= 2) {
  const [smaller, larger] = SIZES.slice(-2) as [number, number];
  const [small, large] = [results.get(smaller)!, results.get(larger)!];
  const growth = (key: "wall" | "cpu" | "peakMiB") => (medianOf(large.lede, key) / medianOf(small.lede, key)).toFixed(1);
  console.log(`growth ${larger}/${smaller} (first builds): wall ${growth("wall")}x, cpu ${growth("cpu")}x, memory ${growth("peakMiB")}x (articles ${(larger / smaller).toFixed(0)}x)`);
}
const largest = SIZES[SIZES.length - 1]!;

/** The yardstick must do all its work, or the ratios flatter Lede: every post in its layout, every index page, a full feed. */
function checkBareBlog(out: string, size: number): void {
  const pages = Math.ceil(size / 20);
  const post = readFileSync(join(out, "posts", readdirSync(join(out, "posts"))[0]!, "index.html"), "utf8");
  const feedItems = readFileSync(join(out, "feed.xml"), "utf8").split("<item>").length - 1;
  const problems = [
    readdirSync(join(out, "posts")).length !== size && `${readdirSync(join(out, "posts")).length} posts, not ${size}`,
    !post.startsWith("<!doctype html>") && "posts without their layout",
    !existsSync(join(out, ...(pages > 1 ? ["page", String(pages)] : []), "index.html")) && `no index page ${pages}`,
    feedItems !== Math.min(50, size) && `${feedItems} feed items, not ${Math.min(50, size)}`,
    readdirSync(join(out, "tags")).length !== 5 && "not 5 tag pages",
  ].filter(Boolean);
  if (problems.length) throw new Error(`the bare Eleventy blog in ${out} is incomplete: ${problems.join("; ")}`);
}
const edit = await serveEdit(join(WORK, `raw-${largest}`), join(run, `serve-${largest}`));
console.log(`lede serve, ${largest} articles: one article edited -> its page rewritten in ${edit.toFixed(2)} s`);

// The runs' folders go last, in the background: deleting them first would slow the next run's writes.
// (bare-*, site-* and serve-* are the folders of an earlier version of this benchmark.)
for (const name of readdirSync(WORK).filter((entry) => /^(run-|bare-|site-|serve-)/.test(entry) && join(WORK, entry) !== run)) {
  spawn(process.execPath, ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", join(WORK, name)], { detached: true, stdio: "ignore" }).unref();
}
console.log(`\nbuilt sites are in ${run} (removed by the next run)`);
