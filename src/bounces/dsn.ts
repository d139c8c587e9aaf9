import { simpleParser } from "mailparser";
import { isValidAddress } from "../email/address.ts";

/** One recipient of a delivery status notification that did not get the message. */
export interface RecipientBounce {
  email: string;
  /** `hard`: refused for good (Status 5.x.x); `soft`: for now (4.x.x, or `Action: delayed`). */
  kind: "hard" | "soft";
  action: string;
  /** The RFC 3463 code, `5.1.1`; empty when the report has none. */
  status: string;
  /** The remote server's words (`smtp; 550 5.1.1 User unknown`), when given. */
  diagnostic: string;
}

export type DsnReading = { bounces: RecipientBounce[] } | { error: string };

const REPORT_PARTS = new Set(["message/delivery-status", "message/global-delivery-status"]);

/**
 * Read a delivery status notification (RFC 3464): a `multipart/report; report-type=delivery-status`
 * message whose `message/delivery-status` part has one block of fields per recipient. Recipients that
 * were delivered, relayed or expanded are not bounces and are left out. Never throws: a message that is
 * not a DSN, or a broken one, is an `error` that says why.
 */
export async function readDsn(raw: Buffer): Promise<DsnReading> {
  let mail;
  try {
    // mailparser folds the delivery-status part into the text unless told to keep it apart.
    mail = await simpleParser(raw, { keepDeliveryStatus: true });
  } catch (cause) {
    return { error: `not readable as an email: ${(cause as Error).message}` };
  }
  const contentType = mail.headers.get("content-type") as { value?: string; params?: Record<string, string> } | undefined;
  const type = contentType?.value?.toLowerCase() ?? "text/plain";
  const reportType = contentType?.params?.["report-type"]?.toLowerCase();
  if (type !== "multipart/report" || (reportType !== "delivery-status" && reportType !== "global-delivery-status")) {
    return { error: `not a delivery status notification (Content-Type ${type}${reportType ? `; report-type=${reportType}` : ""}, not multipart/report; report-type=delivery-status)` };
  }
  const part = mail.attachments.find((attachment) => REPORT_PARTS.has(attachment.contentType.toLowerCase()));
  if (!part) return { error: "a multipart/report without its message/delivery-status part" };
  // The first block is about the message (Reporting-MTA…); each next one is about one recipient.
  const recipients = fieldBlocks(part.content.toString("utf8")).filter((fields) => fields.has("final-recipient") || fields.has("original-recipient"));
  if (recipients.length === 0) return { error: "the delivery-status part names no recipient" };
  const bounces: RecipientBounce[] = [];
  for (const [index, fields] of recipients.entries()) {
    const action = (fields.get("action") ?? "").toLowerCase();
    if (action !== "failed" && action !== "delayed") continue;
    // The address Lede sent to is the original one; the final one may be where it was forwarded.
    const email = addressOf(fields.get("original-recipient")) ?? addressOf(fields.get("final-recipient"));
    if (!email) return { error: `recipient ${index + 1} has no rfc822 address in Original-Recipient or Final-Recipient` };
    const status = /^\s*([245]\.\d{1,3}\.\d{1,3})/.exec(fields.get("status") ?? "")?.[1] ?? "";
    const kind = action === "failed" && status.startsWith("5.") ? "hard" : "soft";
    bounces.push({ email, kind, action, status, diagnostic: fields.get("diagnostic-code") ?? "" });
  }
  return { bounces };
}

/** The part's blocks of `Name: value` fields (continuation lines unfolded), split at blank lines; names lower-cased. */
function fieldBlocks(text: string): Array<Map<string, string>> {
  const blocks: Array<Map<string, string>> = [];
  let block = new Map<string, string>();
  let last: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") {
      if (block.size > 0) blocks.push(block);
      block = new Map();
      last = undefined;
    } else if (/^[ \t]/.test(line) && last) {
      block.set(last, `${block.get(last)} ${line.trim()}`);
    } else {
      const colon = line.indexOf(":");
      if (colon <= 0) continue;
      last = line.slice(0, colon).trim().toLowerCase();
      block.set(last, line.slice(colon + 1).trim());
    }
  }
  if (block.size > 0) blocks.push(block);
  return blocks;
}

/** `rfc822; <Ann@Example.org>` → `Ann@Example.org`; another address type, or no valid address, → undefined. */
function addressOf(field: string | undefined): string | undefined {
  const match = /^\s*rfc822\s*;\s*<?([^<>\s]+?)>?\s*$/i.exec(field ?? "");
  return match && isValidAddress(match[1]!) ? match[1] : undefined;
}
