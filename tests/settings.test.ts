import { test } from "uvu";
import * as assert from "uvu/assert";
import { defineSite, unsubscribeLinkWorks } from "../src/site/settings.ts";

test("with api.url set, the emails' unsubscribe links go to the service; LEDE_API_URL overrides it for every command", () => {
  const site = defineSite({ url: "https://news.example.com/", api: { url: "https://news.example.com/api/" } }, {});
  assert.is(site.api.url, "https://news.example.com/api");
  assert.is(site.email.unsubscribeUrl, "https://news.example.com/api/unsubscribe");
  assert.ok(unsubscribeLinkWorks(site));
  const local = defineSite({ api: { url: "https://news.example.com/api" } }, { LEDE_API_URL: "http://127.0.0.1:8787" });
  assert.is(local.email.unsubscribeUrl, "http://127.0.0.1:8787/unsubscribe");
  assert.equal(local.api.rateLimit, { signUpsPerHour: 10, requestsPerMinute: 60 }, "nested defaults are kept");
});

test("without api.url, the links reach nothing and the build says so; an endpoint of your own counts as working", () => {
  const none = defineSite({ url: "https://news.example.com" }, {});
  assert.is(none.email.unsubscribeUrl, "https://news.example.com/unsubscribe/");
  assert.not.ok(unsubscribeLinkWorks(none));
  assert.ok(unsubscribeLinkWorks(defineSite({ url: "https://news.example.com", email: { unsubscribeUrl: "https://lists.example.com/out" } }, {})));
});

test("a CAPTCHA provider brings its own verification URL; a malformed api.url is refused with the setting's name", () => {
  assert.is(defineSite({ api: { captcha: { provider: "hcaptcha", siteKey: "k" } } }, {}).api.captcha.verifyUrl, "https://api.hcaptcha.com/siteverify");
  assert.throws(() => defineSite({}, { LEDE_API_URL: "api.example.com" }), /api\.url \(or LEDE_API_URL\) must be an absolute http\(s\) URL/);
});

test("the SES topic for bounce webhooks: off by default, set in site.ts or by LEDE_SES_TOPIC_ARN, and refused when not a topic ARN", () => {
  assert.equal(defineSite({}, {}).api.webhooks, { sesTopicArn: "", requestsPerMinute: 1200 });
  const topic = "arn:aws:sns:eu-west-1:123456789012:ses-bounces";
  assert.is(defineSite({ api: { webhooks: { sesTopicArn: topic } } }, {}).api.webhooks.sesTopicArn, topic);
  assert.is(defineSite({}, { LEDE_SES_TOPIC_ARN: topic }).api.webhooks.requestsPerMinute, 1200, "the other webhook settings keep their defaults");
  assert.is(defineSite({}, { LEDE_SES_TOPIC_ARN: topic }).api.webhooks.sesTopicArn, topic);
  assert.throws(() => defineSite({ api: { webhooks: { sesTopicArn: "ses-bounces" } } }, {}), /api\.webhooks\.sesTopicArn \(or LEDE_SES_TOPIC_ARN\) must be an SNS topic ARN/);
});

test.run();
