import { composeMessage, personalComposer } from "../email/message.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { BuiltIssueEmail } from "./issueEmail.ts";
import { personalUnsubscribeUrl, unsubscribeToken } from "../token/unsubscribe.ts";

type Reader = { email: string; name?: string | undefined };

/**
 * The built email links every reader to the same unsubscribe page; the sent one carries the reader's own
 * signed link instead. Says what is wrong when the built email has no such link (settings changed since the
 * build): readers would get a link that does not name them.
 */
export function checkUnsubscribeLinks(issue: BuiltIssueEmail, unsubscribeUrl: string): string | undefined {
  if (htmlLinks(issue.html, unsubscribeUrl).length > 1 && textLinks(issue.text, unsubscribeUrl).length > 1) return undefined;
  return `the built email of ${issue.id} has no link to email.unsubscribeUrl (${unsubscribeUrl}) in its HTML and text: run lede build again after changing _data/site.ts`;
}

/** The reader's own message: their name in `To`, their signed unsubscribe link in the headers and bodies. */
export async function personalMessage(site: SiteSettings, issue: BuiltIssueEmail, subscriber: Reader, secret: string): Promise<Buffer> {
  const generic = site.email.unsubscribeUrl;
  const url = personalUnsubscribeUrl(generic, subscriber.email, unsubscribeToken(subscriber.email, site.email.listId, secret));
  return composeMessage({
    from: site.email.from,
    to: addressee(subscriber),
    subject: issue.subject,
    date: new Date(),
    html: htmlLinks(issue.html, generic).join(`"${escapeAttribute(url)}"`),
    text: textLinks(issue.text, generic).join(url),
    listId: site.email.listId,
    unsubscribeUrl: url,
    unsubscribeMailto: site.email.unsubscribeMailto,
    webUrl: issue.webUrl,
  });
}

/**
 * Composes each reader's message as personalMessage does, from one frame per issue (see
 * personalComposer): what differs between readers is their `To` and unsubscribe link.
 */
export function personalMessages(site: SiteSettings, issue: BuiltIssueEmail, secret: string): (reader: Reader) => Promise<Buffer> {
  const generic = site.email.unsubscribeUrl;
  const compose = personalComposer({
    from: site.email.from, subject: issue.subject, html: htmlLinks(issue.html, generic), text: textLinks(issue.text, generic),
    listId: site.email.listId, unsubscribeMailto: site.email.unsubscribeMailto, webUrl: issue.webUrl,
  });
  if (!compose) return (reader) => personalMessage(site, issue, reader, secret);
  return async (reader) => {
    const url = personalUnsubscribeUrl(generic, reader.email, unsubscribeToken(reader.email, site.email.listId, secret));
    return compose({ to: addressee(reader), unsubscribeUrl: url, htmlInsert: `"${escapeAttribute(url)}"`, textInsert: url });
  };
}

/** The reader as `To` names them: `"Ann Smith" <ann@example.com>`, or the bare address. */
function addressee(reader: Reader): string {
  return reader.name ? `"${reader.name.replace(/(["\\])/g, "\\$1")}" <${reader.email}>` : reader.email;
}

/** The HTML split at each attribute whose whole value is the URL (not at longer URLs that start with it). */
function htmlLinks(html: string, url: string): string[] {
  return html.split(`"${escapeAttribute(url)}"`);
}

/** The text split at each whole occurrence of the URL. */
function textLinks(text: string, url: string): string[] {
  return text.split(new RegExp(`${url.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=\\s|$)`));
}

/** As Nunjucks' autoescape wrote the settings' URL into the template, so that it is found and replaced. */
function escapeAttribute(value: string): string {
  const entities: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;" };
  return value.replace(/[&"'<>]/g, (char) => entities[char]!);
}
