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
