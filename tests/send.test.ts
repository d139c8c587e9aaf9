/**
 * `lede send` against a real SMTP server on 127.0.0.1 (smtp-server), the real command in a child process
 * (so that killing it is real), messages parsed with mailparser. About 30 s.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ChildProcess } from "node:child_process";
import { simpleParser, type ParsedMail } from "mailparser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../_data/site.ts";
import { readSubscribers } from "../src/send/subscribers.ts";
import { unsubscribeToken, verifyUnsubscribeToken } from "../src/token/unsubscribe.ts";
import { redact } from "../src/send/transport.ts";
import { findSubscriber } from "../src/store/subscribers.ts";
import { testOnEachEngine, withStore, type Engine } from "./helpers/engines.ts";
import { lede, ledeAsync, ROOT, temporaryDir, type Run } from "./helpers/lede.ts";
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

/** The send record of the built issue in the test's database, address by address. */
async function deliveries(dir: string): Promise<Array<{ email: string; state: string; message_id: string | null }>> {
  return withStore(join(dir, "lede.db"), (store) => store.db.selectFrom("deliveries").select(["email", "state", "message_id"]).where("issue_id", "=", builtIssue).orderBy("email_key").execute());
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
    const records = await deliveries(ledger);
    assert.is(records.length, 50);
    assert.ok(records.every((record) => record.state === "sent" && /^<.+@.+>$/.test(record.message_id ?? "")));

    const again = await send(["--subscribers", file], server.url(), ledger);
    assert.is(again.status, 0, again.stderr);
    assert.is(server.received.length, 50);
    assert.match(again.stdout, /0 delivered, 0 failed, 0 to retry, 0 uncertain\.\nSkipped: 50 already sent/);
    assertNoPassword(run.stdout, run.stderr, again.stdout, again.stderr, JSON.stringify(await deliveries(ledger)));
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

    // The database's own readers: the bounced one is not among the subscribed, and one send record
    // serves the issue whichever list a run reads, so the others are not sent it again.
    assert.is(lede(["subscribers", "import", subscribersFile(4), "--db", join(ledger, "lede.db")]).status, 0);
    const fromDatabase = await send([], server.url(), ledger);
    assert.is(fromDatabase.status, 0, fromDatabase.stderr);
    assert.is(server.attempts.filter((address) => address === "reader1@example.com").length, 1);
    assert.equal(server.delivered.filter((address) => address !== "reader1@example.com").sort(), ["reader0@example.com", "reader2@example.com", "reader3@example.com"]);
    assert.match(fromDatabase.stdout, /1 delivered, 0 failed/);
    // Another issue, from the database or the CSV: the bounced reader is skipped.
    const otherIssue = readdirSync(join(built, "issues")).filter((name) => /^\d{4}-w\d\d$/.test(name)).sort().at(-2)!.toUpperCase();
    for (const source of [[], ["--subscribers", file]]) {
      const next = await send([...source, "--issue", otherIssue], server.url(), ledger);
      assert.is(next.status, 0, next.stderr);
    }
    assert.is(server.attempts.filter((address) => address === "reader1@example.com").length, 1, "never tried again");
    assert.is(server.delivered.length, 6, "reader0, 2 and 3 each got both issues");
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
    const recordedSent = (await deliveries(ledger)).filter((record) => record.state === "sent").length;
    assert.is(recordedSent, server.received.length, "every message the server took is recorded as sent");
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

/** `count` readers in a new database of the engine: imported, so subscribed. */
async function databaseOfReaders(engine: Engine, count: number): Promise<string> {
  const database = await engine.newDatabase();
  const imported = lede(["subscribers", "import", subscribersFile(count), "--db", database]);
  assert.is(imported.status, 0, imported.stderr);
  return database;
}

const deliveredIn = (run: Run) => Number(/: (\d+) delivered/.exec(run.stdout)?.[1] ?? Number.NaN);

testOnEachEngine("three senders at once share an issue of 3,000 readers: each reader gets it exactly once", async (_, engine) => {
  const server = await startSmtpServer();
  try {
    const database = await databaseOfReaders(engine, 3000);
    const env = { LEDE_SECRET: SECRET, LEDE_DATABASE_URL: database };
    const runs = await Promise.all([1, 2, 3].map(() => send(["--rate", "0", "--connections", "2"], server.url(), temporaryDir("ledger"), undefined, env)));
    for (const run of runs) assert.is(run.status, 0, run.stderr);
    assert.is(server.delivered.length, 3000);
    assert.is(new Set(server.delivered).size, 3000, "nobody got two copies");
    assert.is(runs.map(deliveredIn).reduce((sum, count) => sum + count, 0), 3000);
    assert.ok(runs.filter((run) => deliveredIn(run) > 0).length >= 2, `the senders shared the work: ${runs.map(deliveredIn).join(", ")}`);
    const again = await send([], server.url(), temporaryDir("ledger"), undefined, env);
    assert.match(again.stdout, /Skipped: 3000 already sent/);
    assert.is(server.delivered.length, 3000);
  } finally {
    await server.close();
  }
});

testOnEachEngine("one of three senders killed (SIGKILL) mid-run: the others take over its readers, a rerun names the ones in flight, nobody gets two", async (_, engine) => {
  const server = await startSmtpServer({ delayMs: 4 });
  try {
    const database = await databaseOfReaders(engine, 900);
    const env = { LEDE_SECRET: SECRET, LEDE_DATABASE_URL: database };
    const args = ["--rate", "0", "--connections", "3"];
    // Killed once it has sent 40 itself, whichever sender started first.
    const killAfterSending = (child: ChildProcess) => {
      let sent = 0;
      child.stderr!.on("data", (chunk: Buffer) => {
        sent += (String(chunk).match(/^sent /gm) ?? []).length;
        if (sent >= 40) child.kill("SIGKILL");
      });
    };
    const victim = send(args, server.url(), temporaryDir("ledger"), killAfterSending, env);
    const others = [send(args, server.url(), temporaryDir("ledger"), undefined, env), send(args, server.url(), temporaryDir("ledger"), undefined, env)];
    assert.is((await victim).status, null);
    const survivors = await Promise.all(others);
    const rerun = await send(args, server.url(), temporaryDir("ledger"), undefined, env);
    const counts = copiesPerAddress(server);
    assert.ok([...counts.values()].every((count) => count === 1), "nobody got two copies");
    const named = new Set([...[...survivors, rerun].flatMap((run) => [...run.stderr.matchAll(/may have been delivered before a crash: (\S+@example\.com) — check, then rerun with --resend \1/g)].map((m) => m[1]!))]);
    assert.ok(named.size <= 3, `at most one per connection of the killed sender was in flight: ${[...named].join(", ")}`);
    assert.is(new Set([...counts.keys(), ...named]).size, 900, "everyone else was delivered to");
    assert.match(rerun.stdout, new RegExp(`Skipped: ${900 - named.size} already sent`));
    assert.is(rerun.status, named.size === 0 ? 0 : 1, rerun.stderr);
  } finally {
    await server.close();
  }
});

test("an article edited after the first send: the next run refuses and says what changed; --allow-changed sends the new version to the rest only", async () => {
  const server = await startSmtpServer();
  const ledger = temporaryDir("ledger");
  const articles = temporaryDir("articles");
  const out = join(temporaryDir("site"), "_site");
  try {
    cpSync(join(ROOT, "articles"), articles, { recursive: true });
    const rebuild = () => assert.is(lede(["build", "--articles", articles, "--out", out, "--no-search"]).status, 0);
    const sendHere = (extra: string[], readers: number) => send(["--out", out, "--subscribers", subscribersFile(readers), ...extra], server.url(), ledger);
    rebuild();
    const first = await sendHere([], 3);
    assert.is(first.status, 0, first.stderr);

    const file = join(articles, "winter-market-moves.txt");
    writeFileSync(file, readFileSync(file, "utf8").replace("the first change of site since the market began in 1987", "the first change of site in thirty-nine years"));
    rebuild();
    const refused = await sendHere([], 5);
    assert.is(refused.status, 1);
    assert.match(refused.stderr, /the email of \d{4}-W\d\d changed since it was first sent \(edited "[^"]*winter market[^"]*"\); 3 reader\(s\) have the earlier version\. .*--allow-changed.*Nothing was sent\./i);
    assert.is(server.received.length, 3);

    const allowed = await sendHere(["--allow-changed"], 5);
    assert.is(allowed.status, 0, allowed.stderr);
    assert.match(allowed.stdout, /Sending a changed email of \S+ \(--allow-changed: edited "[^"]+"\): readers sent it before keep version 1, the rest get version 2\./);
    assert.equal(server.delivered, ["reader0@example.com", "reader1@example.com", "reader2@example.com", "reader3@example.com", "reader4@example.com"]);
    assert.ok(server.received.slice(0, 3).every((mail) => mail.text?.includes("since the market began in 1987")));
    assert.ok(server.received.slice(3).every((mail) => mail.text?.includes("in thirty-nine years")));
    const versions = await withStore(join(ledger, "lede.db"), (store) => store.db.selectFrom("deliveries").select(["email", "version"]).orderBy("email_key").execute());
    assert.equal(versions.map((row) => row.version), [1, 1, 1, 2, 2]);
  } finally {
    await server.close();
  }
});

test("a server that allows fewer connections than --connections: the run sends over those it accepted", async () => {
  const server = await startSmtpServer({ maxClients: 2 });
  try {
    const run = await send(["--subscribers", subscribersFile(20), "--connections", "4", "--rate", "0"], server.url(), temporaryDir("ledger"));
    assert.is(run.status, 0, run.stderr);
    assert.match(run.stdout, /The SMTP server accepted 2 of 4 connections \(.*421.*\); sending over 2\./);
    assert.match(run.stdout, /20 delivered, 0 failed, 0 to retry/);
    assert.is(new Set(server.delivered).size, 20);
    assert.is(server.delivered.length, 20);
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
    assert.ok((await deliveries(ledger)).every((record) => record.state !== "sent"));
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
    const database = join(temporaryDir("db"), "lede.db");
    const run = await send(["--subscribers", file, "--dry-run", "--outbox", outbox], server.url(), ledger, undefined, { LEDE_SECRET: "", LEDE_DATABASE_URL: database });
    assert.is(run.status, 0, run.stderr);
    assert.is((await withStore(database, (store) => store.db.selectFrom("deliveries").select("email").execute())).length, 0, "nothing recorded");
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
