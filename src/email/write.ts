import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { keptFile } from "../cache/keptFile.ts";
import { loadCorpus } from "../corpus/load.ts";
import { mapConcurrently } from "../parallel/mapConcurrently.ts";
import { toUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import { inlineEmailCss } from "./inline.ts";
import { composeMessage, type MessageInput } from "./message.ts";

export interface EmailReport {
  issue: string;
  htmlBytes: number;
}

/** The placeholder recipient of the built message; `lede send` writes each subscriber's own. */
export const PLACEHOLDER_TO = "Subscriber <subscriber@example.invalid>";

/** An issue's email made send-ready: its HTML with the CSS inlined, and the complete message. */
interface FinishedEmail {
  html: string;
  message: Uint8Array;
}

/** Emails finished at once: while one is read or written, the thread inlines another. */
const EMAILS_AT_ONCE = 8;

/** The code a finished email depends on (juice and nodemailer are in the lock file). */
const EMAIL_CODE = ["email", "../package-lock.json"];

/**
 * Once each issue's `email.html` and `email.txt` are rendered: inline the CSS (email clients drop
 * `<style>`), check the HTML size against Gmail's clipping limit (failing the build, so that a template
 * change cannot ship clipped emails) and write `message.eml`. An email rendered exactly as in the last
 * build is taken as that build finished it (inlining and composing take 3 ms an email).
 */
export async function writeIssueMessages(outputDir: string, site: SiteSettings): Promise<EmailReport[]> {
  const cache = keptFile<FinishedEmail>("emails", site.articlesDir, EMAIL_CODE);
  const before = cache?.read() ?? new Map<string, FinishedEmail>();
  const now = new Map<string, FinishedEmail>();
  const rendered = loadCorpus(site).issues.filter((issue) =>
    existsSync(join(outputDir, issue.url, "email.html")) && existsSync(join(outputDir, issue.url, "email.txt")));
  const reports = await mapConcurrently(rendered, EMAILS_AT_ONCE, async (issue): Promise<EmailReport> => {
    const htmlFile = join(outputDir, issue.url, "email.html");
    const input: MessageInput = {
      from: site.email.from,
      to: PLACEHOLDER_TO,
      subject: `${site.title}: ${issue.title}`,
      date: toUtcDate(issue.end),
      html: await readFile(htmlFile, "utf8"),
      text: await readFile(join(outputDir, issue.url, "email.txt"), "utf8"),
      listId: site.email.listId,
      unsubscribeUrl: site.email.unsubscribeUrl,
      unsubscribeMailto: site.email.unsubscribeMailto,
      webUrl: new URL(issue.url, `${site.url}/`).href,
    };
    const key = createHash("sha1").update(JSON.stringify(input)).digest("hex");
    const finished = before.get(key) ?? (await finish(input));
    now.set(key, finished);
    const htmlBytes = Buffer.byteLength(finished.html);
    if (htmlBytes > site.email.maxHtmlBytes) {
      throw new Error(
        `${issue.url}email.html is ${formatKb(htmlBytes)}, over the ${formatKb(site.email.maxHtmlBytes)} limit at which Gmail clips emails; ` +
          "shorten templates/email/ or lower the number of entries per issue",
      );
    }
    await Promise.all([writeFile(htmlFile, finished.html), writeFile(join(outputDir, issue.url, "message.eml"), finished.message)]);
    return { issue: issue.id, htmlBytes };
  });
  if (cache && [...now.keys()].some((key) => !before.has(key))) await cache.write(now);
  lastReports = reports;
  return reports;
}

async function finish(input: MessageInput): Promise<FinishedEmail> {
  const html = inlineEmailCss(input.html);
  return { html, message: await composeMessage({ ...input, html }) };
}

let lastReports: EmailReport[] = [];

/** What the last build wrote, for the build summary. */
export function lastEmailReports(): EmailReport[] {
  return lastReports;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
