import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import type { ApiContext } from "../server.ts";

/** `GET /health`: 200 once the database answers, 503 while it does not (for a load balancer or a monitor). */
export function healthRoutes(app: FastifyInstance, context: ApiContext): void {
  app.get("/health", { config: { rateLimit: false } }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(context.store.db);
      return reply.send({ status: "ok", database: context.store.engine });
    } catch {
      return reply.code(503).send({ status: "unavailable", database: context.store.engine });
    }
  });
}
