import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { CHROMIUM, launchChromium, serveStatic } from "./helpers/browser.ts";
import { findSubscriber } from "../src/store/subscribers.ts";
import { confirmationLink, startApiProcess } from "./helpers/api.ts";
import { withStore } from "./helpers/engines.ts";
import { lede, temporaryDir } from "./helpers/lede.ts";
import { freePort } from "./helpers/ports.ts";
import { startSmtpServer } from "./helpers/smtp.ts";

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

  test("a reader signs up with the form on an article page, in Chromium, against a running lede api; every page is axe-clean", async () => {
    // The site and the service on their own loopback addresses, as a static host and lede api would be.
    const root = temporaryDir("signup");
    const siteServer = await serveStatic(join(root, "_site"));
    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    const build = lede(["build", "--out", join(root, "_site"), "--base-url", siteServer.url, "--no-search"], { LEDE_API_URL: apiUrl });
    assert.is(build.status, 0, build.stderr);
    const smtp = await startSmtpServer();
    const database = join(root, "lede.db");
    const api = await startApiProcess(database, smtp.url(), { LEDE_BASE_URL: siteServer.url }, apiPort);
    const context = await browser!.newContext();
    const page = await context.newPage();
    const axe = async (what: string) => {
      const results = await new AxeBuilder({ page }).analyze();
      assert.equal(results.violations.map((violation) => violation.id), [], what);
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.is(background, "rgb(251, 250, 247)", `${what}: the site's stylesheet applies`);
    };
    try {
      await page.goto(siteServer.url + articleUrl);
      await page.fill("#subscribe-email", "reader@example.com");
      await page.click(".subscribe button[type=submit]");
      await page.waitForURL(`${apiUrl}/check-your-inbox`);
      assert.is(await page.textContent("h1"), "Check your inbox");
      await axe("check your inbox");

      while (smtp.received.length < 1) await new Promise((resolve) => setTimeout(resolve, 20));
      await page.goto(confirmationLink(smtp.received[0]!.text).href);
      await axe("confirm");
      await page.click("form.action button");
      await page.waitForSelector("text=You are subscribed");
      await axe("subscribed");
      await withStore(database, async (store) => assert.is((await findSubscriber(store, "reader@example.com"))?.status, "subscribed"));

      await page.goto(`${apiUrl}/subscribe`);
      await page.fill("#subscribe-email", "no-at-sign");
      await page.evaluate(() => document.querySelector("form")!.setAttribute("novalidate", ""));
      await page.click(".subscribe button[type=submit]");
      await page.waitForSelector("#subscribe-error");
      await axe("the form with its error");
    } finally {
      await context.close();
      await api.stop();
      await smtp.close();
      await siteServer.close();
    }
  });

  test.after(async () => {
    await browser?.close();
    await server.close();
  });
}

test.run();
