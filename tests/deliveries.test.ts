/**
 * The send record in the database, on SQLite and PostgreSQL: claims that two senders never share, the
 * step to `sending` that checks the reader still wants the issue, taking over a sender that is gone,
 * what a new run retries; the email's fingerprint and what changed; Lede 0.1's ledgers moved in.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { describeChanges, fingerprintEmail } from "../src/send/frozen.ts";
import { importLedgers } from "../src/send/ledger.ts";
import { SendRecord, senderGone } from "../src/send/record.ts";
import {
  claimReaders, countDeliveries, deliveryOf, enqueueReaders, issueSendOf, recordOutcomes, registerSender, requeueForRun, startSending, takeOverSender,
} from "../src/store/deliveries.ts";
import type { Store } from "../src/store/open.ts";
import { importSubscribers, markBounced, unsubscribe } from "../src/store/subscribers.ts";
import { testOnEachEngine, withStore } from "./helpers/engines.ts";
import { temporaryDir } from "./helpers/lede.ts";

const ISSUE = "2026-W47";
const at = new Date("2026-11-30T08:00:00.000Z");
const readers = (count: number) => Array.from({ length: count }, (_, i) => ({ email: `reader${String(i).padStart(3, "0")}@example.com` }));

async function subscribe(store: Store, count: number) {
  await importSubscribers(store, readers(count).map((reader) => ({ ...reader, status: "subscribed" as const })), "test", at);
  await enqueueReaders(store, ISSUE, readers(count), at);
}

testOnEachEngine("senders claiming at once never share a reader, and every reader is claimed", async (database) => {
  await withStore(database, async (store) => {
    await subscribe(store, 300);
    const senders = ["a/1/x", "b/2/y", "c/3/z"];
    const claimed: string[][] = senders.map(() => []);
    await Promise.all(senders.map(async (sender, index) => {
      for (;;) {
        const batch = await claimReaders(store, ISSUE, sender, 7, at);
        if (batch.length === 0) return;
        assert.ok(batch.length <= 7, `a claim of 7 took ${batch.length}`);
        claimed[index]!.push(...batch.map((reader) => reader.email));
      }
    }));
    const all = claimed.flat();
    assert.is(all.length, 300);
    assert.is(new Set(all).size, 300);
    assert.equal(await countDeliveries(store, ISSUE), { queued: 0, claimed: 300, sending: 0, sent: 0, failed: 0, deferred: 0, uncertain: 0 });
    // Enqueueing again keeps every row as it is.
    await enqueueReaders(store, ISSUE, readers(301), at);
    assert.is((await countDeliveries(store, ISSUE)).queued, 1);
  });
});

testOnEachEngine("sending is marked only by the claiming sender and only for a reader who still wants the issue", async (database) => {
  await withStore(database, async (store) => {
    await subscribe(store, 3);
    const [first, second, third] = await claimReaders(store, ISSUE, "a/1/x", 3, at);
    assert.is(await startSending(store, ISSUE, first!.key, "b/2/y", "subscribed", 1, at), "lost", "another sender's claim");
    assert.is(await startSending(store, ISSUE, first!.key, "a/1/x", "subscribed", 1, at), "go");
    assert.is(await startSending(store, ISSUE, first!.key, "a/1/x", "subscribed", 1, at), "lost", "a second time");
    await unsubscribe(store, second!.email, at);
    assert.is(await startSending(store, ISSUE, second!.key, "a/1/x", "subscribed", 1, at), "left");
    assert.is(await deliveryOf(store, ISSUE, second!.email), undefined, "the row of a reader who left is gone");
    await markBounced(store, third!.email, "test", at);
    assert.is(await startSending(store, ISSUE, third!.key, "a/1/x", "not-left", 1, at), "left", "a list's reader who bounced");
    await recordOutcomes(store, ISSUE, "a/1/x", [{ key: first!.key, state: "sent", messageId: "<m@x>", reason: "250 ok" }], at);
    const row = await deliveryOf(store, ISSUE, first!.email);
    assert.equal([row?.state, row?.message_id, row?.sender, row?.version], ["sent", "<m@x>", null, 1]);
  });
});

testOnEachEngine("a sender that is gone: what it claimed goes back to the queue, what it was sending becomes uncertain", async (database) => {
  await withStore(database, async (store) => {
    await subscribe(store, 4);
    await registerSender(store, "gone-host/1/x", ISSUE, at);
    const claimed = await claimReaders(store, ISSUE, "gone-host/1/x", 4, at);
    await startSending(store, ISSUE, claimed[0]!.key, "gone-host/1/x", "subscribed", 1, at);
    const record = new SendRecord(store, ISSUE, "subscribed", () => new Date(at.getTime() + 30_000));
    assert.equal(await record.takeOverGone(), { requeued: 0, uncertain: 0, senders: [] }, "within its lease, a sender on another machine is alive");
    const later = new SendRecord(store, ISSUE, "subscribed", () => new Date(at.getTime() + 61_000));
    assert.equal(await later.takeOverGone(), { requeued: 3, uncertain: 1, senders: ["gone-host/1/x"] });
    assert.is(await store.db.selectFrom("senders").select("id").where("id", "=", "gone-host/1/x").executeTakeFirst(), undefined, "its row in senders went too");
    const row = await deliveryOf(store, ISSUE, claimed[0]!.email);
    assert.equal([row?.state, row?.reason], ["uncertain", "its sender (gone-host/1/x) stopped while sending"]);
    // The uncertain one is sent again only when the editor names it.
    await requeueForRun(store, ISSUE, { retryFailed: false, resend: [] }, at);
    assert.is((await countDeliveries(store, ISSUE)).uncertain, 1);
    await requeueForRun(store, ISSUE, { retryFailed: false, resend: [claimed[0]!.email.toUpperCase()] }, at);
    assert.is((await countDeliveries(store, ISSUE)).queued, 4);
  });
});

test("a sender on this machine whose process is gone is gone at once; one still running is not", () => {
  const fresh = at.toISOString();
  const [host] = new SendRecord({} as Store, ISSUE, "subscribed").sender.split("/");
  assert.not.ok(senderGone(`${host}/${process.pid}/abc`, fresh, at), "this process");
  assert.not.ok(senderGone(`${host}/${process.ppid}/abc`, fresh, at), "its parent");
  assert.ok(senderGone(`${host}/2147483646/abc`, fresh, at), "no such process");
  assert.not.ok(senderGone("elsewhere/2147483646/abc", fresh, at), "another machine within the lease");
  assert.ok(senderGone("elsewhere/1/abc", fresh, new Date(at.getTime() + 61_000)), "another machine past the lease");
  assert.ok(senderGone(`${host}/${process.pid}/abc`, null, at), "a sender with no row in senders (it stopped, or was taken over)");
});

testOnEachEngine("a new run retries the deferred, the failed only when asked and never a bounced address", async (database) => {
  await withStore(database, async (store) => {
    await subscribe(store, 3);
    const [deferred, failed, bounced] = await claimReaders(store, ISSUE, "a/1/x", 3, at);
    for (const reader of [deferred!, failed!, bounced!]) await startSending(store, ISSUE, reader.key, "a/1/x", "subscribed", 1, at);
    await recordOutcomes(store, ISSUE, "a/1/x", [
      { key: deferred!.key, state: "deferred", reason: "451" }, { key: failed!.key, state: "failed", reason: "550 content" }, { key: bounced!.key, state: "failed", reason: "550 no such user" },
    ], at);
    await markBounced(store, bounced!.email, "smtp: 550", at);
    await requeueForRun(store, ISSUE, { retryFailed: false, resend: [] }, at);
    assert.equal(await countDeliveries(store, ISSUE), { queued: 1, claimed: 0, sending: 0, sent: 0, failed: 2, deferred: 0, uncertain: 0 });
    await requeueForRun(store, ISSUE, { retryFailed: true, resend: [] }, at);
    assert.equal(await countDeliveries(store, ISSUE), { queued: 2, claimed: 0, sending: 0, sent: 0, failed: 1, deferred: 0, uncertain: 0 });
    assert.is((await deliveryOf(store, ISSUE, bounced!.email))?.state, "failed");
    // A claim another sender holds is left to it, even when named.
    const held = await claimReaders(store, ISSUE, "b/2/y", 1, at);
    assert.equal(await requeueForRun(store, ISSUE, { retryFailed: false, resend: [held[0]!.email.toUpperCase(), deferred!.email] }, at), [held[0]!.email]);
    assert.is((await deliveryOf(store, ISSUE, held[0]!.email))?.state, "claimed");
    assert.equal(await takeOverSender(store, ISSUE, "b/2/y", at), { requeued: 1, uncertain: 0 });
  });
});

const email = (stories: Array<[string, string, string]>) => {
  const blocks = stories.map(([headline, , summary], index) => `${headline} [${index + 2}]\n1 December 2026 · 1 min read\n\n${summary}\n`);
  const links = stories.map(([, url], index) => `[${index + 2}] ${url}`);
  const rule = "-".repeat(72);
  const text = `THE WEEKLY\n\nRead this issue on the web [1].\n\n${rule}\n\n${blocks.join(`\n${rule}\n\n`)}\n${rule}\n\nUnsubscribe: https://x/u\n\nLinks:\n[1] https://x/issues/w47/\n${links.join("\n")}\n`;
  return { id: ISSUE, subject: "Weekly", html: `<p>${text}</p>`, text, webUrl: "https://x/issues/w47/" };
};

test("the email's fingerprint names each story, and the changes say what was added, edited and removed", () => {
  const before = fingerprintEmail(email([["Storm tears gap in harbour wall", "https://x/a/storm/", "A storm tore a gap."], ["Bakery closes", "https://x/a/bakery/", "It closed."]]));
  assert.equal(before.entries.map((entry) => [entry.headline, entry.url]), [["Storm tears gap in harbour wall", "https://x/a/storm/"], ["Bakery closes", "https://x/a/bakery/"]]);
  const after = fingerprintEmail(email([["Storm tears gap in harbour wall", "https://x/a/storm/", "A storm tore a 30-metre gap."], ["Library opens on Sundays", "https://x/a/library/", "From January."]]));
  assert.is.not(after.digest, before.digest);
  assert.equal(describeChanges(before.entries, after.entries), ['added "Library opens on Sundays"', 'edited "Storm tears gap in harbour wall"', 'removed "Bakery closes"']);
  const restyled = { ...email([["Storm tears gap in harbour wall", "https://x/a/storm/", "A storm tore a gap."], ["Bakery closes", "https://x/a/bakery/", "It closed."]]), subject: "Weekly, again" };
  assert.equal(describeChanges(before.entries, fingerprintEmail(restyled).entries), ["the same stories, but the rest of the email changed (its layout, subject or settings)"]);
  assert.is(fingerprintEmail(email([["Storm tears gap in harbour wall", "https://x/a/storm/", "A storm tore a gap."], ["Bakery closes", "https://x/a/bakery/", "It closed."]])).digest, before.digest, "the same email, the same digest");
});

testOnEachEngine("Lede 0.1's ledger files move into the database once, and a reader it left mid-message is uncertain", async (database) => {
  const dir = temporaryDir("legacy");
  const line = (address: string, state: string) => JSON.stringify({ email: address, state, at: at.toISOString(), ...(state === "sent" ? { messageId: "<m@x>" } : {}) });
  writeFileSync(join(dir, `${ISSUE}.jsonl`), [line("ann@example.com", "sending"), line("ann@example.com", "sent"), line("bob@example.com", "sending"), line("cy@example.com", "deferred"), '{"email":"d'].join("\n"));
  writeFileSync(join(dir, "2026-W48.jsonl"), `${line("ann@example.com", "sent")}\n`);
  const fingerprint = fingerprintEmail(email([["Bakery closes", "https://x/a/bakery/", "It closed."]]));
  await withStore(database, async (store) => {
    const moved = await importLedgers(store, dir, (id) => (id === ISSUE ? fingerprint : undefined), at);
    assert.equal(moved, [ISSUE]);
    assert.equal(await countDeliveries(store, ISSUE), { queued: 0, claimed: 0, sending: 0, sent: 1, failed: 0, deferred: 1, uncertain: 1 });
    assert.is((await deliveryOf(store, ISSUE, "bob@example.com"))?.state, "uncertain");
    assert.is((await issueSendOf(store, ISSUE))?.email_digest, fingerprint.digest);
    assert.equal(await importLedgers(store, dir, () => fingerprint, at), ["2026-W48"], "moved once; an issue not built waits for its build");
  });
});

test.run();
