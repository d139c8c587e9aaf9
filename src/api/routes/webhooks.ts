import type { FastifyError, FastifyInstance, FastifyReply } from "fastify";
import { applyRelayEvents } from "../../bounces/events.ts";
import { mailgunEvents } from "../../bounces/mailgun.ts";
import { sesEvents } from "../../bounces/ses.ts";
import { certificateCache, fetchTextOverHttps, isSnsUrl, snsMessageOf, verifySnsMessage } from "../../bounces/sns.ts";
import type { ApiContext } from "../server.ts";

/** An SNS notification carries the original email's headers: far more than a sign-up, still bounded. */
const WEBHOOK_BODY_LIMIT = 256 * 1024;

/**
 * `POST /webhooks/ses` (Amazon SES through SNS) and `POST /webhooks/mailgun`: a relay's bounce and
 * complaint reports. Each call is checked (SNS: topic and signature; Mailgun: HMAC signature and age)
 * before anything changes; a refused one changes nothing and is answered 400 or 403 in JSON. Only the
 * relays that are configured get a route.
 */
export async function webhookRoutes(app: FastifyInstance, context: ApiContext): Promise<void> {
  const { site, store, log } = context;
  const topicArn = site.api.webhooks.sesTopicArn;
  const mailgunKey = context.mailgunSigningKey ?? "";
  if (!topicArn && !mailgunKey) return;
  const fetchText = context.fetchText ?? fetchTextOverHttps;
  const certificate = certificateCache(fetchText);
  const config = { rateLimit: { max: site.api.webhooks.requestsPerMinute, timeWindow: 60_000 } };
  const refuse = (reply: FastifyReply, relay: string, refusal: { status: number; code: string; message: string }) => {
    log(`webhook ${relay}: refused (${refusal.code}: ${refusal.message})`);
    return reply.code(refusal.status).send({ error: refusal.code, message: refusal.message });
  };

  // Their own scope: SNS posts JSON as text/plain, and neither relay sends a form.
  await app.register(async (scope) => {
    // Relays read the status (and, when looking into a failure, JSON): never the service's HTML pages.
    scope.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        log(`error on ${request.method} ${request.url}: ${error.message}`);
        return reply.code(500).send({ error: "server-error", message: "try again later" });
      }
      const code = status === 429 ? "rate-limited" : (error.code?.toLowerCase() ?? "bad-request");
      return reply.code(status).send({ error: code, message: error.message });
    });
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(["application/json", "text/plain"], { parseAs: "string", bodyLimit: WEBHOOK_BODY_LIMIT }, (_request, body, done) => {
      try {
        done(null, JSON.parse(body as string));
      } catch {
        done(Object.assign(new Error("the body is not JSON"), { statusCode: 400, code: "INVALID_JSON" }), undefined);
      }
    });

    if (topicArn) {
      scope.post("/webhooks/ses", { bodyLimit: WEBHOOK_BODY_LIMIT, config }, async (request, reply) => {
        const message = snsMessageOf(request.body);
        if ("status" in message) return refuse(reply, "ses", message);
        const refusal = await verifySnsMessage(message, topicArn, certificate, context.now());
        if (refusal) return refuse(reply, "ses", refusal);
        if (message.Type === "SubscriptionConfirmation") {
          // Signed by SNS for our topic: confirm it, at SNS's own address only.
          if (!isSnsUrl(message.SubscribeURL!)) return refuse(reply, "ses", { status: 403, code: "untrusted-subscribe-url", message: "SubscribeURL is not on sns.<region>.amazonaws.com" });
          try {
            await fetchText(message.SubscribeURL!);
          } catch (cause) {
            return refuse(reply, "ses", { status: 502, code: "confirmation-failed", message: `cannot confirm the subscription: ${(cause as Error).message}` });
          }
          log(`webhook ses: confirmed the SNS subscription to ${topicArn}`);
          return reply.send({ status: "subscription-confirmed" });
        }
        if (message.Type === "UnsubscribeConfirmation") {
          log(`webhook ses: the SNS subscription to ${topicArn} was ended; bounces from SES no longer arrive here`);
          return reply.send({ status: "ok" });
        }
        const events = sesEvents(message.Message);
        if ("error" in events) return refuse(reply, "ses", { status: 400, code: "not-an-ses-notification", message: events.error });
        const applied = await applyRelayEvents(store, events, context.now(), (line) => log(`webhook ses: ${line}`));
        return reply.send({ status: "ok", ...applied });
      });
    }

    if (mailgunKey) {
      scope.post("/webhooks/mailgun", { bodyLimit: WEBHOOK_BODY_LIMIT, config }, async (request, reply) => {
        const events = mailgunEvents(request.body, mailgunKey, context.now());
        if ("status" in events) return refuse(reply, "mailgun", events);
        const applied = await applyRelayEvents(store, events, context.now(), (line) => log(`webhook mailgun: ${line}`));
        return reply.send({ status: "ok", ...applied });
      });
    }
  });
}
