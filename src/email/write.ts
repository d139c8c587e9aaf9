import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCorpus } from "../corpus/load.ts";
import { toUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import { composeMessage } from "./message.ts";

export interface RenderedPage {
  url: string;
  content: string;
}

export interface EmailReport {
  issue: string;
  htmlBytes: number;
}

/** The placeholder recipient of the built message; `lede send` writes each subscriber's own. */
export const PLACEHOLDER_TO = "Subscriber <subscriber@example.invalid>";

/**
 * After Eleventy rendered each issue's `email.html` and `email.txt`: check the HTML size against Gmail's
 * clipping limit (failing the build, so a template change cannot ship clipped emails) and write `message.eml`.
 */
export async function writeIssueMessages(outputDir: string, pages: RenderedPage[], site: SiteSettings): Promise<EmailReport[]> {
  const byUrl = new Map(pages.map((page) => [page.url, page.content]));
  const reports: EmailReport[] = [];
  for (const issue of loadCorpus(site).issues) {
    const html = byUrl.get(`${issue.url}email.html`);
    const text = byUrl.get(`${issue.url}email.txt`);
    if (html === undefined || text === undefined) continue;
    const htmlBytes = Buffer.byteLength(html);
    if (htmlBytes > site.email.maxHtmlBytes) {
      throw new Error(
        `${issue.url}email.html is ${formatKb(htmlBytes)}, over the ${formatKb(site.email.maxHtmlBytes)} limit at which Gmail clips emails; ` +
          "shorten templates/email/ or lower the number of entries per issue",
      );
    }
    const message = await composeMessage({
      from: site.email.from,
      to: PLACEHOLDER_TO,
      subject: `${site.title}: ${issue.title}`,
      date: toUtcDate(issue.end),
      html,
      text,
      listId: site.email.listId,
      unsubscribeUrl: site.email.unsubscribeUrl,
      unsubscribeMailto: site.email.unsubscribeMailto,
      webUrl: new URL(issue.url, `${site.url}/`).href,
    });
    await writeFile(join(outputDir, issue.url, "message.eml"), message);
    reports.push({ issue: issue.id, htmlBytes });
  }
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
