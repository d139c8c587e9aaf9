/**
 * `lede send` against a real SMTP server on 127.0.0.1 (smtp-server), the real command in a child process
 * (so that killing it is real), messages parsed with mailparser. About 30 s.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { simpleParser, type ParsedMail } from "mailparser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../_data/site.ts";
import { Ledger, type LedgerRecord } from "../src/send/ledger.ts";
import { planDelivery } from "../src/send/plan.ts";
import { readSubscribers } from "../src/send/subscribers.ts";
import { unsubscribeToken, verifyUnsubscribeToken } from "../src/token/unsubscribe.ts";
import { redact } from "../src/send/transport.ts";
import { findSubscriber } from "../src/store/subscribers.ts";
import { withStore } from "./helpers/engines.ts";
import { lede, ledeAsync, temporaryDir, type Run } from "./helpers/lede.ts";
import { startSmtpServer, type TestServer } from "./helpers/smtp.ts";

const SECRET = "a-long-random-test-secret";
const PASSWORD = "secret-password";

// ---- the subscriber list, the token and the plan, without a server ----

test("subscribers: columns in any order, quoted fields, a byte-order mark and CRLF line ends", () => {
  const csv = '\uFEFFStatus,Name,Email\r\nsubscribed,"Smith, Ann",ann@example.com\r\n,"Bob ""The Editor"" Jones",bob@example.com\r\nSUBSCRIBED,,carol@example.com\r\n';
  const list = readSubscribers("subscribers.csv", csv);
  assert.equal(list.problems, []);
  assert.equal(list.subscribers, [
    { email: "ann@example.com", name: "Smith, Ann", line: 2 },
    { email: "bob@example.com", name: 'Bob "The Editor" Jones', line: 3 },
    { email: "carol@example.com", line: 4 },
  ]);
});

test("subscribers: unsubscribed rows and repeated addresses (in any case) are left out and counted", () => {
  const list = readSubscribers("s.csv", "email,status\nann@example.com,\nANN@Example.com,subscribed\nbob@example.com,unsubscribed\n");
  assert.equal(list.subscribers.map((subscriber) => subscriber.email), ["ann@example.com"]);
  assert.is(list.duplicates, 1);
  assert.is(list.notSubscribed, 1);
});

test("subscribers: every broken row is listed with the line it starts on, in file order", () => {
  const csv = ['name,email,status', '"Two', 'lines",two@example.com,', "Bob,bob@,", "Stray, comma,x@example.com,subscribed", "Dan,dan@example.com,maybe", "Eve", ""].join("\n");
  const list = readSubscribers("subscribers.csv", csv);
  assert.equal(list.problems, [
    'subscribers.csv:4: invalid address "bob@"',
    "subscribers.csv:5: malformed row: 4 fields where the header has 3; put a name that holds a comma in double quotes",
    'subscribers.csv:6: status must be "pending", "subscribed", "unsubscribed", "bounced", not "maybe"',
    "subscribers.csv:7: no address in the email column",
  ]);
  assert.is(list.invalid, 4);
  assert.equal(list.subscribers, [{ email: "two@example.com", name: "Two lines", line: 2 }]);
});

test("subscribers: a file without an email column, or with a quote never closed, says so", () => {
  assert.match(readSubscribers("s.csv", "address,name\na@example.com,A\n").problems[0]!, /^s\.csv:1: the header row has no "email" column/);
  assert.match(readSubscribers("s.csv", 'email,name\na@example.com,"A\nb@example.com,B\n').problems[0]!, /^s\.csv:2: malformed row: a double quote opened in this row is never closed/);
});

test("the unsubscribe token verifies for its own address (in any case) and list only", () => {
  const token = unsubscribeToken("Ann@Example.com", "weekly.example.com", SECRET);
  assert.match(token, /^[A-Za-z0-9_-]{43}$/);
  assert.ok(verifyUnsubscribeToken("ann@example.com", "weekly.example.com", token, SECRET));
  assert.not.ok(verifyUnsubscribeToken("bob@example.com", "weekly.example.com", token, SECRET));
  assert.not.ok(verifyUnsubscribeToken("ann@example.com", "other.example.com", token, SECRET));
  assert.not.ok(verifyUnsubscribeToken("ann@example.com", "weekly.example.com", token, "another-secret"));
  assert.not.ok(verifyUnsubscribeToken("ann@example.com", "weekly.example.com", token.slice(1), SECRET));
  assert.not.ok(verifyUnsubscribeToken("ann@example.com", "weekly.example.com", "", SECRET));
  assert.not.ok(verifyUnsubscribeToken(null, "weekly.example.com", token, SECRET), "a missing query parameter is not valid");
});

test("the plan skips the delivered, names the uncertain, retries the deferred, and the failed only when asked", () => {
  const subscribers = ["sent", "sending", "uncertain", "failed", "deferred", "new"].map((name, line) => ({ email: `${name}@example.com`, line }));
  const at = "2026-11-23T00:00:00.000Z";
  const ledger = new Map<string, LedgerRecord>(
    (["sent", "sending", "uncertain", "failed", "deferred"] as const).map((state) => [`${state}@example.com`, { email: `${state}@example.com`, state, at }]),
  );
  const plain = planDelivery(subscribers, ledger, { retryFailed: false, resend: [] });
  assert.equal(plain.queue.map((s) => s.email), ["deferred@example.com", "new@example.com"]);
  assert.is(plain.alreadySent, 1);
  assert.equal(plain.uncertain, ["sending@example.com", "uncertain@example.com"]);
  assert.equal(plain.failedBefore, ["failed@example.com"]);
  const forced = planDelivery(subscribers, ledger, { retryFailed: true, resend: ["SENDING@example.com", "stranger@example.com"] });
  assert.equal(forced.queue.map((s) => s.email), ["sending@example.com", "failed@example.com", "deferred@example.com", "new@example.com"]);
  assert.equal(forced.unknownResend, ["stranger@example.com"]);
});

test("the ledger keeps each address's last record, and a record cut short does not swallow the next one", () => {
  const path = join(temporaryDir("ledger-unit"), "2026-W47.jsonl");
  writeFileSync(path, '{"email":"a@example.com","state":"sending","at":"x"}\n{"email":"a@example.com","state":"sent","at":"x"}\n{"email":"b@exa');
  const ledger = new Ledger(path);
  ledger.append({ email: "B@example.com", state: "sending" });
  ledger.close();
  const states = new Ledger(path).states();
  assert.is(states.get("a@example.com")?.state, "sent");
  assert.is(states.get("b@example.com")?.state, "sending");
});

test("SMTP URLs are printed without their password", () => {
  assert.is(redact("cannot use smtp://editor:p%40ss:word@mail.example.com:587 now"), "cannot use smtp://editor:***@mail.example.com:587 now");
  assert.is(redact("smtps://editor:pw@host and http://a:b@c"), "smtps://editor:***@host and http://a:***@c");
});

// ---- the real command against a real server ----

const built = join(temporaryDir("send-site"), "_site");
const build = lede(["build", "--out", built, "--no-search"]);
const builtIssue = readdirSync(join(built, "issues")).filter((name) => /^\d{4}-w\d\d$/.test(name)).sort().at(-1)!.toUpperCase();

function subscribersFile(count: number, extra = ""): string {
  const rows = Array.from({ length: count }, (_, i) => `reader${i}@example.com,Reader ${i},subscribed`);
  const file = join(temporaryDir("subscribers"), "subscribers.csv");
  writeFileSync(file, `email,name,status\n${rows.join("\n")}\n${extra}`);
  return file;
}

function send(args: string[], smtpUrl: string, ledger: string, onStart?: (child: ChildProcess) => void, env: NodeJS.ProcessEnv = { LEDE_SECRET: SECRET }) {
  // Each test's database beside its ledger, never the project's own.
  return ledeAsync(["send", "--issue", "latest", "--out", built, "--ledger", ledger, "--rate", "1000", "--retry-delay", "20", ...args], { SMTP_URL: smtpUrl, LEDE_DATABASE_URL: join(ledger, "lede.db"), ...env }, onStart);
}

/** Calls `then` once the server has accepted `count` messages. */
function after(server: TestServer, count: number, then: () => void): void {
  const timer = setInterval(() => {
    if (server.received.length >= count) {
      clearInterval(timer);
      then();
    }
  }, 5);
}

function copiesPerAddress(server: TestServer): Map<string, number> {
  const counts = new Map<string, number>();
  for (const address of server.delivered) counts.set(address, (counts.get(address) ?? 0) + 1);
  return counts;
}

function ledgerRecords(dir: string): LedgerRecord[] {
  const path = join(dir, `${builtIssue}.jsonl`);
  return existsSync(path) ? readFileSync(path, "utf8").trim().split("\n").map((line) => JSON.parse(line) as LedgerRecord) : [];
}

function header(mail: ParsedMail, name: string): string {
  return mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, "").replace(/\r?\n\s+/g, " ") ?? "";
}

function assertNoPassword(...texts: string[]): void {
  for (const text of texts) assert.not.ok(text.includes(PASSWORD), `the password appears in: ${text.slice(0, 300)}`);
}

test("the site to send from builds", () => {
  assert.is(build.status, 0, build.stderr);
});

test("50 subscribers get 50 messages, each to its reader with their own signed unsubscribe link; a second run sends nothing", async () => {
  const server = await startSmtpServer();
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(50);
    const run = await send(["--subscribers", file], server.url(), ledger);
    assert.is(run.status, 0, run.stderr);
    assert.is(server.received.length, 50);
    assert.equal([...server.delivered].sort(), Array.from({ length: 50 }, (_, i) => `reader${i}@example.com`).sort());
    for (const [index, mail] of server.received.entries()) {
      const to = (mail.to as { value: Array<{ address: string; name: string }> }).value[0]!;
      assert.is(to.address, server.delivered[index]);
      assert.is(to.name, `Reader ${/\d+/.exec(to.address)![0]}`);
      assert.is(header(mail, "list-id"), `<${site.email.listId}>`);
      assert.is(header(mail, "list-unsubscribe-post"), "List-Unsubscribe=One-Click");
      const [, personal, mailto] = /^<([^>]+)>, <([^>]+)>$/.exec(header(mail, "list-unsubscribe"))!;
      assert.is(mailto, site.email.unsubscribeMailto);
      const url = new URL(personal!);
      assert.is(`${url.origin}${url.pathname}`, site.email.unsubscribeUrl);
      assert.is(url.searchParams.get("email"), to.address);
      assert.ok(verifyUnsubscribeToken(to.address, site.email.listId, url.searchParams.get("token")!, SECRET));
      assert.ok(String(mail.html).includes(`href="${personal!.replace(/&/g, "&amp;")}"`), "the HTML links to the reader's own unsubscribe URL");
      assert.ok(mail.text?.includes(`Unsubscribe: ${personal}`), "so does the text");
      assert.not.ok(String(mail.html).includes(`"${site.email.unsubscribeUrl}"`), "the generic link is gone");
    }
    assert.match(run.stdout, /Sent \d{4}-W\d\d: 50 delivered, 0 failed, 0 to retry/);
    assert.match(run.stderr, /^sent 50\/50 reader\d+@example\.com$/m);
    const records = ledgerRecords(ledger);
    assert.is(records.filter((record) => record.state === "sending").length, 50);
    assert.ok(records.filter((record) => record.state === "sent").every((record) => /^<.+@.+>$/.test(record.messageId ?? "")));

    const again = await send(["--subscribers", file], server.url(), ledger);
    assert.is(again.status, 0, again.stderr);
    assert.is(server.received.length, 50);
    assert.match(again.stdout, /0 delivered, 0 failed, 0 to retry, 0 uncertain\.\nSkipped: 50 already sent/);
    assertNoPassword(run.stdout, run.stderr, again.stdout, again.stderr, readFileSync(join(ledger, `${builtIssue}.jsonl`), "utf8"));
  } finally {
    await server.close();
  }
});

test("a server that answers 451 twice, then accepts: delivered once", async () => {
  const server = await startSmtpServer({ refuse: [{ address: "reader1@example.com", code: 451, times: 2 }] });
  try {
    const run = await send(["--subscribers", subscribersFile(3)], server.url(), temporaryDir("ledger"));
    assert.is(run.status, 0, run.stderr);
    assert.is(copiesPerAddress(server).get("reader1@example.com"), 1);
    assert.is(server.attempts.filter((address) => address === "reader1@example.com").length, 3);
  } finally {
    await server.close();
  }
});

test("550 for one message: reported as failed, the others delivered, exit 1; retried only with --retry-failed", async () => {
  const server = await startSmtpServer({ refuse: [{ address: "reader2@example.com", code: 550, times: 1, at: "data" }] });
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(5);
    const run = await send(["--subscribers", file], server.url(), ledger);
    assert.is(run.status, 1);
    assert.is(server.received.length, 4);
    assert.is(server.attempts.filter((address) => address === "reader2@example.com").length, 1, "a permanent refusal is not retried");
    assert.match(run.stderr, /failed: reader2@example\.com: refused for good \(550 Message refused\); a rerun skips it unless you pass --retry-failed/);
    assert.match(run.stdout, /4 delivered, 1 failed/);
    assert.is(await withStore(join(ledger, "lede.db"), (store) => findSubscriber(store, "reader2@example.com")), undefined, "a refused message is no bounce: the address is not marked");

    const rerun = await send(["--subscribers", file], server.url(), ledger);
    assert.is(rerun.status, 0, rerun.stderr);
    assert.is(server.attempts.length, 5);
    assert.match(rerun.stdout, /refused for good in an earlier run \(--retry-failed retries them\): reader2@example\.com/);

    const retried = await send(["--subscribers", file, "--retry-failed"], server.url(), ledger);
    assert.is(retried.status, 0, retried.stderr);
    assert.equal([...copiesPerAddress(server).values()], [1, 1, 1, 1, 1]);
  } finally {
    await server.close();
  }
});

test("550 at RCPT TO: the reader is marked bounced in the database, and no later run tries them, even with --retry-failed", async () => {
  const server = await startSmtpServer({ refuse: [{ address: "reader1@example.com", code: 550, times: Infinity }] });
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(3);
    const run = await send(["--subscribers", file], server.url(), ledger);
    assert.is(run.status, 1);
    assert.match(run.stderr, /bounced: reader1@example\.com: the server refused the address for good \(550 Mailbox unavailable\); marked bounced/);
    const reader = await withStore(join(ledger, "lede.db"), (store) => findSubscriber(store, "reader1@example.com"));
    assert.equal([reader?.status, reader?.bounce_reason], ["bounced", "smtp: 550 Mailbox unavailable"]);

    const retried = await send(["--subscribers", file, "--retry-failed"], server.url(), ledger);
    assert.is(retried.status, 0, retried.stderr);
    assert.match(retried.stdout, /1 not subscribed/);
    assert.is(server.attempts.filter((address) => address === "reader1@example.com").length, 1, "never tried again");

    // The database's own readers: the bounced one is not among the subscribed.
    assert.is(lede(["subscribers", "import", subscribersFile(3), "--db", join(ledger, "lede.db")]).status, 0);
    const fromDatabase = await send([], server.url(), temporaryDir("ledger"), undefined, { LEDE_SECRET: SECRET, LEDE_DATABASE_URL: join(ledger, "lede.db") });
    assert.is(fromDatabase.status, 0, fromDatabase.stderr);
    assert.is(server.attempts.filter((address) => address === "reader1@example.com").length, 1);
    assert.is(server.delivered.filter((address) => address === "reader0@example.com").length, 2);
  } finally {
    await server.close();
  }
});

test("unsubscribed, duplicate and invalid rows: invalid ones are listed by line and stop the send unless skipped", async () => {
  const server = await startSmtpServer();
  try {
    const file = subscribersFile(3, "reader0@EXAMPLE.com,Duplicate,\nbob@,Bob,\ngone@example.com,Gone,unsubscribed\n");
    const ledger = temporaryDir("ledger");
    const stopped = await send(["--subscribers", file], server.url(), ledger);
    assert.is(stopped.status, 1);
    assert.match(stopped.stderr, /subscribers\.csv:6: invalid address "bob@"/);
    assert.match(stopped.stderr, /nothing was sent/);
    assert.is(server.attempts.length, 0);
    const skipped = await send(["--subscribers", file, "--skip-invalid"], server.url(), ledger);
    assert.is(skipped.status, 0, skipped.stderr);
    assert.equal([...server.delivered].sort(), ["reader0@example.com", "reader1@example.com", "reader2@example.com"]);
    assert.match(skipped.stdout, /1 not subscribed, 1 invalid, 1 duplicate/);
  } finally {
    await server.close();
  }
});

test("a connection dropped before the message went out is retried; one dropped after it is named, not re-sent, until --resend", async () => {
  const server = await startSmtpServer({
    drop: [{ address: "reader1@example.com", at: "rcpt", times: 1 }, { address: "reader2@example.com", at: "data", times: 1 }],
  });
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(4);
    const run = await send(["--subscribers", file], server.url(), ledger);
    assert.is(run.status, 1);
    assert.equal(Object.fromEntries(copiesPerAddress(server)), { "reader0@example.com": 1, "reader1@example.com": 1, "reader2@example.com": 1, "reader3@example.com": 1 });
    assert.match(run.stderr, /may have been delivered before the connection dropped: reader2@example\.com — check, then rerun with --resend reader2@example\.com/);

    const rerun = await send(["--subscribers", file], server.url(), ledger);
    assert.is(rerun.status, 1);
    assert.is(server.received.length, 4);
    assert.match(rerun.stderr, /may have been delivered before a crash: reader2@example\.com/);

    const resent = await send(["--subscribers", file, "--resend", "reader2@example.com"], server.url(), ledger);
    assert.is(resent.status, 0, resent.stderr);
    assert.is(copiesPerAddress(server).get("reader2@example.com"), 2, "sent again because the editor said so");
    assert.is(server.received.length, 5);
  } finally {
    await server.close();
  }
});

test("killed mid-run (SIGKILL), then rerun: everyone has exactly one message; the one in flight is named, not re-sent", async () => {
  const server = await startSmtpServer({ delayMs: 100 });
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(20);
    const killed = await send(["--subscribers", file], server.url(), ledger, (child) => after(server, 5, () => child.kill("SIGKILL")));
    assert.is(killed.status, null);
    const before = server.received.length;
    assert.ok(before >= 5 && before < 20, `${before} received before the kill`);
    const rerun = await send(["--subscribers", file], server.url(), ledger);
    const counts = copiesPerAddress(server);
    assert.ok([...counts.values()].every((count) => count === 1), "nobody got two copies");
    const uncertain = [...rerun.stderr.matchAll(/may have been delivered before a crash: (\S+@example\.com) — check, then rerun with --resend \1/g)].map((m) => m[1]!);
    assert.ok(uncertain.length <= 1, rerun.stderr);
    assert.is(counts.size + uncertain.filter((address) => !counts.has(address)).length, 20, "everyone else was delivered to");
    assert.is(rerun.status, uncertain.length === 0 ? 0 : 1);
  } finally {
    await server.close();
  }
});

test("Ctrl-C finishes the message in flight and stops: a rerun sends to the rest, nobody is uncertain or sent twice", async () => {
  const server = await startSmtpServer({ delayMs: 60 });
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(15);
    const interrupted = await send(["--subscribers", file], server.url(), ledger, (child) => after(server, 4, () => child.kill("SIGINT")));
    assert.is(interrupted.status, 1);
    assert.match(interrupted.stderr, /interrupted: \d+ delivered in this run/);
    assert.match(interrupted.stderr, /not tried yet: rerun lede send to send to them \(safe/);
    const sentInLedger = ledgerRecords(ledger).filter((record) => record.state === "sent").length;
    assert.is(sentInLedger, server.received.length, "every message the server took is recorded as sent");
    const rerun = await send(["--subscribers", file], server.url(), ledger);
    assert.is(rerun.status, 0, rerun.stderr);
    assert.not.match(rerun.stderr, /may have been delivered/);
    assert.is(server.received.length, 15);
    assert.ok([...copiesPerAddress(server).values()].every((count) => count === 1));
  } finally {
    await server.close();
  }
});

test("--due called twice, as a timer does: the first sends the newest finished issue, the second nothing", async () => {
  const server = await startSmtpServer();
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(3);
    const due = (extra: string[] = []) => ledeAsync(["send", "--due", "--out", built, "--ledger", ledger, "--rate", "1000", "--subscribers", file, ...extra], { SMTP_URL: server.url(), LEDE_DATABASE_URL: join(ledger, "lede.db"), LEDE_SECRET: SECRET });
    const first = await due();
    assert.is(first.status, 0, first.stderr);
    assert.match(first.stdout, new RegExp(`Sent ${builtIssue}: 3 delivered`));
    assert.is(server.received.length, 3);
    const second = await due();
    assert.is(second.status, 0, second.stderr);
    assert.match(second.stdout, /Nothing to send: every finished issue has been sent\./);
    assert.is(server.received.length, 3, "nobody got anything twice");
    const both = await ledeAsync(["send", "--due", "--issue", "latest"], {});
    assert.is(both.status, 2);
    assert.match(both.stderr, /send takes --issue or --due, not both/);
  } finally {
    await server.close();
  }
});

test("a second sender for the same issue is refused while the first runs", async () => {
  const server = await startSmtpServer();
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(10);
    let second: Promise<Run> | undefined;
    // At 2 a second the first run lasts about 5 s, time enough for the second to start and meet it even on a busy machine.
    const first = await send(["--subscribers", file, "--rate", "2"], server.url(), ledger, () => after(server, 1, () => (second = send(["--subscribers", file], server.url(), ledger))));
    const refused = await second!;
    assert.is(first.status, 0, first.stderr);
    assert.is(refused.status, 1);
    assert.match(refused.stderr, /another lede send \(process \d+\) is sending this issue/);
    assert.is(server.received.length, 10);
  } finally {
    await server.close();
  }
});

test("a wrong password: a clear error, nobody marked as sent, and the password is never printed", async () => {
  const server = await startSmtpServer({ password: "right-password" });
  const ledger = temporaryDir("ledger");
  try {
    const wrong = `${PASSWORD}-wrong`;
    const run = await send(["--subscribers", subscribersFile(3)], server.url("editor", wrong), ledger);
    assert.is(run.status, 1);
    assert.match(run.stderr, /the SMTP server smtp:\/\/editor:\*\*\*@127\.0\.0\.1:\d+ refused the login \(.*535.*\): check the user and password\. Nobody was sent anything\./);
    assertNoPassword(run.stdout, run.stderr);
    assert.is(server.attempts.length, 0);
    assert.ok(ledgerRecords(ledger).every((record) => record.state !== "sent"));
  } finally {
    await server.close();
  }
});

test("--dry-run writes each personalised message to the outbox, sends nothing and writes no ledger", async () => {
  const server = await startSmtpServer();
  const outbox = temporaryDir("outbox");
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(3, 'ann@example.com,"Smith, ""Ann"" Zoë",\n');
    const run = await send(["--subscribers", file, "--dry-run", "--outbox", outbox], server.url(), ledger, undefined, { LEDE_SECRET: "", LEDE_DATABASE_URL: join(temporaryDir("db"), "lede.db") });
    assert.is(run.status, 0, run.stderr);
    assert.is(server.attempts.length, 0);
    assert.equal(readdirSync(ledger), []);
    const files = readdirSync(outbox).sort();
    assert.equal(files, ["00001-reader0@example.com.eml", "00002-reader1@example.com.eml", "00003-reader2@example.com.eml", "00004-ann@example.com.eml"]);
    const message = readFileSync(join(outbox, files[0]!), "utf8");
    assert.match(message, /^To: "?Reader 0"? <reader0@example\.com>$/m);
    assert.match(message, /email=reader0%40example\.com&token=/);
    const ann = await simpleParser(readFileSync(join(outbox, files[3]!)));
    assert.equal((ann.to as { value: unknown[] }).value, [{ address: "ann@example.com", name: 'Smith, "Ann" Zoë' }]);
    assert.match(run.stdout, /placeholder/);
    assertNoPassword(run.stdout, run.stderr, ...files.map((name) => readFileSync(join(outbox, name), "utf8")));
  } finally {
    await server.close();
  }
});

test("without LEDE_SECRET nothing is sent, and the error says what to set", async () => {
  const server = await startSmtpServer();
  try {
    const run = await send(["--subscribers", subscribersFile(2)], server.url(), temporaryDir("ledger"), undefined, { LEDE_SECRET: "" });
    assert.is(run.status, 1);
    assert.match(run.stderr, /set LEDE_SECRET to a long random string/);
    assert.is(server.attempts.length, 0);
  } finally {
    await server.close();
  }
});

test("usage and input errors: missing options and a malformed SMTP URL exit 2; an issue not built says to build first", async () => {
  const file = subscribersFile(1);
  const [missing, badUrl, unbuilt, unknownIssue] = await Promise.all([
    ledeAsync(["send"]),
    send(["--subscribers", file], `http://editor:${PASSWORD}@127.0.0.1:25`, temporaryDir("ledger")),
    send(["--subscribers", file, "--out", temporaryDir("empty")], "smtp://127.0.0.1:25", temporaryDir("ledger")),
    send(["--subscribers", file, "--issue", "1999-W01"], "smtp://127.0.0.1:25", temporaryDir("ledger")),
  ]);
  assert.is(missing.status, 2);
  assert.match(missing.stderr, /send needs --issue ID\|latest, or --due/);
  assert.is(badUrl.status, 2);
  assert.match(badUrl.stderr, /the SMTP URL must look like smtp:\/\/user:password@host:587/);
  assertNoPassword(badUrl.stderr);
  assert.is(unbuilt.status, 1);
  assert.match(unbuilt.stderr, /run lede build first/);
  assert.is(unknownIssue.status, 1);
  assert.match(unknownIssue.stderr, /issue 1999-W01 is not built in .*: run lede build first/);
});

test.run();
