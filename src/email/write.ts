import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { keptFile } from "../cache/keptFile.ts";
import { loadCorpus } from "../corpus/load.ts";
import { mapConcurrently } from "../parallel/mapConcurrently.ts";
import { toUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import { composeMessage, type MessageInput } from "./message.ts";

export interface EmailReport {
  issue: string;
  htmlBytes: number;
}

/** The placeholder recipient of the built message; `lede send` writes each subscriber's own. */
export const PLACEHOLDER_TO = "Subscriber <subscriber@example.invalid>";

/** Messages composed at once: while one email is read or written, the thread composes another. */
const EMAILS_AT_ONCE = 8;

/** The code a composed message depends on (nodemailer is in the lock file). */
const EMAIL_CODE = ["email", "../package-lock.json"];

/**
 * Once each issue's `email.html` (its CSS inlined in the template: see inlineEmailTemplate) and
 * `email.txt` are rendered: check the HTML size against Gmail's clipping limit (failing the build, so
 * that a template change cannot ship clipped emails) and write `message.eml`. An email rendered exactly
 * as in the last build gets that build's message (composing one takes a millisecond or two).
 */
export async function writeIssueMessages(outputDir: string, site: SiteSettings): Promise<EmailReport[]> {
  const cache = keptFile<Uint8Array>("messages", site.articlesDir, EMAIL_CODE);
  const before = cache?.read() ?? new Map<string, Uint8Array>();
  const now = new Map<string, Uint8Array>();
  const rendered = loadCorpus(site).issues.filter((issue) =>
    existsSync(join(outputDir, issue.url, "email.html")) && existsSync(join(outputDir, issue.url, "email.txt")));
  const reports = await mapConcurrently(rendered, EMAILS_AT_ONCE, async (issue): Promise<EmailReport> => {
    const input: MessageInput = {
      from: site.email.from,
      to: PLACEHOLDER_TO,
      subject: `${site.title}: ${issue.title}`,
      date: toUtcDate(issue.end),
      html: await readFile(join(outputDir, issue.url, "email.html"), "utf8"),
      text: await readFile(join(outputDir, issue.url, "email.txt"), "utf8"),
      listId: site.email.listId,
      unsubscribeUrl: site.email.unsubscribeUrl,
      unsubscribeMailto: site.email.unsubscribeMailto,
      webUrl: new URL(issue.url, `${site.url}/`).href,
    };
    const key = createHash("sha1").update(JSON.stringify(input)).digest("hex");
    const htmlBytes = Buffer.byteLength(input.html);
    if (htmlBytes > site.email.maxHtmlBytes) {
      throw new Error(
        `${issue.url}email.html is ${formatKb(htmlBytes)}, over the ${formatKb(site.email.maxHtmlBytes)} limit at which Gmail clips emails; ` +
          "shorten templates/email/ or lower the number of entries per issue",
      );
    }
    const message = before.get(key) ?? (await composeMessage(input));
    now.set(key, message);
    await writeFile(join(outputDir, issue.url, "message.eml"), message);
    return { issue: issue.id, htmlBytes };
  });
  if (cache && [...now.keys()].some((key) => !before.has(key))) await cache.write(now);
  lastReports = reports;
  return reports;
}

let lastReports: EmailReport[] = [];

/** What the last build wrote, for the build summary. */
export function lastEmailReports(): EmailReport[] {
  return lastReports;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
