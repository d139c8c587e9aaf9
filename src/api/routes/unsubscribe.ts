import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { unsubscribe } from "../../store/subscribers.ts";
import { verifyUnsubscribeToken } from "../../token/unsubscribe.ts";
import { answer } from "../answer.ts";
import type { ApiContext } from "../server.ts";

interface UnsubscribeQuery {
  email?: string;
  token?: string;
}

const linkSchema = { type: "object", properties: { email: { type: "string", maxLength: 320 }, token: { type: "string", maxLength: 100 } } };

/**
 * The link in every email: `GET` shows a page with one button and changes nothing (link scanners open
 * every URL in a message); `POST` (that button, or a mail client's one-click unsubscribe) unsubscribes.
 */
export function unsubscribeRoutes(app: FastifyInstance, context: ApiContext): void {
  const { site, store, pages } = context;

  const verified = (request: FastifyRequest<{ Querystring: UnsubscribeQuery }>, reply: FastifyReply) => {
    const { email, token } = request.query;
    if (verifyUnsubscribeToken(email, site.email.listId, token, context.secret)) return email!.trim();
    answer(request, reply, pages, {
      status: 403, code: "invalid-token", heading: "This link does not work",
      message: "It may have been cut short or changed. Use the whole unsubscribe link from one of our emails, or write to us.",
    });
    return undefined;
  };

  app.get<{ Querystring: UnsubscribeQuery }>("/unsubscribe", { schema: { querystring: linkSchema } }, async (request, reply) => {
    const email = verified(request, reply);
    if (!email) return reply;
    const action = `${site.api.url}/unsubscribe?${new URLSearchParams({ email, token: request.query.token! })}`;
    return answer(request, reply, pages, { status: 200, code: "confirm-unsubscribe", heading: "Unsubscribe", message: "", page: "unsubscribe", data: { email, action } });
  });

  // The body is RFC 8058's `List-Unsubscribe=One-Click` (the page's button sends the same), or nothing:
  // the signed link alone decides, so the body is not read (its size is still limited).
  app.post<{ Querystring: UnsubscribeQuery }>("/unsubscribe", { schema: { querystring: linkSchema } }, async (request, reply) => {
    const email = verified(request, reply);
    if (!email) return reply;
    await unsubscribe(store, email, context.now());
    return answer(request, reply, pages, {
      status: 200, code: "unsubscribed", heading: "You are unsubscribed", page: "unsubscribed",
      message: `${email} will get no more emails from ${site.title}.`, data: { email },
    });
  });
}
