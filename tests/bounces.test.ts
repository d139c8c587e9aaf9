/**
 * Bounce reports (RFC 3464 delivery status notifications): reading them, splitting an mbox, and
 * `lede subscribers bounces PATH` through the real command on SQLite and PostgreSQL. The fixtures in
 * tests/fixtures/bounces follow RFC 3464's examples. About 10 s.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { readDsn } from "../src/bounces/dsn.ts";
import { isMbox, splitMbox } from "../src/bounces/mbox.ts";
import { findSubscriber, importSubscribers } from "../src/store/subscribers.ts";
import { testOnEachEngine, withStore } from "./helpers/engines.ts";
import { lede, ROOT, temporaryDir } from "./helpers/lede.ts";

const FIXTURES = join(ROOT, "tests", "fixtures", "bounces");
const fixture = (name: string) => readFileSync(join(FIXTURES, name));

test("a DSN of two permanent failures: both hard, with their status and the server's words", async () => {
  const reading = await readDsn(fixture("hard.eml"));
  assert.ok("bounces" in reading, JSON.stringify(reading));
  assert.equal(reading.bounces.map(({ email, kind, status, action }) => ({ email, kind, status, action })), [
    { email: "louisl@larry.slip.example.org", kind: "hard", status: "5.0.0", action: "failed" },
    { email: "Kathy@Example.ORG", kind: "hard", status: "5.1.1", action: "failed" },
  ]);
  assert.is(reading.bounces[0]!.diagnostic, "SMTP; 550 5.0.0 Host larry.slip.example.org refused the message", "a folded field is unfolded");
});

test("a 4.x.x failure and a delay are soft; the original recipient is the one named, not where it was forwarded", async () => {
  const reading = await readDsn(fixture("soft.eml"));
  assert.ok("bounces" in reading, JSON.stringify(reading));
  assert.equal(reading.bounces.map(({ email, kind, status, action }) => ({ email, kind, status, action })), [
    { email: "full@example.org", kind: "soft", status: "4.2.2", action: "failed" },
    { email: "later@example.org", kind: "soft", status: "4.0.0", action: "delayed" },
  ]);
});

test("a message that is not a DSN, a report without its status part, or one that names nobody: an error that says why", async () => {
  const notDsn = await readDsn(fixture("not-a-dsn.eml"));
  assert.equal(notDsn, { error: "not a delivery status notification (Content-Type text/plain, not multipart/report; report-type=delivery-status)" });
  const report = (parts: string) => Buffer.from(`From: a@example.net\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nHello\r\n${parts}--b--\r\n`);
  assert.equal(await readDsn(report("")), { error: "a multipart/report without its message/delivery-status part" });
  assert.equal(await readDsn(report("--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x.example.net\r\n\r\n")), { error: "the delivery-status part names no recipient" });
  assert.equal(
    await readDsn(report("--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x.example.net\r\n\r\nFinal-Recipient: x400; /G=ann/\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n")),
    { error: "recipient 1 has no rfc822 address in Original-Recipient or Final-Recipient" },
  );
  const delivered = await readDsn(report("--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x.example.net\r\n\r\nFinal-Recipient: rfc822; ann@example.org\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\n"));
  assert.equal(delivered, { bounces: [] }, "a delivery is no bounce");
});

test("an mbox splits at its From lines, with their line numbers; a quoted >From in a body is unquoted", () => {
  const mbox = Buffer.from("From MAILER-DAEMON Thu Jul  7 17:16:05 1994\nSubject: one\n\nbody\n>From the start\n\nFrom MAILER-DAEMON Fri Jul  8 10:00:00 1994\nSubject: two\n\nbody\nFrom here on, not a separator (no blank line before)\n");
  assert.ok(isMbox(mbox));
  assert.not.ok(isMbox(fixture("hard.eml")));
  const messages = splitMbox(mbox);
  assert.equal(messages.map((message) => message.line), [1, 7]);
  assert.is(messages[0]!.raw.toString(), "Subject: one\n\nbody\nFrom the start\n");
  assert.is(messages[1]!.raw.toString(), "Subject: two\n\nbody\nFrom here on, not a separator (no blank line before)\n");
});

testOnEachEngine("lede subscribers bounces: hard bounces marked bounced, soft ones listed, a file that is not a DSN named, the rest read", async (database) => {
  await withStore(database, (store) => importSubscribers(store, ["louisl@larry.slip.example.org", "kathy@example.org", "full@example.org", "later@example.org"].map((email) => ({ email, status: "subscribed" as const })), "test", new Date()));
  const folder = temporaryDir("bounces");
  for (const name of ["hard.eml", "soft.eml", "not-a-dsn.eml"]) copyFileSync(join(FIXTURES, name), join(folder, name));
  writeFileSync(join(folder, "notes.txt"), "not a report, not read");

  const run = lede(["subscribers", "bounces", folder, "--db", database]);
  assert.is(run.status, 1, "a message could not be read");
  assert.match(run.stderr, /not-a-dsn\.eml: not a delivery status notification \(Content-Type text\/plain/);
  assert.match(run.stdout, /hard: Kathy@Example\.ORG \(5\.1\.1, failed, smtp; 550 5\.1\.1 <Kathy@Example\.ORG>\.\.\. User unknown\): marked bounced/);
  assert.match(run.stdout, /soft: full@example\.org \(4\.2\.2, failed, smtp; 452 4\.2\.2 Mailbox full\): not marked/);
  assert.match(run.stdout, /Read 3 message\(s\) from .*: 2 hard bounce\(s\), 2 newly marked bounced in .*; 2 soft bounce\(s\), not marked; 1 not readable/);
  await withStore(database, async (store) => {
    const kathy = await findSubscriber(store, "kathy@example.org");
    assert.equal([kathy?.status, kathy?.bounce_reason], ["bounced", "dsn: 5.1.1, failed, smtp; 550 5.1.1 <Kathy@Example.ORG>... User unknown"]);
    assert.is((await findSubscriber(store, "full@example.org"))?.status, "subscribed");
    assert.is((await findSubscriber(store, "later@example.org"))?.status, "subscribed");
  });
  const exported = lede(["subscribers", "export", "--status", "bounced", "--db", database]);
  const rows = parse(exported.stdout, { columns: true }) as Array<Record<string, string>>;
  assert.equal(rows.map((row) => [row.email, row.status, row.bounce_reason]), [
    ["kathy@example.org", "bounced", "dsn: 5.1.1, failed, smtp; 550 5.1.1 <Kathy@Example.ORG>... User unknown"],
    ["louisl@larry.slip.example.org", "bounced", "dsn: 5.0.0, failed, SMTP; 550 5.0.0 Host larry.slip.example.org refused the message"],
  ]);
  assert.ok(rows.every((row) => row.bounced_at !== ""), "with when");

  // The same reports again, as one mbox: nothing new to mark, and every message readable.
  const mbox = join(temporaryDir("mbox"), "bounces.mbox");
  writeFileSync(mbox, ["hard.eml", "soft.eml"].map((name) => `From MAILER-DAEMON Thu Jul  7 17:16:05 1994\n${fixture(name).toString()}\n`).join(""));
  const again = lede(["subscribers", "bounces", mbox, "--db", database]);
  assert.is(again.status, 0, again.stderr);
  assert.match(again.stdout, /hard: louisl@larry\.slip\.example\.org \(5\.0\.0, failed, .*\): already bounced or unsubscribed/);
  assert.match(again.stdout, /Read 2 message\(s\) from .*: 2 hard bounce\(s\), 0 newly marked bounced/);
});

test("lede subscribers bounces: a missing path or an empty folder marks nothing and exits 1; no path is a usage error", () => {
  const database = join(temporaryDir("db"), "lede.db");
  const missing = lede(["subscribers", "bounces", "no-such-file.eml", "--db", database]);
  assert.is(missing.status, 1);
  assert.match(missing.stderr, /cannot read no-such-file\.eml \(no such file or folder\); nothing was marked/);
  const empty = temporaryDir("empty");
  mkdirSync(join(empty, "sub"));
  const none = lede(["subscribers", "bounces", empty, "--db", database]);
  assert.is(none.status, 1);
  assert.match(none.stderr, /no \.eml or \.mbox file in .*; nothing was marked/);
  const usage = lede(["subscribers", "bounces"]);
  assert.is(usage.status, 2);
  assert.match(usage.stderr, /subscribers bounces needs a file or folder of bounce reports/);
});

test.run();
