/**
 * `npm run bench`: full `lede build` of 1,000 and 10,000 articles against a bare Eleventy blog of the same
 * articles (bench/bare-blog), with wall time, CPU time and peak memory of each whole process, Lede's own
 * per-stage breakdown, the search stage against Pagefind's CLI on the same pages, and the time from
 * editing one article under `lede serve` to its page being rewritten. Figures from one run, as ratios.
 */
import { spawn, spawnSync } from "node:child_process";
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { writeCorpus } from "./corpus.ts";

const ROOT = join(import.meta.dirname, "..");
const WORK = join(process.env.TMPDIR ?? "/tmp", "lede-bench");
const SIZES = (process.env.BENCH_SIZES ?? "1000,10000").split(",").map(Number);
const GNU_TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

interface Measure { wall: number; cpu: number; peakMiB: number; stdout: string }

/** One whole-process run, measured by the kernel (GNU time) when it is installed. */
function measure(command: string[], env: NodeJS.ProcessEnv = {}): Measure {
  const started = performance.now();
  const args = GNU_TIME ? ["-f", "LEDE_BENCH %e %U %S %M", ...command] : command.slice(1);
  const run = spawnSync(GNU_TIME ?? command[0]!, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  const wallOwn = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`${command.join(" ")} failed:\n${run.stderr.slice(-2000)}`);
  const figures = /LEDE_BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr);
  if (!figures) return { wall: wallOwn, cpu: NaN, peakMiB: NaN, stdout: run.stdout };
  return { wall: Number(figures[1]), cpu: Number(figures[2]) + Number(figures[3]), peakMiB: Number(figures[4]) / 1024, stdout: run.stdout };
}

/** The bare blog's input: the same articles as Markdown posts with front matter, beside its templates. */
function writeBareBlog(rawDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, "bench/bare-blog"), dir, { recursive: true, filter: (path) => !path.endsWith("eleventy.config.js") });
  const posts = join(dir, "posts");
  mkdirSync(posts, { recursive: true });
  cpSync(join(dir, "posts-template/posts.json"), join(posts, "posts.json"));
  rmSync(join(dir, "posts-template"), { recursive: true });
  // Five topics, like a blog's sections (and like the BBC corpus), each with its tag page.
  const topics = ["business", "entertainment", "politics", "sport", "tech"];
  readdirSync(rawDir).sort().forEach((name, index) => {
    const raw = readFileSync(join(rawDir, name), "utf8");
    const [, date, body] = /^\s*date (\d{4}-\d{2}-\d{2}) ([\s\S]*)$/.exec(raw)!;
    const title = body!.split(/\s+/).slice(0, 8).join(" ").replace(/"/g, "'");
    writeFileSync(join(posts, name.replace(/\.txt$/, ".md")),
      `---\ntitle: "${title}"\ndate: ${date}\ntags: [${topics[index % topics.length]}]\n---\n\n${body}`);
  });
}

function stages(stdout: string): string {
  return /time\s+(.*)/.exec(stdout)?.[1] ?? "";
}

function stageSeconds(stdout: string, name: string): number {
  return Number(new RegExp(`${name} ([\\d.]+) s`).exec(stdout)?.[1] ?? NaN);
}

/** Edit one article under `lede serve` and time until its page on disk shows the edit. */
async function serveEdit(rawDir: string, outDir: string): Promise<number> {
  const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), "serve", "--articles", rawDir, "--out", outDir, "--port", "8765"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await waitFor(() => output.includes("Server at"), 300_000);
    const file = join(rawDir, readdirSync(rawDir).sort()[0]!);
    const marker = `Benchmark edit ${Date.now()}.`;
    const started = performance.now();
    appendFileSync(file, `\n${marker}\n`);
    const slug = readdirSync(rawDir).sort()[0]!.replace(/\.txt$/, "");
    const page = join(outDir, "articles", slug, "index.html");
    await waitFor(() => existsSync(page) && readFileSync(page, "utf8").includes(marker), 300_000);
    return (performance.now() - started) / 1000;
  } finally {
    child.kill("SIGTERM");
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const row = (...cells: Array<string | number>) =>
  console.log(cells.map((cell, i) => (typeof cell === "number" ? cell.toFixed(cell < 10 ? 2 : 1) : cell).padEnd(i === 0 ? 8 : i === 1 ? 34 : 10)).join(""));

mkdirSync(WORK, { recursive: true });
console.log(`Lede benchmark: ${SIZES.join(" and ")} articles; ${GNU_TIME ? "wall, CPU (user+sys) and peak memory from GNU time" : "wall time only (install GNU time for CPU and memory)"}\n`);
const results = new Map<number, { lede: Measure; bare: Measure; full: Measure }>();
for (const size of SIZES) {
  const raw = join(WORK, `raw-${size}`);
  rmSync(raw, { recursive: true, force: true });
  const source = writeCorpus(raw, size);
  const bareIn = join(WORK, `bare-${size}`);
  writeBareBlog(raw, bareIn);
  const out = join(WORK, `site-${size}`);
  const lede = measure([process.execPath, join(ROOT, "bin/lede.js"), "build", "--articles", raw, "--out", out, "--no-search"]);
  const full = measure([process.execPath, join(ROOT, "bin/lede.js"), "build", "--articles", raw, "--out", `${out}-full`]);
  const bare = measure([process.execPath, join(ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=bench/bare-blog/eleventy.config.js", `--input=${bareIn}`, `--output=${join(bareIn, "_site")}`]);
  const pagefind = measure([process.execPath, join(ROOT, "node_modules/pagefind/lib/runner/bin.cjs"), "--site", out]);
  results.set(size, { lede, bare, full });

  console.log(`${size} articles (${source} text)`);
  row("", "command", "wall s", "cpu s", "peak MiB");
  row("", "lede build --no-search", lede.wall, lede.cpu, lede.peakMiB);
  row("", "bare Eleventy blog", bare.wall, bare.cpu, bare.peakMiB);
  row("", "ratio Lede / bare", lede.wall / bare.wall, lede.cpu / bare.cpu, lede.peakMiB / bare.peakMiB);
  row("", "lede build (with search)", full.wall, full.cpu, full.peakMiB);
  console.log(`        stages (no search): ${stages(lede.stdout)}`);
  console.log(`        stages (with search): ${stages(full.stdout)}`);
  const searchStage = stageSeconds(full.stdout, "search index");
  console.log(`        search index: Lede ${searchStage.toFixed(2)} s vs Pagefind CLI on the built pages ${pagefind.wall.toFixed(2)} s (ratio ${(searchStage / pagefind.wall).toFixed(2)})`);
  console.log(`        article pages written: ${readdirSync(join(out, "articles")).length} (repeats of other articles are left out)`);
  console.log();
}
if (results.size === 2) {
  const [small, large] = SIZES.map((size) => results.get(size)!);
  console.log(`growth ${SIZES[1]}/${SIZES[0]}: wall ${(large!.lede.wall / small!.lede.wall).toFixed(1)}x, cpu ${(large!.lede.cpu / small!.lede.cpu).toFixed(1)}x, memory ${(large!.lede.peakMiB / small!.lede.peakMiB).toFixed(1)}x (articles ${(SIZES[1]! / SIZES[0]!).toFixed(0)}x)`);
}
const largest = SIZES[SIZES.length - 1]!;
const edit = await serveEdit(join(WORK, `raw-${largest}`), join(WORK, `serve-${largest}`));
console.log(`lede serve, ${largest} articles: one article edited -> its page rewritten in ${edit.toFixed(2)} s`);
