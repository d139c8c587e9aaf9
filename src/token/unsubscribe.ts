import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The unsubscribe token: an HMAC-SHA256 (base64url) over the list id and the lower-cased address, keyed
 * with `LEDE_SECRET`, so that a link unsubscribes only the reader it was sent to.
 */
export function unsubscribeToken(email: string, listId: string, secret: string): string {
  return createHmac("sha256", secret).update(`${listId}\n${email.trim().toLowerCase()}`).digest("base64url");
}

/**
 * For your unsubscribe endpoint: whether `token` was made for this address and list with this secret.
 * Takes query parameters as they come (`url.searchParams.get("email")` may be null: not valid). The
 * comparison takes the same time wherever the tokens differ, so it leaks nothing about the right one.
 */
export function verifyUnsubscribeToken(email: string | null | undefined, listId: string, token: string | null | undefined, secret: string): boolean {
  if (!email || !token || !secret) return false;
  const expected = Buffer.from(unsubscribeToken(email, listId, secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The settings' unsubscribe page with the reader's address and token. */
export function personalUnsubscribeUrl(baseUrl: string, email: string, token: string): string {
  const separator = baseUrl.includes("?") ? "&" : "?";
  return `${baseUrl}${separator}email=${encodeURIComponent(email)}&token=${token}`;
}
