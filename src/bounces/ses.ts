import { isValidAddress } from "../email/address.ts";
import type { RelayEvent } from "./events.ts";

interface SesRecipient {
  emailAddress?: unknown;
  status?: unknown;
  diagnosticCode?: unknown;
}

/**
 * The events in an Amazon SES notification (the `Message` of an SNS Notification, as JSON): a `Bounce`
 * whose bounceType is `Permanent` bounces each recipient; `Transient` and `Undetermined` ones are soft;
 * a `Complaint` unsubscribes each complaining recipient. Deliveries and other types carry none. Event
 * publishing names the type `eventType` instead of `notificationType`; both are read.
 */
export function sesEvents(messageText: string): RelayEvent[] | { error: string } {
  let message: Record<string, unknown>;
  try {
    message = JSON.parse(messageText) as Record<string, unknown>;
  } catch {
    return { error: "the notification's Message is not JSON" };
  }
  if (typeof message !== "object" || message === null) return { error: "the notification's Message is not a JSON object" };
  const type = message.notificationType ?? message.eventType;
  if (type === "Bounce") {
    const bounce = (message.bounce ?? {}) as { bounceType?: unknown; bounceSubType?: unknown; bouncedRecipients?: unknown };
    const permanent = bounce.bounceType === "Permanent";
    return recipients(bounce.bouncedRecipients).map((recipient) => ({
      email: recipient.email,
      kind: permanent ? "bounce" : "soft-bounce",
      reason: ["ses", `${String(bounce.bounceType)}/${String(bounce.bounceSubType)}`, recipient.status, recipient.diagnostic].filter(Boolean).join(" "),
    }));
  }
  if (type === "Complaint") {
    const complaint = (message.complaint ?? {}) as { complainedRecipients?: unknown; complaintFeedbackType?: unknown };
    const feedback = typeof complaint.complaintFeedbackType === "string" ? complaint.complaintFeedbackType : "complaint";
    return recipients(complaint.complainedRecipients).map((recipient) => ({ email: recipient.email, kind: "complaint", reason: `ses ${feedback}` }));
  }
  return [];
}

/** Each recipient with a valid address; others are skipped (SES reports what it was sent to). */
function recipients(list: unknown): Array<{ email: string; status: string; diagnostic: string }> {
  if (!Array.isArray(list)) return [];
  return (list as SesRecipient[])
    .filter((recipient) => typeof recipient?.emailAddress === "string" && isValidAddress(recipient.emailAddress.trim()))
    .map((recipient) => ({
      email: (recipient.emailAddress as string).trim(),
      status: typeof recipient.status === "string" ? recipient.status.slice(0, 20) : "",
      diagnostic: typeof recipient.diagnosticCode === "string" ? recipient.diagnosticCode.slice(0, 300) : "",
    }));
}
