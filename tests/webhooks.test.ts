/**
 * `lede api`'s bounce and complaint webhooks through inject(): Amazon SES notifications over SNS (signed
 * with a certificate this test makes, served by an injected fetch), and Mailgun's signed events. Payloads
 * follow the relays' documented formats. Every refusal changes nothing. About 10 s.
 */
import { spawnSync } from "node:child_process";
import { createHmac, createSign, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { importSubscribers, findSubscriber } from "../src/store/subscribers.ts";
import { startTestService, type TestService } from "./helpers/api.ts";
import { ENGINES, testOnEachEngine } from "./helpers/engines.ts";
import { temporaryDir } from "./helpers/lede.ts";

const TOPIC = "arn:aws:sns:us-east-1:123456789012:ses-bounces";
const CERT_URL = "https://sns.us-east-1.amazonaws.com/SimpleNotificationService-7506a1e35b36ef5a444dd1a8e7cc3ed8.pem";
const SUBSCRIBE_URL = `https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=${TOPIC}&Token=2336412f37`;
const MAILGUN_KEY = "key-3ax6xnjp29jd6fds4gc373sgvjxteol0";
const TEXT = { "content-type": "text/plain; charset=UTF-8", "x-amz-sns-message-type": "Notification" };

/** A self-signed certificate and its key, as SNS's signing certificate stands in for in these tests. */
function makeCertificate(name: string): { cert: string; key: string } {
  const dir = temporaryDir(`sns-${name}`);
  const made = spawnSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "2", "-subj", "/CN=sns.amazonaws.com"], { encoding: "utf8" });
  if (made.status !== 0) throw new Error(`openssl: ${made.stderr}`);
  return { cert: readFileSync(join(dir, "cert.pem"), "utf8"), key: readFileSync(join(dir, "key.pem"), "utf8") };
}
const SNS = makeCertificate("sns");
const STRANGER = makeCertificate("stranger");

/** What the injected fetch was asked for, and what it serves: the certificate, and the subscription's confirmation. */
function snsServer() {
  const fetched: string[] = [];
  let failing = 0;
  const fetchText = async (url: string) => {
    fetched.push(url);
    if (failing > 0 && failing--) throw new Error("connection refused");
    if (url === CERT_URL) return SNS.cert;
    if (url === SUBSCRIBE_URL) return "<ConfirmSubscriptionResponse/>";
    throw new Error(`404 from ${url}`);
  };
  return { fetched, fetchText, failNext: (times: number) => (failing = times) };
}

type Sns = Record<string, string>;

/** An SNS message signed as AWS documents: `Name\nvalue\n` for each signed field, in this order. */
function signed(fields: Sns, version: "1" | "2" = "1", key = SNS.key): Sns {
  const message: Sns = { MessageId: "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324", TopicArn: TOPIC, Timestamp: new Date().toISOString(), SignatureVersion: version, SigningCertURL: CERT_URL, ...fields };
  const names = message.Type === "Notification"
    ? ["Message", "MessageId", ...("Subject" in message ? ["Subject"] : []), "Timestamp", "TopicArn", "Type"]
    : ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
  const text = names.map((name) => `${name}\n${message[name]}\n`).join("");
  message.Signature = createSign(version === "1" ? "RSA-SHA1" : "RSA-SHA256").update(text).sign(key, "base64");
  return message;
}

const sesBounce = (email: string, bounceType = "Permanent") => JSON.stringify({
  notificationType: "Bounce",
  bounce: {
    bounceType, bounceSubType: bounceType === "Permanent" ? "General" : "MailboxFull", reportingMTA: "dns; email.example.com",
    bouncedRecipients: [{ emailAddress: email, status: bounceType === "Permanent" ? "5.1.1" : "4.2.2", action: "failed", diagnosticCode: "smtp; 550 5.1.1 user unknown" }],
    timestamp: "2026-12-05T14:59:38.237Z", feedbackId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa068a-000000", remoteMtaIp: "127.0.2.0",
  },
  mail: { timestamp: "2026-12-05T14:59:38.237Z", source: "news@example.com", messageId: "00000138111222aa-33322211-cccc-cccc-cccc-ddddaaaa0680-000000", destination: [email] },
});
const sesComplaint = (email: string) => JSON.stringify({
  notificationType: "Complaint",
  complaint: { userAgent: "AnyCompany Feedback Loop (V0.01)", complainedRecipients: [{ emailAddress: email }], complaintFeedbackType: "abuse", arrivalDate: "2026-12-05T14:59:38.237Z", timestamp: "2026-12-05T14:59:38.237Z", feedbackId: "000001378603177f-18c07c78-fa81-4a58-9dd1-fedc3cb8f49a-000000" },
  mail: { timestamp: "2026-12-05T14:59:38.237Z", source: "news@example.com", messageId: "000001378603177f-7a5433e7-8edb-42ae-af10-f0181f34d6ee-000000", destination: [email] },
});

const READERS = ["ann@example.com", "bob@example.com", "cid@example.com"];

async function withWebhooks(database: string, body: (service: TestService, sns: ReturnType<typeof snsServer>) => Promise<void>, options: { topic?: string; mailgun?: string } = {}) {
  const sns = snsServer();
  const service = await startTestService(database, { site: { api: { webhooks: { sesTopicArn: options.topic ?? TOPIC } } }, mailgunSigningKey: options.mailgun ?? MAILGUN_KEY, fetchText: sns.fetchText });
  try {
    await importSubscribers(service.store, READERS.map((email) => ({ email, status: "subscribed" as const })), "test", new Date());
    await body(service, sns);
  } finally {
    await service.close();
  }
}

const postSes = (service: TestService, message: Sns | string, headers: Record<string, string> = TEXT) =>
  service.app.inject({ method: "POST", url: "/webhooks/ses", headers, payload: typeof message === "string" ? message : JSON.stringify(message), remoteAddress: "54.240.1.1" });
const statuses = async (service: TestService) => Promise.all(READERS.map(async (email) => (await findSubscriber(service.store, email))?.status));
const sqlite = () => ENGINES[0]!.newDatabase();

testOnEachEngine("SES through SNS: a permanent bounce marks the reader bounced, a complaint unsubscribes at once, a transient bounce changes nothing", async (database) => {
  await withWebhooks(database, async (service, sns) => {
    const bounce = await postSes(service, signed({ Type: "Notification", Message: sesBounce("Ann@Example.com"), Subject: "Amazon SES Email Event Notification" }, "1"));
    assert.is(bounce.statusCode, 200, bounce.body);
    assert.equal(JSON.parse(bounce.body), { status: "ok", bounced: 1, unsubscribed: 0, ignored: 0 });
    const ann = await findSubscriber(service.store, "ann@example.com");
    assert.equal([ann?.status, ann?.bounce_reason], ["bounced", "ses Permanent/General 5.1.1 smtp; 550 5.1.1 user unknown"]);

    const complaint = await postSes(service, signed({ Type: "Notification", Message: sesComplaint("bob@example.com") }, "2"));
    assert.is(complaint.statusCode, 200, complaint.body);
    assert.is((await findSubscriber(service.store, "bob@example.com"))?.status, "unsubscribed");

    const transient = await postSes(service, signed({ Type: "Notification", Message: sesBounce("cid@example.com", "Transient") }, "2"));
    assert.is(transient.statusCode, 200, transient.body);
    assert.equal(await statuses(service), ["bounced", "unsubscribed", "subscribed"]);
    assert.equal(sns.fetched, [CERT_URL], "the certificate is fetched once, then kept");
    assert.ok(service.logs.some((line) => line.includes("bounce A…@Example.com: marked bounced")), service.logs.join("\n"));
    assert.not.ok(service.logs.some((line) => /ann@|bob@|cid@/i.test(line)), "no whole address in the log");
  });
});

test("SES through SNS: a signed subscription confirmation is confirmed at its SubscribeURL; one pointing elsewhere is refused", async () => {
  await withWebhooks(await sqlite(), async (service, sns) => {
    const confirmation = { Type: "SubscriptionConfirmation", Token: "2336412f37", Message: `You have chosen to subscribe to the topic ${TOPIC}.`, SubscribeURL: SUBSCRIBE_URL };
    const confirmed = await postSes(service, signed(confirmation), { ...TEXT, "x-amz-sns-message-type": "SubscriptionConfirmation" });
    assert.is(confirmed.statusCode, 200, confirmed.body);
    assert.equal(sns.fetched, [CERT_URL, SUBSCRIBE_URL]);
    const elsewhere = await postSes(service, signed({ ...confirmation, SubscribeURL: "https://attacker.example/?Action=ConfirmSubscription" }));
    assert.is(elsewhere.statusCode, 403);
    assert.is(JSON.parse(elsewhere.body).error, "untrusted-subscribe-url");
    assert.equal(sns.fetched, [CERT_URL, SUBSCRIBE_URL], "nothing fetched from elsewhere");
    const forged = await postSes(service, { ...signed(confirmation), Token: "another-token" });
    assert.is(forged.statusCode, 403);
    assert.equal(sns.fetched, [CERT_URL, SUBSCRIBE_URL], "an unsigned confirmation confirms nothing");
  });
});

test("SES through SNS: a forged signature, another key, another topic or a certificate off SNS's host are refused, and nothing changes", async () => {
  await withWebhooks(await sqlite(), async (service, sns) => {
    const genuine = signed({ Type: "Notification", Message: sesBounce("ann@example.com") });
    const cases: Array<[string, Sns, number, string]> = [
      ["message changed after signing", { ...genuine, Message: sesBounce("bob@example.com") }, 403, "invalid-signature"],
      ["signed with another key", signed({ Type: "Notification", Message: sesBounce("ann@example.com") }, "2", STRANGER.key), 403, "invalid-signature"],
      ["signature not base64 of anything", { ...genuine, Signature: "bm90IGEgc2lnbmF0dXJl" }, 403, "invalid-signature"],
      ["version 2 claimed for a version 1 signature", { ...genuine, SignatureVersion: "2" }, 403, "invalid-signature"],
      ["another topic", signed({ Type: "Notification", Message: sesBounce("ann@example.com"), TopicArn: "arn:aws:sns:us-east-1:999999999999:other" }), 403, "wrong-topic"],
      ["certificate on another host", signed({ Type: "Notification", Message: sesBounce("ann@example.com"), SigningCertURL: "https://attacker.example/cert.pem" }), 403, "untrusted-certificate"],
      ["a host that only starts like SNS's", signed({ Type: "Notification", Message: sesBounce("ann@example.com"), SigningCertURL: "https://sns.us-east-1.amazonaws.com.attacker.example/cert.pem" }), 403, "untrusted-certificate"],
      ["certificate over http", signed({ Type: "Notification", Message: sesBounce("ann@example.com"), SigningCertURL: CERT_URL.replace("https:", "http:") }), 403, "untrusted-certificate"],
      ["not a .pem", signed({ Type: "Notification", Message: sesBounce("ann@example.com"), SigningCertURL: "https://sns.us-east-1.amazonaws.com/cert.txt" }), 403, "untrusted-certificate"],
      ["no signature", Object.fromEntries(Object.entries(genuine).filter(([name]) => name !== "Signature")), 400, "not-an-sns-message"],
      ["an unknown signature version", { ...genuine, SignatureVersion: "3" }, 400, "not-an-sns-message"],
      ["an unknown type", { ...genuine, Type: "Gossip" }, 400, "not-an-sns-message"],
    ];
    for (const [name, message, status, code] of cases) {
      const response = await postSes(service, message);
      assert.is(response.statusCode, status, `${name}: ${response.body}`);
      assert.is(JSON.parse(response.body).error, code, name);
    }
    const notJson = await postSes(service, "Type=Notification");
    assert.is(notJson.statusCode, 400);
    assert.is(JSON.parse(notJson.body).error, "invalid_json");
    const notSes = await postSes(service, signed({ Type: "Notification", Message: "not json" }));
    assert.is(notSes.statusCode, 400);
    assert.equal(await statuses(service), ["subscribed", "subscribed", "subscribed"]);
    assert.ok(sns.fetched.every((url) => url === CERT_URL), `only SNS's certificate was fetched: ${sns.fetched.join(", ")}`);
    assert.ok(service.logs.some((line) => line.includes("webhook ses: refused (wrong-topic")));
  });
});

test("SES through SNS: a certificate that cannot be fetched is 502 (SNS retries) and is fetched again next time", async () => {
  await withWebhooks(await sqlite(), async (service, sns) => {
    sns.failNext(1);
    const message = signed({ Type: "Notification", Message: sesBounce("ann@example.com") });
    const failed = await postSes(service, message);
    assert.is(failed.statusCode, 502);
    assert.is((await findSubscriber(service.store, "ann@example.com"))?.status, "subscribed");
    const retried = await postSes(service, message);
    assert.is(retried.statusCode, 200, retried.body);
    assert.equal(sns.fetched, [CERT_URL, CERT_URL]);
  });
});

test("webhooks take bodies beyond the service's 16 KB (SES sends the original headers), up to 256 KB", async () => {
  await withWebhooks(await sqlite(), async (service) => {
    const message = JSON.parse(sesBounce("ann@example.com"));
    message.mail.headers = Array.from({ length: 400 }, (_, i) => ({ name: `X-Header-${i}`, value: "v".repeat(60) }));
    const big = signed({ Type: "Notification", Message: JSON.stringify(message) });
    assert.ok(JSON.stringify(big).length > 16 * 1024);
    const response = await postSes(service, big);
    assert.is(response.statusCode, 200, response.body);
    const huge = await postSes(service, JSON.stringify({ ...big, Padding: "x".repeat(300 * 1024) }));
    assert.is(huge.statusCode, 413);
  });
});

// ---- Mailgun ----

function mailgun(eventData: Record<string, unknown>, options: { key?: string; timestamp?: number } = {}) {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const token = randomBytes(25).toString("hex");
  const signature = createHmac("sha256", options.key ?? MAILGUN_KEY).update(timestamp + token).digest("hex");
  return { signature: { timestamp, token, signature }, "event-data": eventData };
}
const failed = (recipient: string, severity: string) => ({
  event: "failed", severity, reason: severity === "permanent" ? "bounce" : "generic", recipient, "recipient-domain": "example.com", id: "G9Bn5sl1TC6nu79C8C0bwg", timestamp: 1521233195.375624,
  "delivery-status": { code: severity === "permanent" ? 550 : 452, message: "5.1.1 The email account that you tried to reach does not exist.", description: "", "attempt-no": 1 },
  message: { headers: { to: recipient, "message-id": "20260205.1@example.com", from: "news@example.com", subject: "The Test Weekly" } },
});
const postMailgun = (service: TestService, body: unknown) =>
  service.app.inject({ method: "POST", url: "/webhooks/mailgun", headers: { "content-type": "application/json" }, payload: JSON.stringify(body), remoteAddress: "34.110.1.1" });

testOnEachEngine("Mailgun: a permanent failure marks the reader bounced, a complaint unsubscribes, a temporary failure changes nothing", async (database) => {
  await withWebhooks(database, async (service) => {
    const bounce = await postMailgun(service, mailgun(failed("ann@example.com", "permanent")));
    assert.is(bounce.statusCode, 200, bounce.body);
    assert.is((await findSubscriber(service.store, "ann@example.com"))?.bounce_reason, "mailgun permanent bounce 550 5.1.1 The email account that you tried to reach does not exist.");
    const complained = await postMailgun(service, mailgun({ event: "complained", recipient: "bob@example.com", id: "-Agny091SquKnsrW2NEKUA", timestamp: 1521233123.501324 }));
    assert.is(complained.statusCode, 200, complained.body);
    const temporary = await postMailgun(service, mailgun(failed("cid@example.com", "temporary")));
    assert.is(temporary.statusCode, 200, temporary.body);
    const delivered = await postMailgun(service, mailgun({ event: "delivered", recipient: "cid@example.com" }));
    assert.equal(JSON.parse(delivered.body), { status: "ok", bounced: 0, unsubscribed: 0, ignored: 0 });
    assert.equal(await statuses(service), ["bounced", "unsubscribed", "subscribed"]);
  });
});

test("Mailgun: a wrong key, a changed token, an old timestamp or no signature are refused, and nothing changes", async () => {
  await withWebhooks(await sqlite(), async (service) => {
    const genuine = mailgun(failed("ann@example.com", "permanent"));
    const cases: Array<[string, unknown, number, string]> = [
      ["signed with another key", mailgun(failed("ann@example.com", "permanent"), { key: "key-another" }), 403, "invalid-signature"],
      ["token changed", { ...genuine, signature: { ...genuine.signature, token: "0".repeat(50) } }, 403, "invalid-signature"],
      ["signature not hex", { ...genuine, signature: { ...genuine.signature, signature: "zz" } }, 403, "invalid-signature"],
      ["an hour old", mailgun(failed("ann@example.com", "permanent"), { timestamp: Math.floor(Date.now() / 1000) - 3600 }), 403, "stale-signature"],
      ["no signature", { "event-data": failed("ann@example.com", "permanent") }, 400, "not-a-mailgun-event"],
      ["no event", { signature: genuine.signature }, 400, "not-a-mailgun-event"],
      ["no valid recipient", mailgun(failed("not an address", "permanent")), 400, "not-a-mailgun-event"],
    ];
    for (const [name, body, status, code] of cases) {
      const response = await postMailgun(service, body);
      assert.is(response.statusCode, status, `${name}: ${response.body}`);
      assert.is(JSON.parse(response.body).error, code, name);
    }
    assert.equal(await statuses(service), ["subscribed", "subscribed", "subscribed"]);
  });
});

test("webhooks: a relay's many calls from one address are not held to the sign-up limit; an unconfigured relay has no route", async () => {
  await withWebhooks(await sqlite(), async (service) => {
    for (let call = 0; call < 70; call++) {
      const response = await postMailgun(service, mailgun({ event: "delivered", recipient: "cid@example.com" }));
      assert.is(response.statusCode, 200, `call ${call}: ${response.body}`);
    }
  });
  const limited = await startTestService(await sqlite(), { site: { api: { webhooks: { requestsPerMinute: 3 } } }, mailgunSigningKey: MAILGUN_KEY });
  try {
    const answers = [];
    for (let call = 0; call < 4; call++) answers.push(await postMailgun(limited, mailgun({ event: "delivered", recipient: "cid@example.com" })));
    assert.equal(answers.map((answer) => answer.statusCode), [200, 200, 200, 429], "api.webhooks.requestsPerMinute still bounds them");
    assert.is(JSON.parse(answers[3]!.body).error, "rate-limited");
  } finally {
    await limited.close();
  }
  const plain = await startTestService(await sqlite());
  try {
    for (const url of ["/webhooks/ses", "/webhooks/mailgun"]) {
      const response = await plain.app.inject({ method: "POST", url, headers: { "content-type": "application/json" }, payload: "{}" });
      assert.is(response.statusCode, 404, url);
    }
  } finally {
    await plain.close();
  }
});

test.run();
