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
  // The send record: one row per issue and reader, claimed by a sender before the message goes out, so
  // that any number of senders, on any number of machines, share an issue and nobody gets it twice.
  "003_send_record": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("deliveries")
        .addColumn("issue_id", "text", (column) => column.notNull())
        .addColumn("email_key", "text", (column) => column.notNull())
        .addColumn("email", "text", (column) => column.notNull())
        .addColumn("name", "text")
        .addColumn("state", "text", (column) => column.notNull().check(sql`state in ('queued', 'claimed', 'sending', 'sent', 'failed', 'deferred', 'uncertain')`))
        .addColumn("sender", "text")
        .addColumn("claimed_at", "text")
        .addColumn("version", "integer")
        .addColumn("message_id", "text")
        .addColumn("reason", "text")
        .addColumn("updated_at", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("deliveries_pk", ["issue_id", "email_key"])
        .execute();
      await db.schema.createIndex("deliveries_by_state").on("deliveries").columns(["issue_id", "state", "email_key"]).execute();
      await db.schema.createIndex("deliveries_by_address").on("deliveries").column("email_key").execute();
      await db.schema
        .createTable("issue_sends")
        .addColumn("issue_id", "text", (column) => column.primaryKey())
        .addColumn("email_digest", "text", (column) => column.notNull())
        .addColumn("entries", "text", (column) => column.notNull())
        .addColumn("version", "integer", (column) => column.notNull())
        .addColumn("started_at", "text", (column) => column.notNull())
        .addColumn("changed_at", "text")
        .addColumn("finished_at", "text")
        .execute();
      await db.schema
        .createTable("senders")
        .addColumn("id", "text", (column) => column.primaryKey())
        .addColumn("issue_id", "text", (column) => column.notNull())
        .addColumn("renewed_at", "text", (column) => column.notNull())
        .execute();
    },
  },
};

export const migrations: MigrationProvider = {
  getMigrations: async () => MIGRATIONS,
};
