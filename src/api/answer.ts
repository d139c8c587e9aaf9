import type { FastifyReply, FastifyRequest } from "fastify";
import type { Pages } from "./pages.ts";

/**
 * A browser (a form, a link) gets a page; a program that sent JSON, or asks only for JSON, gets JSON.
 * Mail clients' one-click POSTs get the page too: they read only the status.
 */
export function wantsJson(request: FastifyRequest): boolean {
  if (String(request.headers["content-type"] ?? "").startsWith("application/json")) return true;
  const accept = String(request.headers.accept ?? "");
  return accept.includes("application/json") && !accept.includes("text/html");
}

export interface Answer {
  status: number;
  /** The JSON body's `status` or `error`, a stable word programs can test. */
  code: string;
  /** For people: the page's heading and text, and the JSON's `message`. */
  heading: string;
  message: string;
  /** A page of its own (`templates/api/<page>.njk`) instead of the generic one. */
  page?: string;
  data?: Record<string, unknown>;
  /** Offer the sign-up form under the message (a link that expired, say). */
  offerForm?: boolean;
}

export function answer(request: FastifyRequest, reply: FastifyReply, pages: Pages, result: Answer): FastifyReply {
  reply.code(result.status);
  if (wantsJson(request)) {
    const key = result.status < 400 ? "status" : "error";
    return reply.send({ [key]: result.code, message: result.message });
  }
  const data = { heading: result.heading, message: result.message, offerForm: result.offerForm, ...result.data };
  return reply.type("text/html; charset=utf-8").send(pages.page(result.page ?? "problem", result.heading, data));
}
