import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { confirmSubscription } from "../../store/subscribers.ts";
import { checkConfirmToken } from "../../token/confirm.ts";
import { answer } from "../answer.ts";
import type { ApiContext } from "../server.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const tokenSchema = { type: "object", properties: { token: { type: "string", maxLength: 600 } } };

/**
 * `GET /confirm?token=…` (the emailed link) shows a button and changes nothing, since mail scanners open
 * every link in a message; `POST /confirm` (the button) subscribes the reader.
 */
export function confirmRoutes(app: FastifyInstance, context: ApiContext): void {
  const { site, store, pages } = context;

  const check = (request: FastifyRequest, reply: FastifyReply, token: unknown) => {
    const result = checkConfirmToken(token, site.email.listId, context.secret, context.now(), site.api.pendingDays * DAY_MS);
    if (result.valid) return result;
    answer(request, reply, pages, result.reason === "expired"
      ? { status: 410, code: "expired", heading: "This link has expired", message: `Confirmation links work for ${site.api.pendingDays} days. Sign up again and we will send a new one.`, offerForm: true }
      : { status: 403, code: "invalid-token", heading: "This link does not work", message: "It may have been cut short or changed. Copy the whole link from the email, or sign up again.", offerForm: true });
    return undefined;
  };

  app.get<{ Querystring: { token?: string } }>("/confirm", { schema: { querystring: tokenSchema } }, async (request, reply) => {
    const valid = check(request, reply, request.query.token);
    if (!valid) return reply;
    return answer(request, reply, pages, {
      status: 200, code: "confirm", heading: "Confirm your subscription", message: "", page: "confirm",
      data: { email: valid.email, token: request.query.token },
    });
  });

  // The token comes in the button's form (or a JSON body, or the query); checkConfirmToken checks its shape.
  app.post<{ Querystring: { token?: string }; Body: { token?: unknown } | undefined }>("/confirm", { schema: { querystring: tokenSchema } }, async (request, reply) => {
    const valid = check(request, reply, request.body?.token ?? request.query.token);
    if (!valid) return reply;
    const outcome = await confirmSubscription(store, valid.email, valid.issuedAt, request.ip, context.now());
    if (outcome === "confirmed" || outcome === "already-subscribed") {
      return answer(request, reply, pages, {
        status: 200, code: outcome === "confirmed" ? "subscribed" : "already-subscribed", heading: "You are subscribed", page: "confirmed",
        message: `${site.title} will arrive at ${valid.email}.`, data: { email: valid.email, already: outcome === "already-subscribed" },
      });
    }
    return answer(request, reply, pages, outcome === "withdrawn"
      ? { status: 409, code: "unsubscribed-since", heading: "You unsubscribed since", message: "This link is older than your last unsubscribe, so it cannot undo it. Sign up again to come back.", offerForm: true }
      : { status: 410, code: "expired", heading: "This sign-up has expired", message: "Sign up again and we will send a new link.", offerForm: true });
  });
}
