import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../_data/site.ts";
import { verifyUnsubscribeToken } from "../src/send/token.ts";
import { lede, ledeAsync, temporaryDir } from "./helpers/lede.ts";
import { startSmtpServer } from "./helpers/smtp.ts";

const SECRET = "a-long-random-test-secret";
const built = join(temporaryDir("send-site"), "_site");
const build = lede(["build", "--out", built, "--no-search"]);

function subscribersFile(count: number, extra = ""): string {
  const rows = Array.from({ length: count }, (_, i) => `reader${i}@example.com,Reader ${i},subscribed`);
  const file = join(temporaryDir("subscribers"), "subscribers.csv");
  writeFileSync(file, `email,name,status\n${rows.join("\n")}\n${extra}`);
  return file;
}

function send(args: string[], smtpUrl: string, ledger: string, onStart?: Parameters<typeof ledeAsync>[2]) {
  return ledeAsync(["send", "--issue", "latest", "--out", built, "--ledger", ledger, "--rate", "1000", "--retry-delay", "20", ...args],
    { SMTP_URL: smtpUrl, LEDE_SECRET: SECRET }, onStart);
}

const recipients = (mail: { to?: unknown }) => [(mail.to as { value: Array<{ address: string }> }).value].flat().map((to) => to.address);

test("the site to send from builds", () => {
  assert.is(build.status, 0, build.stderr);
});

test("50 subscribers get 50 messages, each with its own To and a valid unsubscribe token; a second run sends nothing", async () => {
  const server = await startSmtpServer();
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(50);
    const run = await send(["--subscribers", file], server.url(), ledger);
    assert.is(run.status, 0, run.stderr);
    assert.is(server.received.length, 50);
    const addresses = server.received.flatMap(recipients).sort();
    assert.equal(addresses, Array.from({ length: 50 }, (_, i) => `reader${i}@example.com`).sort());
    for (const mail of server.received) {
      const to = (mail.to as { value: Array<{ address: string; name: string }> }).value[0]!;
      assert.is(to.name, `Reader ${to.address.match(/\d+/)![0]}`);
      const unsubscribe = (mail.headers.get("list") as { unsubscribe: { url: string } }).unsubscribe.url;
      const url = new URL(unsubscribe);
      assert.is(url.searchParams.get("email"), to.address);
      assert.ok(verifyUnsubscribeToken(to.address, site.email.listId, url.searchParams.get("token")!, SECRET));
      assert.not.ok(verifyUnsubscribeToken("someone.else@example.com", site.email.listId, url.searchParams.get("token")!, SECRET));
      assert.ok(String(mail.html).includes(unsubscribe.replace(/&/g, "&amp;")) || String(mail.html).includes(unsubscribe));
      assert.ok(mail.text?.includes(unsubscribe));
    }
    assert.match(run.stdout, /50 delivered/);
    const again = await send(["--subscribers", file], server.url(), ledger);
    assert.is(again.status, 0);
    assert.is(server.received.length, 50);
    assert.match(again.stdout, /0 delivered; skipped 50 already sent/);
  } finally {
    await server.close();
  }
});

test("a server that answers 451 twice, then accepts: delivered once", async () => {
  const server = await startSmtpServer({ refuse: [{ address: "reader1@example.com", code: 451, times: 2 }] });
  try {
    const run = await send(["--subscribers", subscribersFile(3)], server.url(), temporaryDir("ledger"));
    assert.is(run.status, 0, run.stderr);
    assert.is(server.received.flatMap(recipients).filter((address) => address === "reader1@example.com").length, 1);
    assert.is(server.attempts.filter((address) => address === "reader1@example.com").length, 3);
  } finally {
    await server.close();
  }
});

test("550 for one address: reported as failed, the others delivered, exit 1", async () => {
  const server = await startSmtpServer({ refuse: [{ address: "reader2@example.com", code: 550, times: Infinity }] });
  try {
    const run = await send(["--subscribers", subscribersFile(5)], server.url(), temporaryDir("ledger"));
    assert.is(run.status, 1);
    assert.is(server.received.length, 4);
    assert.match(run.stderr, /failed: reader2@example\.com: refused \(550/);
    assert.match(run.stdout, /4 delivered.*1 failed/);
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
    assert.is(server.received.length, 0);
    const skipped = await send(["--subscribers", file, "--skip-invalid"], server.url(), ledger);
    assert.is(skipped.status, 0, skipped.stderr);
    assert.equal(server.received.flatMap(recipients).sort(), ["reader0@example.com", "reader1@example.com", "reader2@example.com"]);
    assert.match(skipped.stdout, /1 unsubscribed, 1 invalid, 1 duplicate/);
  } finally {
    await server.close();
  }
});

test("killed mid-run (SIGKILL), then rerun: everyone has exactly one message; the one in flight is named, not re-sent", async () => {
  const server = await startSmtpServer({ delayMs: 60 });
  const ledger = temporaryDir("ledger");
  try {
    const file = subscribersFile(30);
    const killed = await send(["--subscribers", file], server.url(), ledger, (child) => {
      const timer = setInterval(() => {
        if (server.received.length >= 10) {
          child.kill("SIGKILL");
          clearInterval(timer);
        }
      }, 5);
    });
    assert.is(killed.status, null);
    const before = server.received.length;
    assert.ok(before >= 10 && before < 30, `${before} received before the kill`);
    const rerun = await send(["--subscribers", file], server.url(), ledger);
    const counts = new Map<string, number>();
    for (const address of server.received.flatMap(recipients)) counts.set(address, (counts.get(address) ?? 0) + 1);
    assert.ok([...counts.values()].every((count) => count === 1), "nobody got two copies");
    const uncertain = [...rerun.stderr.matchAll(/^(\S+@example\.com): a previous run stopped while sending/gm)].map((m) => m[1]!);
    assert.ok(uncertain.length <= 1, rerun.stderr);
    assert.is(counts.size + uncertain.filter((address) => !counts.has(address)).length, 30, "everyone else was delivered to");
    assert.is(rerun.status, uncertain.length === 0 ? 0 : 1);
  } finally {
    await server.close();
  }
});

test("a wrong password: a clear error, nobody marked as sent, and the password is never printed", async () => {
  const server = await startSmtpServer({ password: "right-password" });
  const ledger = temporaryDir("ledger");
  try {
    const run = await send(["--subscribers", subscribersFile(3)], server.url("editor", "wrong-password"), ledger);
    assert.is(run.status, 1);
    assert.match(run.stderr, /refused the login/);
    assert.match(run.stderr, /smtp:\/\/editor:\*\*\*@127\.0\.0\.1/);
    assert.not.match(run.stdout + run.stderr, /wrong-password/);
    assert.is(server.received.length, 0);
    const files = existsSync(ledger) ? readdirSync(ledger) : [];
    assert.ok(files.every((name) => !readFileSync(join(ledger, name), "utf8").includes('"sent"')));
  } finally {
    await server.close();
  }
});

test("--dry-run writes each personalised message to the outbox and sends nothing", async () => {
  const server = await startSmtpServer();
  const outbox = temporaryDir("outbox");
  try {
    const run = await send(["--subscribers", subscribersFile(4), "--dry-run", "--outbox", outbox], server.url(), temporaryDir("ledger"));
    assert.is(run.status, 0, run.stderr);
    assert.is(server.received.length, 0);
    const files = readdirSync(outbox);
    assert.is(files.length, 4);
    assert.match(readFileSync(join(outbox, files[0]!), "utf8"), /^To: "?Reader \d"? <reader\d@example\.com>/m);
  } finally {
    await server.close();
  }
});

test("usage errors: a missing --issue or --subscribers exits 2", () => {
  const run = lede(["send", "--issue", "latest"]);
  assert.is(run.status, 2);
  assert.match(run.stderr, /send needs --issue ID\|latest and --subscribers FILE/);
});

test.run();
