import formBody from "@fastify/formbody";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { maskAddress } from "../email/address.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { Store } from "../store/open.ts";
import type { FetchText } from "../bounces/sns.ts";
import type { Activity } from "./activity.ts";
import { answer } from "./answer.ts";
import type { Pages } from "./pages.ts";
import { confirmRoutes } from "./routes/confirm.ts";
import { healthRoutes } from "./routes/health.ts";
import { subscribeRoutes } from "./routes/subscribe.ts";
import { unsubscribeRoutes } from "./routes/unsubscribe.ts";
import { webhookRoutes } from "./routes/webhooks.ts";

/** What the routes share. */
export interface ApiContext {
  site: SiteSettings;
  store: Store;
  /** LEDE_SECRET: signs and checks the confirmation and unsubscribe tokens. */
  secret: string;
  captchaSecret: string;
  pages: Pages;
  mailer: { kick(): void };
  /** Requests being answered: the confirmation emails slow down meanwhile. */
  activity: Activity;
  now: () => Date;
  /** LEDE_MAILGUN_SIGNING_KEY: checks Mailgun's webhook signatures; empty or absent, no Mailgun webhook. */
  mailgunSigningKey?: string;
  /** Fetches an SNS signing certificate, or confirms an SNS subscription (https on SNS's hosts only); tests serve their own. */
  fetchText?: FetchText;
  /** One line per request and per event; never a token, a secret or a whole address. */
  log: (line: string) => void;
}

/** A sign-up is a few hundred bytes; nothing the service takes comes near this. */
const BODY_LIMIT = 16 * 1024;

const CAPTCHA_ORIGINS = { hcaptcha: ["https://js.hcaptcha.com", "https://*.hcaptcha.com"], turnstile: ["https://challenges.cloudflare.com"] };

/** The `lede api` application, ready to `listen()` or to `inject()` requests into. */
export async function createApi(context: ApiContext): Promise<FastifyInstance> {
  const { site } = context;
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    trustProxy: site.api.trustProxy,
    // A client that trickles its request does not hold a connection for long.
    requestTimeout: 10_000,
    connectionTimeout: 10_000,
    return503OnClosing: true,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false } },
  });

  const siteOrigin = new URL(site.url).origin;
  const captchaOrigins = site.api.captcha.siteKey ? CAPTCHA_ORIGINS[site.api.captcha.provider] : [];
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: [siteOrigin],
        imgSrc: [siteOrigin, "data:"],
        // Only a CAPTCHA's widget runs script; without one, default-src 'none' says so.
        ...(captchaOrigins.length > 0 ? { scriptSrc: captchaOrigins, frameSrc: captchaOrigins, connectSrc: captchaOrigins } : {}),
        formAction: ["'self'", new URL(site.api.url || "http://localhost").origin],
        baseUri: [siteOrigin],
        frameAncestors: ["'none'"],
      },
    },
    // The pages carry tokens in their address: no Referer leaves them.
    referrerPolicy: { policy: "no-referrer" },
  });
  await app.register(formBody, { bodyLimit: BODY_LIMIT });
  // RFC 8058 allows the one-click POST as multipart/form-data: fields only, small ones.
  await app.register(multipart, { attachFieldsToBody: "keyValues", limits: { fields: 20, fieldSize: 8192, files: 0, parts: 20, headerPairs: 50 } });
  await app.register(rateLimit, {
    global: true,
    max: site.api.rateLimit.requestsPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.ip,
  });

  app.addHook("onRequest", async () => context.activity.started());
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("cache-control", "no-store"); // answers hold tokens and addresses
    return payload;
  });
  app.addHook("onResponse", async (request, reply) => {
    context.activity.ended();
    context.log(`${request.ip} ${request.method} ${redactQuery(request.url)} ${reply.statusCode} ${reply.elapsedTime.toFixed(0)} ms`);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 429) {
      return answer(request, reply, context.pages, { status, code: "rate-limited", heading: "Too many requests", message: "Too many requests from your address. Wait a few minutes, then try again." });
    }
    if (error.validation) {
      return answer(request, reply, context.pages, { status: 400, code: "invalid-request", heading: "Something is missing", message: "The form was not filled in as expected. Go back and try again.", offerForm: true });
    }
    if (status < 500) {
      return answer(request, reply, context.pages, { status, code: error.code?.toLowerCase() ?? "bad-request", heading: "That did not work", message: error.message });
    }
    context.log(`error on ${request.method} ${redactQuery(request.url)}: ${error.message}`);
    return answer(request, reply, context.pages, { status: 500, code: "server-error", heading: "Something went wrong", message: "The service could not do that just now. Please try again in a few minutes." });
  });
  app.setNotFoundHandler((request, reply) =>
    answer(request, reply, context.pages, { status: 404, code: "not-found", heading: "Page not found", message: "There is nothing at this address." }));

  subscribeRoutes(app, context);
  confirmRoutes(app, context);
  unsubscribeRoutes(app, context);
  healthRoutes(app, context);
  await webhookRoutes(app, context);
  return app;
}

/** `/unsubscribe?email=ann@example.com&token=Zm9v…` → `…?email=a…@example.com&token=Zm9v…`: logs never hold a whole token or address. */
export function redactQuery(url: string): string {
  return url.replace(/([?&](?:token|email)=)([^&#]*)/gi, (_, name: string, value: string) => {
    const decoded = safeDecode(value);
    return `${name}${name.toLowerCase().includes("email") ? maskAddress(decoded) : `${decoded.slice(0, 6)}…`}`;
  });
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
