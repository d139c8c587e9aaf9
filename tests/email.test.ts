import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../_data/site.ts";
import matter from "gray-matter";
import nunjucks from "nunjucks";
import { inlineEmailCss, inlineEmailTemplate } from "../src/email/inline.ts";
import { composeMessage } from "../src/email/message.ts";
import { readGlobalData } from "../src/eleventy/pageSets.ts";
import { pageSetEnvironment } from "../src/eleventy/pageSetJob.ts";
import { EMAIL_HTML_TEMPLATE } from "../src/eleventy/preprocess.ts";
import { wrapText } from "../src/email/wrap.ts";
import { writeIssueMessages } from "../src/email/write.ts";
import { lede, ROOT, temporaryDir } from "./helpers/lede.ts";

test("an issue of 50 long entries stays under Gmail's 102 KB clipping limit, and the build says how big it is", () => {
  const dir = temporaryDir("fifty");
  for (let i = 0; i < 50; i++) {
    const lede1 = `The harbour authority of Port Averly announced number ${i} of its long list of plans for the waterfront, with consultations, budgets, timetables and a great many quoted officials speaking about every detail of the proposal in sentences that run on.`;
    // Distinct bodies, or the duplicate check would publish just one of them.
    const words = ["harbour", "ferry", "budget", "council", "market", "storm", "bakery", "library", "school", "tram", "bridge", "festival"];
    const body = Array.from({ length: 30 }, (_, k) => `Sentence ${k} of story ${i} is about the ${words[(i * 7 + k) % 12]} and the ${words[(i * 5 + k * 3) % 12]}.`).join(" ");
    writeFileSync(join(dir, `story-${i}.txt`), ` date 2021-07-${String(19 + (i % 7)).padStart(2, "0")} ${lede1} ${body}\n\nMore text.\n`);
  }
  const out = join(dir, "_site");
  const run = lede(["build", "--articles", dir, "--out", out, "--no-search"]);
  assert.is(run.status, 0, run.stderr);
  const bytes = Buffer.byteLength(readFileSync(join(out, "issues/2021-w29/email.html")));
  assert.ok(bytes < 102_000, `${bytes} bytes`);
  assert.ok(bytes > 30_000, "the test issue should be a big one");
  assert.match(run.stdout, new RegExp(`largest HTML ${(bytes / 1000).toFixed(1)} KB of 102.0 KB`));
});

test("an email over the limit fails the build with a message that says what to do", async () => {
  const out = temporaryDir("limit");
  const issues = JSON.parse(lede(["digest", "articles", "--json"]).stdout) as Array<{ issue: string }>;
  const url = `/issues/${issues[0]!.issue.toLowerCase()}/`;
  mkdirSync(join(out, url), { recursive: true });
  writeFileSync(join(out, url, "email.html"), `<p>${"x".repeat(150_000)}</p>`);
  writeFileSync(join(out, url, "email.txt"), "text");
  await writeIssueMessages(out, site).then(
    () => assert.unreachable("expected the size check to fail"),
    (error: Error) => {
      assert.match(error.message, new RegExp(`${url}email.html is 150.\\d KB, over the 102.0 KB limit at which Gmail clips emails`));
      assert.match(error.message, /shorten templates\/email\//);
    },
  );
});

test("plain text wraps at 78 characters without breaking words or URLs", () => {
  const long = "word ".repeat(40) + "https://example.org/" + "a".repeat(90);
  const wrapped = wrapText(long);
  for (const line of wrapped.split("\n")) assert.ok(line.length <= 78 || !line.includes(" "), line);
  assert.ok(wrapped.includes(`https://example.org/${"a".repeat(90)}`));
  assert.is(wrapText("short line"), "short line");
});

test("a message in Latin script is sent quoted-printable, one in another script base64, both decoding to the text", async () => {
  const compose = (text: string) => composeMessage({
    from: "Lede <news@example.com>", to: "Reader <reader@example.com>", subject: "Issue", date: new Date(Date.UTC(2021, 6, 25)),
    html: `<p>${text}</p>`, text, listId: "news.example.com", unsubscribeUrl: "https://example.com/unsubscribe",
    unsubscribeMailto: "mailto:unsubscribe@example.com", webUrl: "https://example.com/issues/2021-w29/",
  });
  const latin = (await compose("Café owners in Zürich say the new rules are fair.")).toString();
  assert.match(latin, /Content-Transfer-Encoding: quoted-printable/);
  assert.not.match(latin, /Content-Transfer-Encoding: base64/);
  assert.match(latin, /Caf=C3=A9 owners in Z=C3=BCrich/);
  const greek = "Οι ιδιοκτήτες καφέ στη Ζυρίχη λένε ότι οι νέοι κανόνες είναι δίκαιοι.";
  const other = (await compose(greek)).toString();
  assert.match(other, /Content-Transfer-Encoding: base64/);
  assert.not.match(other, /Content-Transfer-Encoding: quoted-printable/);
  assert.ok(other.includes(Buffer.from(greek).toString("base64").slice(0, 40)), "the text part is the Greek text in base64");
  // The whole message counts, not its start: a long English opening before more Greek is still base64;
  // a long English one with a little Greek is not.
  const english = "Cafe owners in Zurich say the new rules are fair. ".repeat(40);
  assert.match((await compose(`${english}${greek.repeat(40)}`)).toString(), /Content-Transfer-Encoding: base64/);
  assert.match((await compose(`${english}${english}${greek.repeat(10)}`)).toString(), /Content-Transfer-Encoding: quoted-printable/);
});

test("the email template with its CSS inlined once renders each issue as inlining that issue's email would", async () => {
  const includes = join(ROOT, "templates", "partials");
  const path = join(ROOT, EMAIL_HTML_TEMPLATE);
  const source = matter(readFileSync(path, "utf8")).content;
  const env = pageSetEnvironment(nunjucks, ROOT, includes);
  const raw = new nunjucks.Template(source, env, path);
  const inlined = new nunjucks.Template(await inlineEmailTemplate(source, includes), env, path);
  const globalData = await readGlobalData(join(ROOT, "_data"));
  const issues = globalData.issues as unknown[];
  assert.ok(issues.length >= 3, `${issues.length} issues`);
  for (const issue of issues) {
    const once = inlined.render({ ...globalData, issue });
    assert.match(once, /<td class="entry" style="padding: 20px 32px;/);
    assert.fixture(once, await inlineEmailCss(raw.render({ ...globalData, issue })));
  }
});

test("an inlined template is kept for the next build, and an edit to its CSS is inlined afresh", async () => {
  const includes = temporaryDir("inline-css");
  const source = `<style>{% include "kept.css" %}</style><p class="lead">{{ site.title }}</p>`;
  writeFileSync(join(includes, "kept.css"), `.lead { color: #111; } /* ${Date.now()} */`);
  const first = await inlineEmailTemplate(source, includes);
  assert.match(first, /<p class="lead" style="color: #111;">\{\{ site.title \}\}<\/p>/);
  assert.is(await inlineEmailTemplate(source, includes), first);
  writeFileSync(join(includes, "kept.css"), `.lead { color: #222; } /* ${Date.now()} */`);
  assert.match(await inlineEmailTemplate(source, includes), /style="color: #222;"/);
});

test.run();
