import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadCorpus } from "../corpus/load.ts";
import { toUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import { inlineEmailCss } from "./inline.ts";
import { composeMessage } from "./message.ts";

export interface EmailReport {
  issue: string;
  htmlBytes: number;
}

/** The placeholder recipient of the built message; `lede send` writes each subscriber's own. */
export const PLACEHOLDER_TO = "Subscriber <subscriber@example.invalid>";

/**
 * Once each issue's `email.html` and `email.txt` are rendered: inline the CSS (email clients drop
 * `<style>`), check the HTML size against Gmail's clipping limit (failing the build, so that a template
 * change cannot ship clipped emails) and write `message.eml`.
 */
export async function writeIssueMessages(outputDir: string, site: SiteSettings): Promise<EmailReport[]> {
  const reports: EmailReport[] = [];
  for (const issue of loadCorpus(site).issues) {
    const htmlFile = join(outputDir, issue.url, "email.html");
    const textFile = join(outputDir, issue.url, "email.txt");
    if (!existsSync(htmlFile) || !existsSync(textFile)) continue;
    const html = inlineEmailCss(readFileSync(htmlFile, "utf8"));
    const text = readFileSync(textFile, "utf8");
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
    await writeFile(htmlFile, html);
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
