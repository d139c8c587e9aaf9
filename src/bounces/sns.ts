import { createVerify, X509Certificate } from "node:crypto";

/** An Amazon SNS message as it arrives over HTTP(S): every field SNS signs, as strings. */
export interface SnsMessage {
  Type: "Notification" | "SubscriptionConfirmation" | "UnsubscribeConfirmation";
  MessageId: string;
  TopicArn: string;
  Message: string;
  Timestamp: string;
  SignatureVersion: "1" | "2";
  Signature: string;
  SigningCertURL: string;
  Subject?: string;
  Token?: string;
  SubscribeURL?: string;
}

/** Why a message is refused: 400 it is not an SNS message, 403 it is not one from the configured topic. */
export interface SnsRefusal {
  status: 400 | 403 | 502;
  code: string;
  message: string;
}

/** Fetches a URL's text (the signing certificate, or a subscription's confirmation). */
export type FetchText = (url: string) => Promise<string>;

const TYPES = new Set(["Notification", "SubscriptionConfirmation", "UnsubscribeConfirmation"]);
const REQUIRED = ["Type", "MessageId", "TopicArn", "Message", "Timestamp", "SignatureVersion", "Signature", "SigningCertURL"] as const;

/** The fields of a parsed JSON body, or why it is not an SNS message. */
export function snsMessageOf(body: unknown): SnsMessage | SnsRefusal {
  const refuse = (message: string): SnsRefusal => ({ status: 400, code: "not-an-sns-message", message });
  if (typeof body !== "object" || body === null || Array.isArray(body)) return refuse("the body is not a JSON object");
  const fields = body as Record<string, unknown>;
  for (const name of REQUIRED) if (typeof fields[name] !== "string") return refuse(`no ${name} string`);
  for (const name of ["Subject", "Token", "SubscribeURL"]) {
    if (fields[name] !== undefined && fields[name] !== null && typeof fields[name] !== "string") return refuse(`${name} is not a string`);
  }
  if (!TYPES.has(fields.Type as string)) return refuse(`unknown Type ${JSON.stringify(fields.Type)}`);
  if (fields.SignatureVersion !== "1" && fields.SignatureVersion !== "2") return refuse(`unknown SignatureVersion ${JSON.stringify(fields.SignatureVersion)}`);
  if (fields.Type !== "Notification" && (typeof fields.Token !== "string" || typeof fields.SubscribeURL !== "string")) return refuse(`a ${fields.Type} without Token and SubscribeURL`);
  return fields as unknown as SnsMessage;
}

/**
 * Whether a URL is one of Amazon SNS's own: https, on `sns.<region>.amazonaws.com` (or `.com.cn`), default
 * port, no credentials. The signing certificate is fetched, and a subscription confirmed, only there:
 * anyone can put any URL in a forged message.
 */
export function isSnsUrl(url: string, pathEnding = ""): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === "https:" && parsed.port === "" && parsed.username === "" && parsed.password === ""
    && /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(parsed.hostname) && parsed.pathname.endsWith(pathEnding);
}

/** The text SNS signs: the message's fields in this order, each `Name\nvalue\n` (Subject only when present). */
export function stringToSign(message: SnsMessage): string {
  const names = message.Type === "Notification"
    ? ["Message", "MessageId", ...(typeof message.Subject === "string" ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
    : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  return names.map((name) => `${name}\n${message[name as keyof SnsMessage]}\n`).join("");
}

/**
 * Certificates by URL, fetched once (SNS signs with a few, changed rarely); a failed fetch is not kept, so
 * the next message tries again. At most `max` kept: a flood of valid-looking URLs cannot grow it.
 */
export function certificateCache(fetchText: FetchText, max = 20): (url: string) => Promise<X509Certificate> {
  const cache = new Map<string, Promise<X509Certificate>>();
  return (url) => {
    let certificate = cache.get(url);
    if (!certificate) {
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      certificate = fetchText(url).then((pem) => new X509Certificate(pem));
      cache.set(url, certificate);
      certificate.catch(() => cache.delete(url));
    }
    return certificate;
  };
}

/**
 * Check a message as AWS documents: from the configured topic, signed (SHA1 for version 1, SHA256 for 2)
 * by a certificate fetched from SNS's own host and valid now. Returns why it is refused, or undefined.
 */
export async function verifySnsMessage(message: SnsMessage, topicArn: string, certificate: (url: string) => Promise<X509Certificate>, now: Date): Promise<SnsRefusal | undefined> {
  if (message.TopicArn !== topicArn) return { status: 403, code: "wrong-topic", message: `topic ${message.TopicArn} is not the configured one` };
  if (!isSnsUrl(message.SigningCertURL, ".pem")) {
    return { status: 403, code: "untrusted-certificate", message: "SigningCertURL is not an https .pem on sns.<region>.amazonaws.com" };
  }
  let cert: X509Certificate;
  try {
    cert = await certificate(message.SigningCertURL);
  } catch (cause) {
    return { status: 502, code: "certificate-unavailable", message: `cannot fetch the signing certificate: ${(cause as Error).message}` };
  }
  if (now < new Date(cert.validFrom) || now > new Date(cert.validTo)) return { status: 403, code: "untrusted-certificate", message: "the signing certificate is not valid now" };
  const verifier = createVerify(message.SignatureVersion === "1" ? "RSA-SHA1" : "RSA-SHA256");
  verifier.update(stringToSign(message), "utf8");
  let valid = false;
  try {
    valid = verifier.verify(cert.publicKey, message.Signature, "base64");
  } catch {
    valid = false;
  }
  return valid ? undefined : { status: 403, code: "invalid-signature", message: "the signature does not match the message" };
}

/** Production's fetch: https only (the URL was checked), no redirects, 5 s, 64 KB at most. */
export async function fetchTextOverHttps(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new Error(`${response.status} from ${new URL(url).host}`);
  const text = await response.text();
  if (text.length > 64 * 1024) throw new Error(`the answer from ${new URL(url).host} is too long`);
  return text;
}
