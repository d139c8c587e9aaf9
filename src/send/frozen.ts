import { createHash } from "node:crypto";
import type { BuiltIssueEmail } from "./issueEmail.ts";

/** One story of an issue's email, as its plain-text part shows it. */
export interface EmailEntry {
  url: string;
  headline: string;
  /** Of the story's whole block (headline, date, summary): an edit to any of them changes it. */
  digest: string;
}

export interface EmailFingerprint {
  /** Of the whole email: subject, HTML and text. */
  digest: string;
  entries: EmailEntry[];
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** What identifies the email an issue's readers get, and its stories, to say later what changed. */
export function fingerprintEmail(issue: BuiltIssueEmail): EmailFingerprint {
  return { digest: sha256(`${issue.subject}\0${issue.html}\0${issue.text}`), entries: entriesOf(issue.text) };
}

/**
 * The stories of the plain-text email (templates/email/text.njk): blocks between rules, each opening
 * with its headline and a numbered link reference, the links listed at the end.
 */
function entriesOf(text: string): EmailEntry[] {
  const links = new Map<string, string>();
  for (const [, number, url] of text.matchAll(/^\[(\d+)\] (\S+)$/gm)) links.set(number!, url!);
  const entries: EmailEntry[] = [];
  for (const block of text.split(/\n-{20,}\n/).slice(1)) {
    const opening = /^\s*([\s\S]*?) \[(\d+)\]\n/.exec(block);
    const url = opening && links.get(opening[2]!);
    if (!opening || !url) continue;
    entries.push({ url, headline: opening[1]!.replace(/\s+/g, " "), digest: sha256(block.trim()) });
  }
  return entries;
}

/**
 * What changed between the email first sent and the one built now, for the editor: stories added,
 * edited or removed, or, when the stories are the same, the rest of the email (layout, settings).
 */
export function describeChanges(before: EmailEntry[], after: EmailEntry[]): string[] {
  const previous = new Map(before.map((entry) => [entry.url, entry]));
  const current = new Map(after.map((entry) => [entry.url, entry]));
  const quote = (entry: EmailEntry) => `"${entry.headline}"`;
  const changes: string[] = [];
  const added = after.filter((entry) => !previous.has(entry.url));
  const edited = after.filter((entry) => previous.has(entry.url) && previous.get(entry.url)!.digest !== entry.digest);
  const removed = before.filter((entry) => !current.has(entry.url));
  if (added.length > 0) changes.push(`added ${added.map(quote).join(", ")}`);
  if (edited.length > 0) changes.push(`edited ${edited.map(quote).join(", ")}`);
  if (removed.length > 0) changes.push(`removed ${removed.map(quote).join(", ")}`);
  if (changes.length === 0) changes.push("the same stories, but the rest of the email changed (its layout, subject or settings)");
  return changes;
}
