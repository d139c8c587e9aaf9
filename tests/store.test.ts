/**
 * The subscriber store on both engines: SQLite in a temporary file, and PostgreSQL on a server of the
 * tests' own (tests/helpers/postgres.ts). Each test gets a new database.
 */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { openStore } from "../src/store/open.ts";
import {
  claimDueConfirmations, confirmationDeferred, confirmationSent, confirmSubscription, countByStatus, findSubscriber,
  forgetSubscriber, importSubscribers, listSubscribers, markBounced, pruneUnconfirmed, requestSubscription, statusesOf, unsubscribe,
} from "../src/store/subscribers.ts";
import { testOnEachEngine, withStore } from "./helpers/engines.ts";

const T0 = new Date("2026-12-01T10:00:00.000Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const HOUR = 3600_000;
const signUp = (email: string, at = T0, extra: { name?: string; ip?: string } = {}) => ({ email, at, ip: extra.ip ?? "127.0.0.9", source: "https://news.example.com/", name: extra.name });

testOnEachEngine("a sign-up is pending with its request recorded; confirming makes it subscribed with when and from where", async (database) => {
  await withStore(database, async (store) => {
    assert.is(await requestSubscription(store, signUp("Ann@Example.com", T0, { name: "Ann" }), 3), "confirmation-queued");
    const pending = await findSubscriber(store, "ann@example.com");
    assert.equal(
      { email: pending?.email, status: pending?.status, name: pending?.name, ip: pending?.request_ip, due: pending?.confirmation_due_at, consent: pending?.consent_at },
      { email: "Ann@Example.com", status: "pending", name: "Ann", ip: "127.0.0.9", due: T0.toISOString(), consent: null },
    );
    assert.is(await confirmSubscription(store, "ANN@example.com", T0, "10.1.2.3", later(HOUR)), "confirmed");
    const subscribed = await findSubscriber(store, "ann@example.com");
    assert.equal(
      { status: subscribed?.status, at: subscribed?.consent_at, ip: subscribed?.consent_ip, source: subscribed?.consent_source, due: subscribed?.confirmation_due_at },
      { status: "subscribed", at: later(HOUR).toISOString(), ip: "10.1.2.3", source: "https://news.example.com/", due: null },
    );
    assert.is(await confirmSubscription(store, "ann@example.com", T0, "10.1.2.3", later(2 * HOUR)), "already-subscribed", "confirming again is harmless");
    assert.is((await findSubscriber(store, "ann@example.com"))?.consent_at, later(HOUR).toISOString(), "and changes nothing");
  });
});

testOnEachEngine("one row per address in any case; a subscribed reader signing up again gets no email", async (database) => {
  await withStore(database, async (store) => {
    await requestSubscription(store, signUp("bob@example.com"), 3);
    await requestSubscription(store, signUp("BOB@EXAMPLE.COM", later(1000)), 3);
    assert.is((await countByStatus(store)).pending, 1);
    await confirmSubscription(store, "bob@example.com", T0, "127.0.0.1", later(2000));
    assert.is(await requestSubscription(store, signUp("Bob@Example.com", later(3000), { name: "Mallory's words" }), 3), "already-subscribed");
    const row = await findSubscriber(store, "bob@example.com");
    assert.equal([row?.status, row?.name, row?.confirmation_due_at], ["subscribed", null, null], "a sign-up cannot rename or re-mail a subscribed reader");
  });
});

testOnEachEngine("at most three confirmation emails per address per day, whoever asks; the next day three more", async (database) => {
  await withStore(database, async (store) => {
    const outcomes = [];
    for (let i = 0; i < 5; i++) outcomes.push(await requestSubscription(store, signUp("carol@example.com", later(i * HOUR), { ip: `127.0.1.${i}` }), 3));
    assert.equal(outcomes, ["confirmation-queued", "confirmation-queued", "confirmation-queued", "limit-reached", "limit-reached"]);
    assert.is(await requestSubscription(store, signUp("carol@example.com", later(25 * HOUR)), 3), "confirmation-queued");
  });
});

testOnEachEngine("unsubscribing is at once, stores an unknown address as unsubscribed, and an older confirmation link cannot undo it", async (database) => {
  await withStore(database, async (store) => {
    await requestSubscription(store, signUp("dan@example.com"), 3);
    await confirmSubscription(store, "dan@example.com", T0, "127.0.0.1", later(1000));
    assert.ok(await unsubscribe(store, "DAN@example.com", later(2000)));
    assert.not.ok(await unsubscribe(store, "dan@example.com", later(3000)), "already unsubscribed");
    assert.is(await confirmSubscription(store, "dan@example.com", T0, "127.0.0.1", later(4000)), "withdrawn");
    assert.is((await findSubscriber(store, "dan@example.com"))?.status, "unsubscribed");
    // Signing up again sends a new link, issued after the unsubscribe: that one works.
    assert.is(await requestSubscription(store, signUp("dan@example.com", later(5000)), 3), "confirmation-queued");
    assert.is((await findSubscriber(store, "dan@example.com"))?.status, "unsubscribed", "until confirmed, still unsubscribed");
    assert.is(await confirmSubscription(store, "dan@example.com", later(5000), "127.0.0.1", later(6000)), "confirmed");

    assert.ok(await unsubscribe(store, "csv-reader@example.com", later(7000)));
    assert.is((await findSubscriber(store, "csv-reader@example.com"))?.status, "unsubscribed");
    assert.is(await confirmSubscription(store, "nobody@example.com", T0, "127.0.0.1", later(8000)), "unknown");
  });
});

testOnEachEngine("a bounce marks a subscribed or pending reader bounced with why, stores an unknown address, and leaves an unsubscribed one", async (database) => {
  await withStore(database, async (store) => {
    await importSubscribers(store, [{ email: "ann@example.com", status: "subscribed" }, { email: "gone@example.com", status: "unsubscribed" }], "test", T0);
    await requestSubscription(store, signUp("pending@example.com"), 3);
    assert.ok(await markBounced(store, "ANN@example.com", "550 5.1.1 no such user", later(1000)));
    const ann = await findSubscriber(store, "ann@example.com");
    assert.equal([ann?.status, ann?.bounced_at, ann?.bounce_reason], ["bounced", later(1000).toISOString(), "550 5.1.1 no such user"]);
    assert.not.ok(await markBounced(store, "ann@example.com", "again", later(2000)), "already bounced");
    assert.is((await findSubscriber(store, "ann@example.com"))?.bounce_reason, "550 5.1.1 no such user");

    assert.ok(await markBounced(store, "pending@example.com", "5.1.1", later(1000)));
    assert.is((await findSubscriber(store, "pending@example.com"))?.confirmation_due_at, null, "no confirmation goes to an address that bounced");
    assert.not.ok(await markBounced(store, "gone@example.com", "5.1.1", later(1000)));
    assert.is((await findSubscriber(store, "gone@example.com"))?.status, "unsubscribed", "a reader who left stays so");
    assert.ok(await markBounced(store, "csv-reader@example.com", "5.1.1", later(1000)));
    assert.is((await findSubscriber(store, "csv-reader@example.com"))?.status, "bounced");

    // The way back: sign up again and confirm.
    assert.is(await requestSubscription(store, signUp("ann@example.com", later(HOUR)), 3), "confirmation-queued");
    assert.is(await confirmSubscription(store, "ann@example.com", later(HOUR), "127.0.0.1", later(2 * HOUR)), "confirmed");
    assert.is((await findSubscriber(store, "ann@example.com"))?.status, "subscribed");
  });
});

testOnEachEngine("sign-ups never confirmed are pruned; subscribed and unsubscribed readers stay", async (database) => {
  await withStore(database, async (store) => {
    await requestSubscription(store, signUp("old@example.com"), 3);
    await requestSubscription(store, signUp("new@example.com", later(3 * 24 * HOUR)), 3);
    await requestSubscription(store, signUp("kept@example.com"), 3);
    await confirmSubscription(store, "kept@example.com", T0, "127.0.0.1", later(1000));
    await unsubscribe(store, "gone@example.com", T0);
    assert.is(await pruneUnconfirmed(store, later(2 * 24 * HOUR)), 1);
    assert.is(await findSubscriber(store, "old@example.com"), undefined);
    assert.equal(await countByStatus(store), { pending: 1, subscribed: 1, unsubscribed: 1, bounced: 0 });
  });
});

testOnEachEngine("import adds new readers with the list's status and consent; readers already stored keep theirs", async (database) => {
  await withStore(database, async (store) => {
    await unsubscribe(store, "left@example.com", T0);
    const result = await importSubscribers(store, [
      { email: "left@example.com", status: "subscribed" },
      { email: "Eve@Example.com", name: "Eve", status: "subscribed", consentAt: "2025-01-02T03:04:05.000Z", consentIp: "192.0.2.1", consentSource: "old list" },
      { email: "frank@example.com", status: "unsubscribed" },
    ], "import subscribers.csv", later(1000));
    assert.equal(result, { added: 2, kept: 1 });
    assert.is((await findSubscriber(store, "left@example.com"))?.status, "unsubscribed");
    const eve = await findSubscriber(store, "eve@example.com");
    assert.equal([eve?.status, eve?.name, eve?.consent_at, eve?.consent_ip, eve?.consent_source], ["subscribed", "Eve", "2025-01-02T03:04:05.000Z", "192.0.2.1", "old list"]);
    assert.is((await findSubscriber(store, "frank@example.com"))?.consent_source, "import subscribers.csv");
  });
});

testOnEachEngine("the list comes in the order readers came, page by page, filtered by status; forget erases one", async (database) => {
  await withStore(database, async (store) => {
    const readers = Array.from({ length: 25 }, (_, i) => ({ email: `r${String(i).padStart(2, "0")}@example.com`, status: i % 5 === 0 ? "unsubscribed" as const : "subscribed" as const }));
    await importSubscribers(store, readers, "import", T0);
    await requestSubscription(store, signUp("late@example.com", later(1000)), 3);
    const all = [];
    for await (const row of listSubscribers(store, undefined, 4)) all.push(row.email);
    assert.equal(all, [...readers.map((reader) => reader.email), "late@example.com"]);
    const subscribed = [];
    for await (const row of listSubscribers(store, "subscribed", 3)) subscribed.push(row.email);
    assert.is(subscribed.length, 20);
    assert.ok(await forgetSubscriber(store, "R03@example.com"));
    assert.not.ok(await forgetSubscriber(store, "r03@example.com"));
    const statuses = await statusesOf(store, ["r00@example.com", "r01@example.com", "r03@example.com"]);
    assert.equal([...statuses], [["r00@example.com", "unsubscribed"], ["r01@example.com", "subscribed"]]);
  });
});

testOnEachEngine("due confirmations are claimed once under a lease, and come back when it runs out or the server deferred", async (database) => {
  await withStore(database, async (store) => {
    for (const name of ["a", "b", "c"]) await requestSubscription(store, signUp(`${name}@example.com`), 3);
    const first = await claimDueConfirmations(store, later(10), 60_000, 2);
    const second = await claimDueConfirmations(store, later(20), 60_000, 2);
    assert.is(first.length, 2);
    assert.is(second.length, 1);
    assert.equal(new Set([...first, ...second].map((due) => due.email)).size, 3, "nobody claimed twice");
    assert.equal(await claimDueConfirmations(store, later(30), 60_000, 10), [], "all leased");
    await confirmationSent(store, first[0]!);
    await confirmationDeferred(store, first[1]!, later(120_000));
    const afterLease = await claimDueConfirmations(store, later(90_000), 60_000, 10);
    assert.equal(afterLease.map((due) => due.email), [second[0]!.email], "the lease ran out: due again");
    const afterRetry = await claimDueConfirmations(store, later(200_000), 60_000, 10);
    assert.ok(afterRetry.some((due) => due.email === first[1]!.email), "the deferred one is due at its retry time");
    assert.not.ok(afterRetry.some((due) => due.email === first[0]!.email), "the sent one never comes back");
  });
});

testOnEachEngine("service processes claiming confirmations at once never share one, nor take more than they asked for", async (database) => {
  await withStore(database, async (store) => {
    for (let i = 0; i < 60; i++) await requestSubscription(store, signUp(`c${i}@example.com`), 3);
    const claimed: string[] = [];
    await Promise.all([1, 2, 3].map(async () => {
      for (;;) {
        const batch = await claimDueConfirmations(store, later(10), 60_000, 4);
        if (batch.length === 0) return;
        assert.ok(batch.length <= 4, `a claim of 4 took ${batch.length}`);
        claimed.push(...batch.map((due) => due.email));
      }
    }));
    assert.is(claimed.length, 60);
    assert.is(new Set(claimed).size, 60);
  });
});

testOnEachEngine("migrations run once: opening the database again keeps its readers", async (database) => {
  await withStore(database, async (store) => void (await requestSubscription(store, signUp("kept@example.com"), 3)));
  await withStore(database, async (store) => assert.is((await countByStatus(store)).pending, 1));
});

test("an unreachable PostgreSQL is reported with its address, never its password", async () => {
  try {
    await openStore("postgres://lede:hunter2@127.0.0.1:1/lede");
    assert.unreachable("should have failed");
  } catch (error) {
    const message = (error as Error).message;
    assert.match(message, /^cannot open the database postgres:\/\/lede:\*\*\*@127\.0\.0\.1:1\/lede: /);
    assert.not.match(message, /hunter2/);
  }
});

test.run();
