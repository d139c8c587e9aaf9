import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";

/**
 * The database's versions, oldest first. Each runs once, in order, when a command opens the store
 * (Kysely's migrator records them and, on PostgreSQL, holds a lock so that two processes starting at once
 * do not both run one). Never edit a migration that has shipped: add the next one.
 */
const MIGRATIONS: Record<string, Migration> = {
  "001_subscribers": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("subscribers")
        .addColumn("email_key", "text", (column) => column.primaryKey())
        .addColumn("email", "text", (column) => column.notNull())
        .addColumn("name", "text")
        .addColumn("status", "text", (column) => column.notNull().check(sql`status in ('pending', 'subscribed', 'unsubscribed', 'bounced')`))
        .addColumn("created_at", "text", (column) => column.notNull())
        .addColumn("updated_at", "text", (column) => column.notNull())
        .addColumn("requested_at", "text")
        .addColumn("request_ip", "text")
        .addColumn("request_source", "text")
        .addColumn("consent_at", "text")
        .addColumn("consent_ip", "text")
        .addColumn("consent_source", "text")
        .addColumn("unsubscribed_at", "text")
        .addColumn("confirmations_sent", "integer", (column) => column.notNull().defaultTo(0))
        .addColumn("confirmations_since", "text")
        .addColumn("confirmation_due_at", "text")
        .execute();
      await db.schema.createIndex("subscribers_by_status").on("subscribers").columns(["status", "created_at"]).execute();
      await db.schema.createIndex("subscribers_confirmation_due").on("subscribers").column("confirmation_due_at").execute();
    },
  },
  // Why and when an address bounced (the server's reply, a DSN's status, a relay's report), for the editor
  // who wonders why a reader gets nothing.
  "002_bounce_reason": {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable("subscribers").addColumn("bounced_at", "text").execute();
      await db.schema.alterTable("subscribers").addColumn("bounce_reason", "text").execute();
    },
  },
};

export const migrations: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
