import { spawn } from "node:child_process";
import { appendFileSync, cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { lede, manyArticles, ROOT, temporaryDir } from "./helpers/lede.ts";

test("lede serve rewrites an edited article's page within a second, as a build of the edit writes it", async () => {
  const dir = temporaryDir("serve");
  const articles = join(dir, "articles");
  cpSync(join(ROOT, "articles"), articles, { recursive: true });
  const out = join(dir, "_site");
  const port = 8700 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), "serve", "--articles", articles, "--out", out, "--port", String(port)], { cwd: ROOT });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await until(() => output.includes("Server at"), 30_000);
    const page = join(out, "articles/holt-bakery-closes/index.html");
    const started = Date.now();
    appendFileSync(join(articles, "holt-bakery-closes.txt"), "\nA late correction was added to this story.\n");
    await until(() => readFileSync(page, "utf8").includes("A late correction was added"), 5_000);
    const elapsed = Date.now() - started;
    assert.ok(elapsed < 1_000, `took ${elapsed} ms`);
    const quick = readFileSync(page, "utf8");
    const response = await fetch(`http://localhost:${port}/articles/holt-bakery-closes/`);
    assert.match(await response.text(), /A late correction was added/);
    const built = join(dir, "built");
    assert.is(lede(["build", "--articles", articles, "--out", built, "--no-search", "--base-url", `http://localhost:${port}`]).status, 0);
    assert.fixture(quick, readFileSync(join(built, "articles/holt-bakery-closes/index.html"), "utf8"));
  } finally {
    child.kill("SIGTERM");
  }
});

test("lede serve on a big folder says it is digesting before it builds, as lede build does", async () => {
  const articles = manyArticles(520);
  const out = join(temporaryDir("serve-many"), "_site");
  const port = 8900 + Math.floor(Math.random() * 200);
  const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), "serve", "--articles", articles, "--out", out, "--port", String(port), "--no-cache"], { cwd: ROOT });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    await until(() => output.includes("Server at"), 60_000);
    const digesting = output.indexOf("Digesting 520 articles (headlines, summaries, tags)…");
    assert.ok(digesting !== -1 && digesting < output.indexOf("Server at"), output);
    assert.match(readFileSync(join(out, "articles/story-519/index.html"), "utf8"), /ferry 3633/);
  } finally {
    child.kill("SIGTERM");
  }
});

async function until(condition: () => boolean, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test.run();
