import { spawn } from "node:child_process";
import { appendFileSync, cpSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadCorpus } from "../src/corpus/load.ts";
import configured from "../_data/site.ts";
import { articlePageRenderer } from "../src/serve/articlePage.ts";
import { lede, ROOT, temporaryDir } from "./helpers/lede.ts";

test("the quick article page of lede serve is the page the build writes, byte for byte", () => {
  const out = join(temporaryDir("quick"), "_site");
  assert.is(lede(["build", "--out", out, "--no-search", "--base-url", "https://news.example.org"]).status, 0);
  const site = { ...configured, url: "https://news.example.org", articlesDir: join(ROOT, "articles") };
  const render = articlePageRenderer(ROOT, site);
  for (const entry of loadCorpus(site).entries) {
    assert.fixture(render(entry), readFileSync(join(out, entry.url, "index.html"), "utf8"), entry.file);
  }
});

test("lede serve rewrites an edited article's page within a second", async () => {
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
    const response = await fetch(`http://localhost:${port}/articles/holt-bakery-closes/`);
    assert.match(await response.text(), /A late correction was added/);
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
