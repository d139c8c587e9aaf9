/**
 * An ASCII dot-atom address with a dotted domain, at most 254 characters: what every SMTP server accepts
 * without SMTPUTF8. The same rule for a CSV row, a sign-up form and the API.
 */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const ADDRESS = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`);

export function isValidAddress(email: string): boolean {
  return email.length <= 254 && ADDRESS.test(email);
}

/** One reader per address whatever its case: `Ann@Example.com` and `ann@example.com` are the same key. */
export function addressKey(email: string): string {
  return email.trim().toLowerCase();
}

/** The bare address of `Name <address>`: the envelope sender. */
export function envelopeAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

/** `ann.smith@example.com` → `a…@example.com`: enough to follow a log, not to collect addresses from it. */
export function maskAddress(email: string): string {
  const at = email.lastIndexOf("@");
  return at > 0 ? `${email[0]}…${email.slice(at)}` : "…";
}
