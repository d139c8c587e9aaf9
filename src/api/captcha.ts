import type { ApiSettings } from "../site/settings.ts";

/** The form field each provider's widget fills in with its answer. */
export const CAPTCHA_FIELDS = { hcaptcha: "h-captcha-response", turnstile: "cf-turnstile-response" } as const;

/**
 * Ask the provider whether the form's CAPTCHA answer is good (hCaptcha and Turnstile take the same
 * request: `secret`, `response`, `remoteip`, and answer `{ "success": true }`). A provider that does not
 * answer within five seconds counts as a failure: the reader can try again.
 */
export async function verifyCaptcha(captcha: ApiSettings["captcha"], secret: string, response: unknown, ip: string): Promise<boolean> {
  if (typeof response !== "string" || response === "" || response.length > 8192) return false;
  try {
    const answer = await fetch(captcha.verifyUrl, {
      method: "POST",
      body: new URLSearchParams({ secret, response, remoteip: ip }),
      signal: AbortSignal.timeout(5000),
    });
    return answer.ok && ((await answer.json()) as { success?: unknown }).success === true;
  } catch {
    return false;
  }
}
