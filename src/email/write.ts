import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { keptFile } from "../cache/keptFile.ts";
import { loadCorpus } from "../corpus/load.ts";
import { mapConcurrently } from "../parallel/mapConcurrently.ts";
import { runJob } from "../parallel/tsWorker.ts";
import { composeAndWrite } from "./composeJob.ts";
import { toUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { MessageInput } from "./message.ts";

export interface EmailReport {
  issue: string;
  htmlBytes: number;
}

/** The placeholder recipient of the built message; `lede send` writes each subscriber's own. */
export const PLACEHOLDER_TO = "Subscriber <subscriber@example.invalid>";

/** Kept messages written at once. */
const EMAILS_AT_ONCE = 8;

/** The code a composed message depends on (nodemailer is in the lock file). */
const EMAIL_CODE = ["email", "../package-lock.json"];

/**
 * Once each issue's `email.html` (its CSS inlined in the template: see inlineEmailTemplate) and
 * `email.txt` are rendered: check the HTML size against Gmail's clipping limit (failing the build, so
 * that a template change cannot ship clipped emails) and write `message.eml`. An email rendered exactly
 * as in the last build gets that build's message (composing one takes a millisecond or two).
 */
export async function writeIssueMessages(outputDir: string, site: SiteSettings, otherCoreFree?: Promise<unknown>): Promise<EmailReport[]> {
  const cache = keptFile<Uint8Array>("messages", site.articlesDir, EMAIL_CODE);
  const before = cache?.read() ?? new Map<string, Uint8Array>();
  // Read and checked at once, without waiting: the messages start composing before the pages rendered
  // after the emails (see pageSetsPlugin's `first`) take the thread.
  const emails = loadCorpus(site).issues.flatMap((issue) => {
    const folder = join(outputDir, issue.url);
    if (!existsSync(join(folder, "email.html")) || !existsSync(join(folder, "email.txt"))) return [];
    const input: MessageInput = {
      from: site.email.from,
      to: PLACEHOLDER_TO,
      subject: issue.title, // the lead story, not the newsletter's name: the From line shows that
      date: toUtcDate(issue.end),
      html: readFileSync(join(folder, "email.html"), "utf8"),
      text: readFileSync(join(folder, "email.txt"), "utf8"),
      listId: site.email.listId,
      unsubscribeUrl: site.email.unsubscribeUrl,
      unsubscribeMailto: site.email.unsubscribeMailto,
      webUrl: new URL(issue.url, `${site.url}/`).href,
    };
    const htmlBytes = Buffer.byteLength(input.html);
    if (htmlBytes > site.email.maxHtmlBytes) {
      throw new Error(
        `${issue.url}email.html is ${formatKb(htmlBytes)}, over the ${formatKb(site.email.maxHtmlBytes)} limit at which Gmail clips emails; ` +
          "shorten templates/email/ or lower the number of entries per issue",
      );
    }
    const key = messageKey(input);
    return [{ report: { issue: issue.id, htmlBytes }, key, job: { input, file: join(folder, "message.eml") } }];
  });
  const fresh = emails.filter((email) => !before.has(email.key));
  // A worker composes many messages while this thread renders the other pages. Where another worker
  // keeps the other core busy, it starts when that one is done (at 10,000 articles a third thread at once
  // only added time and memory; composing here, between this thread's pages, came last of all).
  const jobs = fresh.map((email) => email.job);
  const composing = fresh.length >= COMPOSE_WORKER_MESSAGES
    ? (otherCoreFree ?? Promise.resolve()).then(() => runJob<Uint8Array[]>(new URL("./composeJob.ts", import.meta.url), "composeAndWrite", jobs))
    : composeAndWrite(jobs);
  composing.catch(() => {}); // awaited below
  await mapConcurrently(emails.filter((email) => before.has(email.key)), EMAILS_AT_ONCE, (email) => writeFile(email.job.file, before.get(email.key)!));
  const composed = new Map((await composing).map((message, i) => [fresh[i]!.key, message]));
  if (cache && fresh.length > 0) await cache.write(new Map(emails.map((email) => [email.key, before.get(email.key) ?? composed.get(email.key)!])));
  lastReports = emails.map((email) => email.report);
  return lastReports;
}

/**
 * What a kept message is found by: every field of its input. Hashed field by field, not as one JSON
 * string: at 10,000 articles, hashing the JSON of 261 emails took 0.2 s, the fields 0.02 s.
 */
function messageKey(input: MessageInput): string {
  const hash = createHash("sha1");
  for (const [field, value] of Object.entries(input)) hash.update(field).update("\0").update(value instanceof Date ? value.toISOString() : String(value)).update("\0");
  return hash.digest("hex");
}

/** From this many messages on, starting a worker to compose them pays. */
const COMPOSE_WORKER_MESSAGES = 40;

let lastReports: EmailReport[] = [];

/** What the last build wrote, for the build summary. */
export function lastEmailReports(): EmailReport[] {
  return lastReports;
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
