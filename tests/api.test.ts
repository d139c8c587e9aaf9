/**
 * `lede api` through Fastify's inject() (no socket), with its confirmation emails delivered to a real SMTP
 * server on loopback, on SQLite and PostgreSQL. The service as a process, over real HTTP, is in
 * api-process.test.ts.
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { redactQuery } from "../src/api/server.ts";
import { findSubscriber } from "../src/store/subscribers.ts";
import { confirmToken } from "../src/token/confirm.ts";
import { unsubscribeToken } from "../src/token/unsubscribe.ts";
import { API_URL, confirmationLink, form, FORM, multipart, SECRET, startTestService, type TestService } from "./helpers/api.ts";
import { ENGINES, testOnEachEngine } from "./helpers/engines.ts";
import { attr, elements, parseHtml, temporaryDir, textOf } from "./helpers/lede.ts";

const LIST = "weekly.example.com";
const DAY = 24 * 3600_000;

async function withService(database: string, body: (service: TestService) => Promise<void>, options: Parameters<typeof startTestService>[1] = {}) {
  const service = await startTestService(database, options);
  try {
    await body(service);
  } finally {
    await service.close();
  }
}

const signUpForm = (service: TestService, fields: Record<string, string>, remoteAddress = "127.0.0.1") =>
  service.app.inject({ method: "POST", url: "/subscribe", headers: FORM, payload: form({ source: "https://news.example.com/articles/x/", ...fields }), remoteAddress });
const unsubscribeUrl = (email: string, token = unsubscribeToken(email, LIST, SECRET)) => `/unsubscribe?${new URLSearchParams({ email, token })}`;
const statusOf = async (service: TestService, email: string) => (await findSubscriber(service.store, email))?.status;

testOnEachEngine("the whole loop: a form sign-up, the emailed link, the confirm button, then one-click unsubscribe", async (database) => {
  await withService(database, async (service) => {
    const signUp = await signUpForm(service, { email: "Ann@Example.com" }, "127.0.0.7");
    assert.is(signUp.statusCode, 303);
    assert.is(signUp.headers.location, `${API_URL}/check-your-inbox`);
    const pending = await findSubscriber(service.store, "ann@example.com");
    assert.equal([pending?.status, pending?.request_ip, pending?.request_source], ["pending", "127.0.0.7", "https://news.example.com/articles/x/"]);

    const [email] = await service.emails(1);
    assert.equal(service.smtp.delivered.map((to) => to.toLowerCase()), ["ann@example.com"]);
    assert.ok(service.smtp.delivered[0]!.startsWith("Ann@"), "to the address as the reader wrote it (domains are case-blind)");
    assert.is(email!.subject, "Confirm your subscription to The Test Weekly");
    const link = confirmationLink(email!.text);
    assert.ok(String(email!.html).includes(link.href.replace(/&/g, "&amp;")), "the HTML part has the same link");

    const page = await service.app.inject({ method: "GET", url: `${link.pathname.replace("/api", "")}${link.search}` });
    assert.is(page.statusCode, 200);
    assert.match(page.body, /Confirm my subscription/);
    assert.is(await statusOf(service, "ann@example.com"), "pending", "opening the link changes nothing (mail scanners open every link)");

    const { document } = parseHtml(page.body);
    const button = elements(document, "form").find((element) => attr(element, "action") === `${API_URL}/confirm`)!;
    const token = attr(elements(button, "input").find((input) => attr(input, "name") === "token")!, "value")!;
    const confirm = await service.app.inject({ method: "POST", url: "/confirm", headers: FORM, payload: form({ token }), remoteAddress: "127.0.0.8" });
    assert.is(confirm.statusCode, 200);
    assert.match(confirm.body, /You are subscribed/);
    const subscribed = await findSubscriber(service.store, "ann@example.com");
    assert.equal([subscribed?.status, subscribed?.consent_ip, subscribed?.consent_source], ["subscribed", "127.0.0.8", "https://news.example.com/articles/x/"]);
    const again = await service.app.inject({ method: "POST", url: "/confirm", headers: FORM, payload: form({ token }) });
    assert.is(again.statusCode, 200, "confirming again is harmless");
    assert.match(again.body, /already subscribed/);

    const unsubscribePage = await service.app.inject({ method: "GET", url: unsubscribeUrl("ann@example.com") });
    assert.is(unsubscribePage.statusCode, 200);
    assert.match(unsubscribePage.body, /<button type="submit">Unsubscribe<\/button>/);
    assert.is(await statusOf(service, "ann@example.com"), "subscribed", "the unsubscribe page changes nothing by itself");
    const oneClick = await service.app.inject({ method: "POST", url: unsubscribeUrl("ann@example.com"), headers: FORM, payload: "List-Unsubscribe=One-Click" });
    assert.is(oneClick.statusCode, 200);
    assert.is(await statusOf(service, "ann@example.com"), "unsubscribed");
  });
});

testOnEachEngine("JSON sign-ups get 202, and the same answer whether the address is new, pending or subscribed", async (database) => {
  await withService(database, async (service) => {
    const signUp = (email: string) => service.app.inject({ method: "POST", url: "/subscribe", payload: { email, name: "Bea" } });
    const first = await signUp("bea@example.com");
    await service.emails(1);
    const link = confirmationLink(service.smtp.received[0]!.text);
    await service.app.inject({ method: "POST", url: "/confirm", payload: { token: link.searchParams.get("token") } });
    assert.is(await statusOf(service, "bea@example.com"), "subscribed");
    const known = await signUp("BEA@example.com");
    const fresh = await signUp("someone-new@example.com");
    for (const response of [first, known, fresh]) {
      assert.is(response.statusCode, 202);
      assert.equal(response.json(), { status: "check-your-inbox", message: "If the address can subscribe, a confirmation email is on its way." });
    }
    assert.is((await service.emails(2)).length, 2, "no email to the reader who is already subscribed");
  });
});

testOnEachEngine("an invalid address gets 400 and nothing is stored: JSON says why, a form gets its page back with the error", async (database) => {
  await withService(database, async (service) => {
    const json = await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: "bob@" } });
    assert.is(json.statusCode, 400);
    assert.is(json.json().error, "invalid-email");
    const page = await signUpForm(service, { email: "not an address" });
    assert.is(page.statusCode, 400);
    const { document } = parseHtml(page.body);
    const input = elements(document, "input").find((element) => attr(element, "name") === "email")!;
    assert.is(attr(input, "value"), "not an address", "what the reader typed is kept");
    assert.is(attr(input, "aria-invalid"), "true");
    assert.match(textOf(elements(document, "p").find((p) => attr(p, "id") === "subscribe-error")!), /does not look like an email address/);
    const missing = await service.app.inject({ method: "POST", url: "/subscribe", payload: { name: "No address" } });
    assert.is(missing.statusCode, 400);
    const tooLong = await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: `${"a".repeat(320)}@example.com` } });
    assert.is(tooLong.statusCode, 400);
    assert.is((await service.store.db.selectFrom("subscribers").select("email").execute()).length, 0);
  });
});

testOnEachEngine("the confirmation email carries the address and the link, never the name the sign-up typed", async (database) => {
  await withService(database, async (service) => {
    const spam = "Cheap pills at spam.example";
    await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: "victim@example.com", name: spam } });
    const [email] = await service.emails(1);
    assert.not.ok(String(email!.text).includes("Cheap pills"));
    assert.not.ok(String(email!.html).includes("Cheap pills"));
    assert.not.ok(email!.subject!.includes("Cheap pills"));
    assert.ok(String(email!.text).includes("victim@example.com"));
    assert.is(email!.headers.get("auto-submitted"), "auto-generated");
    assert.match(String(email!.html), /<a class="button" href="[^"]+" style="[^"]*background: ?#8a3b12/, "the email's CSS is inlined");
  });
});

testOnEachEngine("forged, expired and cross-purpose tokens get a clear page and change nothing", async (database) => {
  await withService(database, async (service) => {
    await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: "cat@example.com" } });
    const [email] = await service.emails(1);
    const token = confirmationLink(email!.text).searchParams.get("token")!;
    const post = (value: string) => service.app.inject({ method: "POST", url: "/confirm", headers: FORM, payload: form({ token: value }) });

    const forged = `${token.slice(0, -2)}${token.endsWith("AA") ? "BB" : "AA"}`;
    const forgedAnswer = await post(forged);
    assert.is(forgedAnswer.statusCode, 403);
    assert.match(forgedAnswer.body, /This link does not work/);
    const otherAddress = confirmToken("dog@example.com", LIST, service.clock.at, "another-secret");
    assert.is((await post(otherAddress)).statusCode, 403, "signed with another secret");
    assert.is((await post(unsubscribeToken("cat@example.com", LIST, SECRET))).statusCode, 403, "an unsubscribe token cannot confirm");
    assert.is((await post(confirmToken("cat@example.com", "another.list", service.clock.at, SECRET))).statusCode, 403, "another list's token");
    assert.is((await service.app.inject({ method: "GET", url: "/confirm?token=" })).statusCode, 403);
    assert.is((await service.app.inject({ method: "GET", url: `/confirm?token=${"x".repeat(700)}` })).statusCode, 400);

    service.clock.at = new Date(service.clock.at.getTime() + 4 * DAY);
    const expired = await post(token);
    assert.is(expired.statusCode, 410);
    assert.match(expired.body, /This link has expired/);
    assert.match(expired.body, /name="email"/, "with the form to sign up again");
    assert.is(await statusOf(service, "cat@example.com"), "pending");

    const confirmPart = token.split(".")[2]!;
    const crossed = await service.app.inject({ method: "POST", url: unsubscribeUrl("cat@example.com", confirmPart), headers: FORM, payload: "List-Unsubscribe=One-Click" });
    assert.is(crossed.statusCode, 403, "a confirmation token cannot unsubscribe");
  });
});

testOnEachEngine("one-click unsubscribe takes urlencoded and multipart bodies; a wrong token gets 403 and changes nothing", async (database) => {
  await withService(database, async (service) => {
    for (const email of ["dee@example.com", "eli@example.com", "fay@example.com"]) {
      await service.store.db.insertInto("subscribers").values({ email_key: email, email, status: "subscribed", created_at: "2026-01-01T00:00:00.000Z", updated_at: "2026-01-01T00:00:00.000Z" }).execute();
    }
    const wrong = await service.app.inject({ method: "POST", url: unsubscribeUrl("dee@example.com", unsubscribeToken("eli@example.com", LIST, SECRET)), headers: FORM, payload: "List-Unsubscribe=One-Click" });
    assert.is(wrong.statusCode, 403);
    assert.is((await service.app.inject({ method: "GET", url: unsubscribeUrl("dee@example.com", "nope") })).statusCode, 403);
    assert.is((await service.app.inject({ method: "POST", url: "/unsubscribe?email=dee@example.com", headers: FORM, payload: "List-Unsubscribe=One-Click" })).statusCode, 403);
    assert.is(await statusOf(service, "dee@example.com"), "subscribed");

    const { payload, headers } = multipart({ "List-Unsubscribe": "One-Click" });
    const viaMultipart = await service.app.inject({ method: "POST", url: unsubscribeUrl("eli@example.com"), headers, payload });
    assert.is(viaMultipart.statusCode, 200);
    assert.is(await statusOf(service, "eli@example.com"), "unsubscribed");

    const json = await service.app.inject({ method: "POST", url: unsubscribeUrl("FAY@example.com", unsubscribeToken("fay@example.com", LIST, SECRET)), headers: { accept: "application/json" } });
    assert.is(json.statusCode, 200);
    assert.equal(json.json().status, "unsubscribed");
    assert.is(await statusOf(service, "fay@example.com"), "unsubscribed");
  });
});

testOnEachEngine("the honeypot: a filled-in hidden field gets the usual answer, and nothing is stored or sent", async (database) => {
  await withService(database, async (service) => {
    const bot = await signUpForm(service, { email: "stranger@example.com", website: "http://spam.example" });
    assert.is(bot.statusCode, 303);
    assert.is(await statusOf(service, "stranger@example.com"), undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.is(service.smtp.received.length, 0);
  });
});

testOnEachEngine("rate limits: sign-ups per client address answer 429 past the limit; confirmation emails stop at three per address a day", async (database) => {
  await withService(database, async (service) => {
    const statuses = [];
    for (let i = 0; i < 12; i++) statuses.push((await signUpForm(service, { email: `flood${i}@example.com` }, "127.0.5.5")).statusCode);
    assert.equal(statuses, [...Array(10).fill(303), 429, 429]);
    const limited = await signUpForm(service, { email: "late@example.com" }, "127.0.5.5");
    assert.match(limited.body, /Too many requests/);
    assert.ok(limited.headers["retry-after"], "says when to come back");
    const json = await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: "late@example.com" }, remoteAddress: "127.0.5.5" });
    assert.equal([json.statusCode, json.json().error], [429, "rate-limited"]);
    assert.is((await signUpForm(service, { email: "other@example.com" }, "127.0.5.6")).statusCode, 303, "another client is not limited");
    await service.emails(11);

    const answers = [];
    for (let i = 0; i < 6; i++) {
      answers.push((await signUpForm(service, { email: "target@example.com" }, `127.0.6.${i}`)).statusCode);
      await new Promise((resolve) => setTimeout(resolve, 150)); // each email out before the next request
    }
    assert.equal(answers, Array(6).fill(303), "the same answer every time");
    // Delivery runs on its own: wait for the three, then long enough that a fourth would have come.
    await service.emails(11 + 3);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const toTarget = service.smtp.delivered.filter((address) => address === "target@example.com");
    assert.is(toTarget.length, 3, "at most three confirmation emails to one address a day, whoever asks");
  });
});

test("an oversized body gets 413, a multipart body with a file or too many fields is refused, and nothing is stored", async () => {
  await withService(await ENGINES[0]!.newDatabase(), async (service) => {
    const big = await service.app.inject({ method: "POST", url: "/subscribe", headers: FORM, payload: form({ email: "big@example.com", name: "x".repeat(20_000) }) });
    assert.is(big.statusCode, 413);
    const fields = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}`, "x"]));
    const many = multipart({ email: "many@example.com", ...fields });
    assert.ok((await service.app.inject({ method: "POST", url: "/subscribe", ...many })).statusCode >= 400);
    const boundary = "b";
    const file = `--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nfile@example.com\r\n--${boundary}\r\nContent-Disposition: form-data; name="upload"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n--${boundary}--\r\n`;
    const upload = await service.app.inject({ method: "POST", url: "/subscribe", headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, payload: file });
    assert.ok(upload.statusCode >= 400, `a file is refused (${upload.statusCode})`);
    assert.is((await service.store.db.selectFrom("subscribers").select("email").execute()).length, 0);
  });
});

test("every answer carries security headers and no-store; the pages' CSP allows only the site's stylesheet", async () => {
  await withService(await ENGINES[0]!.newDatabase(), async (service) => {
    const page = await service.app.inject({ method: "GET", url: "/subscribe" });
    assert.is(page.statusCode, 200);
    const csp = String(page.headers["content-security-policy"]);
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /style-src https:\/\/news\.example\.com/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.not.match(csp, /(?:^|;)\s*[a-z-]+\s*(?:;|$)/, `a directive without a source: ${csp}`);
    assert.not.match(csp, /script-src/, "no CAPTCHA, no script");
    assert.is(page.headers["x-content-type-options"], "nosniff");
    assert.is(page.headers["referrer-policy"], "no-referrer");
    assert.is(page.headers["cache-control"], "no-store");
    assert.is((await service.app.inject({ method: "GET", url: "/nowhere" })).statusCode, 404);
  });
});

test("logs name each request but never a whole token or address", async () => {
  await withService(await ENGINES[0]!.newDatabase(), async (service) => {
    const token = unsubscribeToken("gus@example.com", LIST, SECRET);
    await service.app.inject({ method: "GET", url: unsubscribeUrl("gus@example.com", token) });
    await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: "hal@example.com" } });
    const [email] = await service.emails(1);
    const confirm = confirmationLink(email!.text).searchParams.get("token")!;
    await service.app.inject({ method: "GET", url: `/confirm?token=${confirm}` });
    const logs = service.logs.join("\n");
    assert.match(logs, /GET \/unsubscribe\?email=g…@example\.com&token=\S{6}… 200/);
    for (const secret of [token, confirm, "gus@example.com", "hal@example.com", SECRET]) assert.not.ok(logs.includes(secret), `the log holds ${secret}`);
    assert.is(redactQuery("/confirm?token=abcdefghijklmnop&x=1"), "/confirm?token=abcdef…&x=1");
  });
});

testOnEachEngine("health answers 200 while the database does, 503 once it does not", async (database) => {
  await withService(database, async (service) => {
    const healthy = await service.app.inject({ method: "GET", url: "/health" });
    assert.is(healthy.statusCode, 200);
    assert.is(healthy.json().status, "ok");
    await service.store.close();
    assert.is((await service.app.inject({ method: "GET", url: "/health" })).statusCode, 503);
    service.store.close = async () => {};
  });
});

test("with a CAPTCHA set, a sign-up passes only when the provider says so, and the secret goes only to the provider", async () => {
  const seen: string[] = [];
  const provider = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      seen.push(body);
      const fields = new URLSearchParams(body);
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ success: fields.get("response") === "human" && fields.get("secret") === "captcha-secret" }));
    });
  });
  await new Promise<void>((resolve) => provider.listen(0, "127.0.0.1", resolve));
  const verifyUrl = `http://127.0.0.1:${(provider.address() as { port: number }).port}/siteverify`;
  try {
    await withService(await ENGINES[0]!.newDatabase(), async (service) => {
      const page = await service.app.inject({ method: "GET", url: "/subscribe" });
      assert.match(page.body, /class="cf-turnstile" data-sitekey="site-key-1"/);
      assert.match(String(page.headers["content-security-policy"]), /script-src https:\/\/challenges\.cloudflare\.com/);
      const robot = await signUpForm(service, { email: "robot@example.com", "cf-turnstile-response": "robot" });
      assert.is(robot.statusCode, 400);
      assert.match(robot.body, /did not pass/);
      const none = await signUpForm(service, { email: "robot@example.com" });
      assert.is(none.statusCode, 400);
      const human = await signUpForm(service, { email: "human@example.com", "cf-turnstile-response": "human" });
      assert.is(human.statusCode, 303);
      assert.is(await statusOf(service, "human@example.com"), "pending");
      assert.is(await statusOf(service, "robot@example.com"), undefined);
      assert.match(seen.at(-1)!, /remoteip=127\.0\.0\.1/);
    }, { site: { api: { captcha: { provider: "turnstile", siteKey: "site-key-1", verifyUrl } } }, captchaSecret: "captcha-secret" });
  } finally {
    provider.close();
  }
});

const java = spawnSync("java", ["-version"]).status === 0;
test("every page of the service is in the site's layout and valid HTML (W3C Nu checker)", async () => {
  await withService(await ENGINES[0]!.newDatabase(), async (service) => {
    await service.app.inject({ method: "POST", url: "/subscribe", payload: { email: "ivy@example.com" } });
    const [email] = await service.emails(1);
    const token = confirmationLink(email!.text).searchParams.get("token")!;
    const pages = {
      subscribe: await service.app.inject({ method: "GET", url: "/subscribe" }),
      "invalid-address": await signUpForm(service, { email: "nope" }),
      "check-your-inbox": await service.app.inject({ method: "GET", url: "/check-your-inbox" }),
      confirm: await service.app.inject({ method: "GET", url: `/confirm?token=${token}` }),
      confirmed: await service.app.inject({ method: "POST", url: "/confirm", headers: FORM, payload: form({ token }) }),
      unsubscribe: await service.app.inject({ method: "GET", url: unsubscribeUrl("ivy@example.com") }),
      unsubscribed: await service.app.inject({ method: "POST", url: unsubscribeUrl("ivy@example.com"), headers: FORM, payload: "List-Unsubscribe=One-Click" }),
      forged: await service.app.inject({ method: "GET", url: "/confirm?token=x.y.z" }),
      "not-found": await service.app.inject({ method: "GET", url: "/nowhere" }),
    };
    const dir = temporaryDir("api-pages");
    for (const [name, response] of Object.entries(pages)) {
      const { document, errors } = parseHtml(response.body);
      assert.equal(errors, [], name);
      assert.is(attr(elements(document, "base")[0]!, "href"), "https://news.example.com/", `${name}: links resolve against the site`);
      assert.ok(elements(document, "nav").length > 0 && elements(document, "footer").length > 0, `${name}: the site's header and footer`);
      assert.ok(elements(document, "meta").some((meta) => attr(meta, "name") === "robots" && attr(meta, "content") === "noindex"), `${name}: not indexed`);
      writeFileSync(join(dir, `${name}.html`), response.body);
    }
    if (!java) return console.log("api.test.ts: skipping the W3C Nu HTML Checker: no java on PATH");
    const vnu = createRequire(import.meta.url)("vnu-jar") as string;
    const check = spawnSync("java", ["-jar", vnu, "--errors-only", "--format", "json", dir], { encoding: "utf8" });
    const messages = (JSON.parse(check.stderr || '{"messages":[]}') as { messages: Array<{ url: string; message: string }> }).messages;
    assert.equal(messages.map((m) => `${m.url.replace(`file:${dir}/`, "")}: ${m.message}`), []);
  });
});

test.run();
