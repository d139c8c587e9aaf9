/**
 * Readers in the database, through the real `lede` command: `lede subscribers import | export | forget`,
 * and `lede send` to the database's subscribed readers, on SQLite and PostgreSQL. About 20 s.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import * as assert from "uvu/assert";
import { test } from "uvu";
import { unsubscribe } from "../src/store/subscribers.ts";
import { unsubscribeToken } from "../src/token/unsubscribe.ts";
import { SECRET, startTestService } from "./helpers/api.ts";
import { testOnEachEngine, withStore } from "./helpers/engines.ts";
import { lede, ledeAsync, temporaryDir } from "./helpers/lede.ts";
import { startSmtpServer } from "./helpers/smtp.ts";
import { findSubscriber, importSubscribers, requestSubscription } from "../src/store/subscribers.ts";
import { enqueueReaders } from "../src/store/deliveries.ts";
import site from "../_data/site.ts";

const built = join(temporaryDir("readers-site"), "_site");
const build = lede(["build", "--out", built, "--no-search"]);

test("the site to send from builds", () => {
  assert.is(build.status, 0, build.stderr);
});

function csv(text: string): string {
  const file = join(temporaryDir("csv"), "readers.csv");
  writeFileSync(file, text);
  return file;
}

testOnEachEngine("import adds readers, reports line-numbered problems and imports nothing then; export writes them back in the import's columns", async (database) => {
  const bad = lede(["subscribers", "import", csv("email,name,status\nann@example.com,Ann,subscribed\nbob@,Bob,\ncid@example.com,,gone\n"), "--db", database]);
  assert.is(bad.status, 1);
  assert.match(bad.stderr, /readers\.csv:3: invalid address "bob@"/);
  assert.match(bad.stderr, /readers\.csv:4: status must be/);
  assert.match(bad.stderr, /nothing was imported/);
  assert.is(lede(["subscribers", "export", "--db", database]).stdout.trim().split("\n").length, 1, "only the header: nothing imported");

  const file = csv('email,name,status,consent_at\nann@example.com,"Smith, Ann",subscribed,2025-03-04T05:06:07Z\nbob@,Bob,\nDee@Example.com,,unsubscribed,\n');
  const skipped = lede(["subscribers", "import", file, "--skip-invalid", "--db", database]);
  assert.is(skipped.status, 0, skipped.stderr);
  assert.match(skipped.stdout, /Imported 2 new reader\(s\) from .*readers\.csv/);
  const again = lede(["subscribers", "import", csv("email,status\nANN@example.com,unsubscribed\neve@example.com,\n"), "--db", database]);
  assert.match(again.stdout, /Imported 1 new reader\(s\) .*; 1 already stored kept their status/);

  const exported = lede(["subscribers", "export", "--db", database]);
  assert.is(exported.status, 0, exported.stderr);
  const rows = parse(exported.stdout, { columns: true }) as Array<Record<string, string>>;
  assert.equal(Object.keys(rows[0]!), ["email", "name", "status", "consent_at", "consent_ip", "consent_source", "created_at", "bounced_at", "bounce_reason"]);
  assert.equal(rows.map((row) => [row.email, row.name, row.status]), [["ann@example.com", "Smith, Ann", "subscribed"], ["Dee@Example.com", "", "unsubscribed"], ["eve@example.com", "", "subscribed"]]);
  assert.is(rows[0]!.consent_at, "2025-03-04T05:06:07.000Z");
  assert.match(rows[0]!.consent_source!, /^import .*readers\.csv$/);
  const unsubscribedOnly = parse(lede(["subscribers", "export", "--status", "unsubscribed", "--db", database]).stdout, { columns: true }) as unknown[];
  assert.is(unsubscribedOnly.length, 1);
  assert.is(lede(["subscribers", "export", "--status", "gone", "--db", database]).status, 2);

  // An export imports as it is: into a new database, the same readers and statuses.
  const copy = join(temporaryDir("copy"), "copy.db");
  lede(["subscribers", "import", csv(exported.stdout), "--db", copy]);
  const roundTrip = parse(lede(["subscribers", "export", "--db", copy]).stdout, { columns: true }) as Array<Record<string, string>>;
  assert.equal(roundTrip.map((row) => [row.email, row.name, row.status, row.consent_at]), rows.map((row) => [row.email, row.name, row.status, row.consent_at]));
});

testOnEachEngine("forget erases one reader and their send records (and Lede 0.1's ledgers); an address not stored is said so", async (database) => {
  lede(["subscribers", "import", csv("email\nfay@example.com\ngil@example.com\n"), "--db", database]);
  const at = new Date("2026-11-30T08:00:00.000Z");
  await withStore(database, async (store) => {
    await enqueueReaders(store, "2026-W47", [{ email: "Fay@Example.com" }, { email: "gil@example.com" }], at);
    await enqueueReaders(store, "2026-W46", [{ email: "fay@example.com" }], at);
  });
  const ledgers = temporaryDir("forget-ledgers");
  const record = (email: string, state: string) => JSON.stringify({ email, state, at: at.toISOString() });
  writeFileSync(join(ledgers, "2026-W45.jsonl"), [record("fay@example.com", "sending"), record("gil@example.com", "sent"), record("Fay@Example.com", "sent"), ""].join("\n"));
  const forgotten = lede(["subscribers", "forget", "FAY@example.com", "--db", database, "--ledger", ledgers]);
  assert.is(forgotten.status, 0, forgotten.stderr);
  assert.match(forgotten.stdout, /Erased FAY@example\.com: the reader in .*, 4 send record\(s\)/);
  assert.is(readFileSync(join(ledgers, "2026-W45.jsonl"), "utf8"), `${record("gil@example.com", "sent")}\n`);
  const kept = await withStore(database, (store) => store.db.selectFrom("deliveries").select(["issue_id", "email"]).execute());
  assert.equal(kept, [{ issue_id: "2026-W47", email: "gil@example.com" }]);
  assert.is(lede(["subscribers", "forget", "fay@example.com", "--db", database, "--ledger", ledgers]).status, 1);
  assert.is(lede(["subscribers", "forget", "not-an-address", "--db", database]).status, 2);
  const left = parse(lede(["subscribers", "export", "--db", database]).stdout, { columns: true }) as Array<{ email: string }>;
  assert.equal(left.map((row) => row.email), ["gil@example.com"]);
});

test("subscribers usage errors exit 2 and say what is missing", () => {
  const cases: Array<[string[], RegExp]> = [
    [["subscribers"], /subscribers needs import FILE\.csv, export/],
    [["subscribers", "import"], /subscribers import needs a CSV file/],
    [["subscribers", "forget"], /subscribers forget needs an email address/],
    [["subscribers", "export", "extra"], /unexpected argument "extra"/],
  ];
  for (const [args, message] of cases) {
    const run = lede(args);
    assert.is(run.status, 2, args.join(" "));
    assert.match(run.stderr, message);
  }
});

testOnEachEngine("lede send without a list sends to the database's subscribed readers only", async (database) => {
  const server = await startSmtpServer();
  try {
    await withStore(database, async (store) => {
      await importSubscribers(store, [
        { email: "one@example.com", name: "One", status: "subscribed" },
        { email: "two@example.com", status: "subscribed" },
        { email: "left@example.com", status: "unsubscribed" },
        { email: "bounced@example.com", status: "bounced" },
      ], "test", new Date());
      await requestSubscription(store, { email: "pending@example.com", ip: "127.0.0.1", source: "api", at: new Date() }, 3);
    });
    const run = await ledeAsync(["send", "--issue", "latest", "--out", built, "--ledger", temporaryDir("ledger"), "--rate", "1000", "--db", database], { SMTP_URL: server.url(), LEDE_SECRET: SECRET });
    assert.is(run.status, 0, run.stderr);
    assert.equal([...server.delivered].sort(), ["one@example.com", "two@example.com"]);
    const to = (server.received.find((mail) => server.delivered[server.received.indexOf(mail)] === "one@example.com")!.to as { value: Array<{ name: string }> }).value[0]!;
    assert.is(to.name, "One");
  } finally {
    await server.close();
  }
});

testOnEachEngine("a CSV run skips readers the database knows have unsubscribed or bounced", async (database) => {
  const server = await startSmtpServer();
  try {
    await withStore(database, async (store) => {
      await unsubscribe(store, "used-the-link@example.com", new Date());
      await importSubscribers(store, [{ email: "bounced@example.com", status: "bounced" }], "test", new Date());
    });
    const list = csv("email\nused-the-link@example.com\nbounced@example.com\nstill@example.com\n");
    const run = await ledeAsync(["send", "--issue", "latest", "--out", built, "--ledger", temporaryDir("ledger"), "--subscribers", list, "--rate", "1000", "--db", database], { SMTP_URL: server.url(), LEDE_SECRET: SECRET });
    assert.is(run.status, 0, run.stderr);
    assert.equal(server.delivered, ["still@example.com"]);
    assert.match(run.stdout, /2 not subscribed/);
  } finally {
    await server.close();
  }
});

testOnEachEngine("a reader who unsubscribes (one-click, through lede api) while lede send runs gets nothing after that", async (database) => {
  const server = await startSmtpServer({ delayMs: 60 });
  await withStore(database, async (store) => {
    const readers = Array.from({ length: 12 }, (_, i) => ({ email: `r${String(i).padStart(2, "0")}@example.com`, status: "subscribed" as const }));
    await importSubscribers(store, readers, "test", new Date());
  });
  const service = await startTestService(database, { site: { email: { listId: site.email.listId } } });
  try {
    const sending = ledeAsync(["send", "--issue", "latest", "--out", built, "--ledger", temporaryDir("ledger"), "--rate", "1000", "--db", database], { SMTP_URL: server.url(), LEDE_SECRET: SECRET });
    while (server.received.length < 2) await new Promise((resolve) => setTimeout(resolve, 10));
    const leaving = "r11@example.com";
    const oneClick = await service.app.inject({
      method: "POST", url: `/unsubscribe?${new URLSearchParams({ email: leaving, token: unsubscribeToken(leaving, site.email.listId, SECRET) })}`,
      headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "List-Unsubscribe=One-Click",
    });
    assert.is(oneClick.statusCode, 200);
    const run = await sending;
    assert.is(run.status, 0, run.stderr);
    assert.not.ok(server.delivered.includes(leaving), "nothing after the unsubscribe");
    assert.is(server.delivered.length, 11);
    assert.match(run.stdout, /1 unsubscribed during the run/);
    assert.is((await findSubscriber(service.store, leaving))?.status, "unsubscribed");
  } finally {
    await service.close();
    await server.close();
  }
});


test.run();
