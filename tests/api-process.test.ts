/**
 * The real `lede api` command over real HTTP on loopback, with its emails going to a real SMTP server,
 * on SQLite and PostgreSQL. About 10 s.
 */
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../_data/site.ts";
import { unsubscribeToken } from "../src/token/unsubscribe.ts";
import { confirmationLink, SECRET, startApiProcess } from "./helpers/api.ts";
import { testOnEachEngine, withStore } from "./helpers/engines.ts";
import { ledeAsync, temporaryDir } from "./helpers/lede.ts";
import { startSmtpServer } from "./helpers/smtp.ts";
import { countByStatus, findSubscriber } from "../src/store/subscribers.ts";

test("lede api refuses to start without LEDE_SECRET, SMTP_URL or a port it can use, saying which", async () => {
  const database = join(temporaryDir("api"), "lede.db");
  const [noSecret, noSmtp, badPort] = await Promise.all([
    ledeAsync(["api", "--db", database], { LEDE_SECRET: "", SMTP_URL: "smtp://127.0.0.1:2525" }),
    ledeAsync(["api", "--db", database], { LEDE_SECRET: "s", SMTP_URL: "" }),
    ledeAsync(["api", "--port", "http", "--db", database], { LEDE_SECRET: "s", SMTP_URL: "smtp://127.0.0.1:2525" }),
  ]);
  assert.is(noSecret.status, 2);
  assert.match(noSecret.stderr, /set LEDE_SECRET to a long random string/);
  assert.is(noSmtp.status, 2);
  assert.match(noSmtp.stderr, /set SMTP_URL/);
  assert.is(badPort.status, 2);
  assert.match(badPort.stderr, /--port must be a port number/);
});

testOnEachEngine("over HTTP: a JSON sign-up, the emailed link, the confirm button, the one-click POST a mail client sends; SIGTERM stops it", async (database) => {
  const smtp = await startSmtpServer();
  const api = await startApiProcess(database, smtp.url());
  try {
    // The warm-up before listening answers each kind of request once: it stores nothing and logs nothing.
    await withStore(database, async (store) => assert.equal(await countByStatus(store), { pending: 0, subscribed: 0, unsubscribed: 0, bounced: 0 }));
    assert.not.match(api.output(), /192\.0\.2\.1|warm-up/);
    const signUp = await fetch(`${api.url}/subscribe`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: "jo@example.com" }) });
    assert.is(signUp.status, 202);
    while (smtp.received.length < 1) await new Promise((resolve) => setTimeout(resolve, 20));
    const link = confirmationLink(smtp.received[0]!.text);
    assert.is(link.origin, api.url, "the link points at the service's public address");
    const page = await fetch(link);
    assert.is(page.status, 200);
    assert.match(await page.text(), /Confirm my subscription/);
    const confirmed = await fetch(`${api.url}/confirm`, { method: "POST", body: new URLSearchParams({ token: link.searchParams.get("token")! }) });
    assert.is(confirmed.status, 200);

    // As a mail client sends RFC 8058's one-click: a POST to the List-Unsubscribe URL, here as multipart.
    await withStore(database, async (store) => assert.is((await findSubscriber(store, "jo@example.com"))?.status, "subscribed"));
    const listUnsubscribe = await fetch(`${api.url}/unsubscribe?${new URLSearchParams({ email: "jo@example.com", token: "forged" })}`, { method: "POST", body: new URLSearchParams({ "List-Unsubscribe": "One-Click" }) });
    assert.is(listUnsubscribe.status, 403);
    const body = new FormData();
    body.set("List-Unsubscribe", "One-Click");
    const oneClick = await fetch(`${api.url}/unsubscribe?${new URLSearchParams({ email: "jo@example.com", token: unsubscribeToken("jo@example.com", site.email.listId, SECRET) })}`, { method: "POST", body });
    assert.is(oneClick.status, 200);
    await withStore(database, async (store) => assert.is((await findSubscriber(store, "jo@example.com"))?.status, "unsubscribed"));
  } finally {
    const code = await api.stop();
    await smtp.close();
    assert.is(code, 0, api.output());
    assert.match(api.output(), /stopping after the requests in flight/);
    assert.not.match(api.output(), /jo@example\.com/, "no whole address in the log");
  }
});

test.run();
