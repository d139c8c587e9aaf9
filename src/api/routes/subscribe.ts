import type { FastifyInstance } from "fastify";
import { isValidAddress } from "../../email/address.ts";
import { requestSubscription } from "../../store/subscribers.ts";
import { answer, wantsJson } from "../answer.ts";
import { CAPTCHA_FIELDS, verifyCaptcha } from "../captcha.ts";
import type { ApiContext } from "../server.ts";

interface SignUpBody {
  email: string;
  name?: string;
  /** The honeypot: people never see it, bots fill it in. */
  website?: string;
  /** The page the form was on. */
  source?: string;
  [captchaField: string]: string | undefined;
}

const short = (maxLength: number) => ({ type: "string", maxLength });

const signUpSchema = {
  body: {
    type: "object",
    required: ["email"],
    properties: {
      email: short(320), name: short(200), website: short(500), source: short(500),
      [CAPTCHA_FIELDS.hcaptcha]: short(8192), [CAPTCHA_FIELDS.turnstile]: short(8192),
    },
  },
};

/** `POST /subscribe` and the form page `GET /subscribe`; `GET /check-your-inbox`, where a form post lands. */
export function subscribeRoutes(app: FastifyInstance, context: ApiContext): void {
  const { site, store, pages, mailer, log } = context;
  const { rateLimit, captcha } = site.api;

  app.get("/subscribe", async (request, reply) =>
    reply.type("text/html; charset=utf-8").send(pages.page("subscribe", "Subscribe", { subscribeSource: "api" })));

  app.get("/check-your-inbox", async (request, reply) =>
    answer(request, reply, pages, { status: 200, code: "check-your-inbox", heading: "Check your inbox", message: "", page: "check-inbox" }));

  app.post<{ Body: SignUpBody }>("/subscribe", {
    schema: signUpSchema,
    config: { rateLimit: { max: rateLimit.signUpsPerHour, timeWindow: 3_600_000 } },
  }, async (request, reply) => {
    const { body } = request;
    const email = body.email.trim();
    // The same answer whatever happened below (queued, already subscribed, over the limit, a bot):
    // nobody can learn from it whether an address subscribes.
    const accepted = () => (wantsJson(request)
      ? reply.code(202).send({ status: "check-your-inbox", message: "If the address can subscribe, a confirmation email is on its way." })
      : reply.code(303).header("location", `${site.api.url}/check-your-inbox`).send());
    if (!isValidAddress(email)) {
      return answer(request, reply, pages, {
        status: 400, code: "invalid-email", heading: "Check the address", page: "subscribe",
        message: "That does not look like an email address. Write it as name@example.com.",
        data: { subscribeError: "That does not look like an email address. Write it as name@example.com.", subscribeEmail: email.slice(0, 254), subscribeSource: body.source },
      });
    }
    if (body.website) {
      log(`sign-up ignored: the honeypot field was filled in (${request.ip})`);
      return accepted();
    }
    if (captcha.siteKey && !(await verifyCaptcha(captcha, context.captchaSecret, body[CAPTCHA_FIELDS[captcha.provider]], request.ip))) {
      return answer(request, reply, pages, {
        status: 400, code: "captcha-failed", heading: "Please try again", page: "subscribe",
        message: "The check that you are a person did not pass. Please try again.",
        data: { subscribeError: "The check that you are a person did not pass. Please try again.", subscribeEmail: email, subscribeSource: body.source },
      });
    }
    const outcome = await requestSubscription(store, {
      email,
      name: body.name?.replace(/[\p{Cc}\s]+/gu, " ").trim().slice(0, 100),
      ip: request.ip,
      source: /^https?:\/\//.test(body.source ?? "") ? body.source! : "api",
      at: context.now(),
    }, site.api.confirmationsPerDay);
    if (outcome === "confirmation-queued") mailer.kick();
    return accepted();
  });
}
