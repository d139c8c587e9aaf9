/**
 * Each reader's message, composed from one frame per issue (personalMessages), against the same message
 * composed whole by nodemailer's MailComposer (personalMessage): both parsed by mailparser, they must say
 * the same, for names and addresses a list holds (accents, quotes, commas, long ones), and the fast one
 * must be valid quoted-printable with body lines within RFC 2045's 76 characters.
 */
import { simpleParser, type ParsedMail } from "mailparser";
import { test } from "uvu";
import * as assert from "uvu/assert";
import site from "../_data/site.ts";
import type { BuiltIssueEmail } from "../src/send/issueEmail.ts";
import { personalMessage, personalMessages } from "../src/send/personalise.ts";

const SECRET = "a-long-random-test-secret";
const unsubscribe = site.email.unsubscribeUrl;
const long = "A long paragraph of the issue's text with accents — café, naïve — and a very long word: " + "x".repeat(120);
const issue: BuiltIssueEmail = {
  id: "2026-W47",
  subject: "Port Averly to plant 3,000 trees — and 3 more",
  html: `<!doctype html>\n<html lang="en"><head><title>t</title></head><body>\n<p>${long}</p>\n<p>Trailing spaces   \n<a href="${unsubscribe}">Unsubscribe</a> <a href="${unsubscribe}" style="color: #5c5a55;">again</a></p>\n</body></html>\n`,
  text: `THE LEDE WEEKLY\n\n${long}\n\nUnsubscribe: ${unsubscribe}\n\nLinks:\n[1] ${unsubscribe}\n`,
  webUrl: "https://lede.example.com/issues/2026-w47/",
};

const readers = [
  { email: "ann@example.com" },
  { email: "bob@example.com", name: "Bob Smith" },
  { email: "zoe@example.com", name: "Zoë O'Brien-Smith, Jr." },
  { email: "q@example.com", name: 'Ann "The Editor" \\ Smith' },
  { email: "a.very.long.address.of.someone.who.reads.everything@subdomain.example.co.uk", name: "Ein sehr langer Name mit Umlauten äöü und noch mehr Wörtern" },
  { email: "Mixed.Case+tag@Example.COM", name: "李小龙" },
];

const HEADERS = ["from", "to", "subject", "list-id", "list-unsubscribe", "list-unsubscribe-post", "message-id", "x-entity-ref-id", "mime-version"];
const view = (mail: ParsedMail) => ({
  headers: Object.fromEntries(HEADERS.map((name) => [name, JSON.stringify(mail.headers.get(name))])),
  text: mail.text,
  html: mail.html,
});

test("a reader's message from the issue's frame says what the whole composed message says", async () => {
  const compose = personalMessages(site, issue, SECRET);
  for (const reader of readers) {
    const fast = await compose(reader);
    const whole = await personalMessage(site, issue, reader, SECRET);
    assert.equal(view(await simpleParser(fast)), view(await simpleParser(whole)), reader.email);
    const text = fast.toString("utf8");
    assert.ok(/^[\x00-\x7f]*$/.test(text), "7-bit only");
    const split = text.indexOf("\r\n\r\n");
    for (const line of text.slice(0, split).split("\r\n")) assert.ok(line.length <= 998, `a header line of ${line.length}`);
    for (const line of text.slice(split).split(/\r?\n/)) assert.ok(line.length <= 76, `a body line of ${line.length}: ${line}`);
    assert.match(text, /^Content-Transfer-Encoding: quoted-printable$/m);
  }
});

test("an issue mostly in another script is composed whole (base64), and says the same", async () => {
  const other = { ...issue, text: `${"东京天气晴朗".repeat(40)}\nUnsubscribe: ${unsubscribe}\n`, html: `<p>${"东京天气晴朗".repeat(40)}</p><a href="${unsubscribe}">x</a><a href="${unsubscribe}">y</a>` };
  const fast = await personalMessages(site, other, SECRET)(readers[1]!);
  const whole = await personalMessage(site, other, readers[1]!, SECRET);
  assert.equal(view(await simpleParser(fast)), view(await simpleParser(whole)));
  assert.match(fast.toString("utf8"), /^Content-Transfer-Encoding: base64$/m);
});

test.run();
