import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CHROMIUM, launchChromium, serveStatic } from "./helpers/browser.ts";
import { lede, temporaryDir } from "./helpers/lede.ts";

if (!CHROMIUM) {
  console.log("browser.test.ts: skipping the browser tests: no Chromium at /usr/bin/chromium (apt-get install chromium)");
} else {
  const site = join(temporaryDir("browser"), "_site");
  const built = lede(["build", "--out", site]);
  const browser = await launchChromium();
  const server = await serveStatic(site);
  const articleUrl = new URL(JSON.parse(lede(["digest", "articles", "--json"]).stdout)[0].url as string).pathname;

  const pages: Array<[string, string]> = [
    ["home", "/"], ["archive", "/issues/"], ["issue", "/issues/2026-w47/"], ["article", articleUrl],
    ["topics", "/tags/"], ["topic", "/tags/port-averly/"], ["search", "/search/?q=ferry"], ["404", "/404.html"],
  ];

  test("the sample site builds", () => {
    assert.is(built.status, 0, built.stderr);
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds no accessibility violations on every page kind (${scheme})`, async () => {
      const context = await browser!.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        await page.goto(server.url + path);
        if (name === "search") await page.waitForSelector("#search-results li", { timeout: 10_000 });
        const results = await new AxeBuilder({ page }).analyze();
        const violations = results.violations.map((violation) => `${violation.id} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
        assert.equal(violations, [], `${name} (${path}) in ${scheme} mode`);
      }
      await context.close();
    });
  }

  test("search finds stories from static files and shows headline, date and summary", async () => {
    const page = await browser!.newPage();
    await page.goto(`${server.url}/search/`);
    await page.fill("#search-query", "ferry");
    await page.click("form.search button");
    await page.waitForSelector("#search-results li");
    const first = await page.$eval("#search-results li", (li) => ({
      headline: li.querySelector("h2 a")?.textContent ?? "",
      href: li.querySelector("h2 a")?.getAttribute("href") ?? "",
      date: li.querySelector("time")?.getAttribute("datetime") ?? "",
      summary: li.querySelectorAll("p")[1]?.textContent ?? "",
    }));
    assert.match(first.href, /^\/articles\/[a-z0-9-]+\/$/);
    // Exactly the entry's headline, date and summary (commas and quotes included).
    const entries = JSON.parse(lede(["digest", "articles", "--json"]).stdout) as Array<{ url: string; headline: string; date: string; summary: string }>;
    const entry = entries.find((candidate) => new URL(candidate.url).pathname === first.href)!;
    assert.equal(first, { headline: entry.headline, href: first.href, date: entry.date, summary: entry.summary });
    assert.match(await page.textContent("#search-status") ?? "", /match/);
    await page.close();
  });

  test("pages other than search load no JavaScript; an article page with its CSS weighs under 30 KB", async () => {
    const page = await browser!.newPage();
    for (const [name, path] of pages.filter(([name]) => name !== "search")) {
      const scripts: string[] = [];
      let bytes = 0;
      page.on("response", async (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.url());
      });
      const response = await page.goto(server.url + path);
      bytes += (await response!.body()).length;
      assert.equal(scripts, [], `${name} loads scripts`);
      if (name === "article") {
        const css = await page.evaluate(() => fetch("/assets/style.css").then((r) => r.text()));
        bytes += Buffer.byteLength(css);
        assert.ok(bytes < 30_000, `article page + CSS is ${bytes} bytes`);
      }
      page.removeAllListeners("response");
    }
    await page.close();
  });

  for (const width of [600, 375]) {
    test(`the email fits a ${width} px wide window without horizontal scrolling`, async () => {
      const page = await browser!.newPage({ viewport: { width, height: 900 } });
      await page.goto(`${server.url}/issues/2026-w47/email.html`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `scrolls ${overflow} px sideways`);
      const screenshot = await page.screenshot({ fullPage: true });
      assert.ok(screenshot.length > 5_000);
      writeFileSync(join(site, `..`, `email-${width}.png`), screenshot);
      await page.close();
    });
  }

  test("a page built from hostile article text runs no script", async () => {
    const dir = temporaryDir("hostile");
    writeFileSync(join(dir, "hostile.txt"), [
      " date 2021-07-22 Hello <script>window.__pwned = 1</script> and <img src=x onerror=\"window.__pwned = 2\">.",
      "", "<iframe src=\"javascript:window.__pwned=3\"></iframe> <!-- hidden --> [click](javascript:window.__pwned=4)",
      "", "javascript:window.__pwned=5 and <svg onload=\"window.__pwned=6\"></svg>",
    ].join("\n"));
    const out = join(dir, "_site");
    assert.is(lede(["build", "--articles", dir, "--out", out, "--no-search"]).status, 0);
    const hostileServer = await serveStatic(out);
    const page = await browser!.newPage();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    for (const path of ["/articles/hostile/", "/", "/issues/2021-w29/email.html"]) {
      await page.goto(hostileServer.url + path);
      assert.is(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined, path);
      assert.is(await page.locator("script, iframe, svg").count(), 0, path);
    }
    assert.equal(dialogs, []);
    assert.match(await page.content(), /&lt;script&gt;/);
    await page.close();
    await hostileServer.close();
  });

  test.after(async () => {
    await browser?.close();
    await server.close();
  });
}

test.run();
