/**
 * `npm run screenshots`: builds the sample site and renders the home page, an article page and the email
 * (desktop and phone widths) in Chromium, into docs/screenshots/ for the README.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { launchChromium, serveStatic } from "../tests/helpers/browser.ts";
import { lede, ROOT, temporaryDir } from "../tests/helpers/lede.ts";

const out = join(temporaryDir("screenshots"), "_site");
const build = lede(["build", "--out", out]);
if (build.status !== 0) throw new Error(`the build failed:\n${build.stderr}`);
const browser = await launchChromium();
if (!browser) throw new Error("no Chromium at /usr/bin/chromium: apt-get install chromium");
const server = await serveStatic(out);
const target = join(ROOT, "docs", "screenshots");
mkdirSync(target, { recursive: true });
const article = new URL(JSON.parse(lede(["digest", "articles", "--json"]).stdout)[0].url as string).pathname;


const latestIssue = (JSON.parse(lede(["digest", "articles", "--json"]).stdout)[0].issue as string).toLowerCase();

const shots: Array<[string, string, number, "light" | "dark"]> = [
  ["home.png", "/", 1000, "light"],
  ["article.png", article, 1000, "light"],
  ["article-dark.png", article, 420, "dark"],
  ["email.png", `/issues/${latestIssue}/email.html`, 700, "light"],
  ["email-phone.png", `/issues/${latestIssue}/email.html`, 375, "light"],
];
for (const [name, path, width, colorScheme] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  await page.goto(server.url + path);
  await page.screenshot({ path: join(target, name), fullPage: false });
  await page.close();
  console.log(`docs/screenshots/${name}  ${path} at ${width} px (${colorScheme})`);
}
await browser.close();
await server.close();
