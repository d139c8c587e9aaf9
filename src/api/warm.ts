import type { FastifyInstance } from "fastify";

/**
 * A client address from TEST-NET-1 (RFC 5737), which no real reader has: the warm-up's requests use up
 * nobody's rate limit.
 */
const WARM_UP_CLIENT = "192.0.2.1";

/**
 * Answers each kind of request once before the service listens, none of them changing anything: the
 * first real readers then meet compiled templates, schemas and queries instead of waiting behind them
 * (in the benchmark the first 50 sign-ups took 400 ms each without this).
 */
export async function warmUp(app: FastifyInstance, prepare: () => Promise<unknown>): Promise<void> {
  await prepare();
  const form = { "content-type": "application/x-www-form-urlencoded" };
  const requests = [
    { method: "GET", url: "/health" },
    { method: "GET", url: "/subscribe" },
    { method: "GET", url: "/check-your-inbox" },
    { method: "POST", url: "/subscribe", headers: form, payload: "email=not-an-address" },
    { method: "POST", url: "/subscribe", headers: { accept: "application/json" }, payload: { email: "not-an-address" } },
    { method: "GET", url: "/confirm?token=warm-up" },
    { method: "GET", url: "/unsubscribe?email=warm-up%40example.com&token=warm-up" },
    { method: "GET", url: "/warm-up" },
  ] as const;
  for (const request of requests) await app.inject({ ...request, remoteAddress: WARM_UP_CLIENT });
}
