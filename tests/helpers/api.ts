import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { Activity } from "../../src/api/activity.ts";
import { startConfirmationMailer, type ConfirmationMailer } from "../../src/api/confirmations.ts";
import { apiPages } from "../../src/api/pages.ts";
import { createApi } from "../../src/api/server.ts";
import { smtpDelivery } from "../../src/send/transport.ts";
import { defineSite, type SiteSettings } from "../../src/site/settings.ts";
import { openStore, type Store } from "../../src/store/open.ts";
import { ROOT } from "./lede.ts";
import { freePort } from "./ports.ts";
import { startSmtpServer, type TestServer } from "./smtp.ts";

export const SECRET = "a-long-random-test-secret";
export const API_URL = "https://news.example.com/api";

type SiteInput = Parameters<typeof defineSite>[0];

/** The test newsletter's settings: the service at API_URL, the site at https://news.example.com. */
export function testSite(overrides: SiteInput = {}): SiteSettings {
  return defineSite({
    title: "The Test Weekly",
    url: "https://news.example.com",
    ...overrides,
    api: { url: API_URL, ...overrides.api },
    email: { from: "The Test Weekly <news@example.com>", listId: "weekly.example.com", ...overrides.email },
  }, {});
}

export interface TestService {
  app: FastifyInstance;
  store: Store;
  site: SiteSettings;
  smtp: TestServer;
  mailer: ConfirmationMailer;
  /** Every line the service logged. */
  logs: string[];
  /** The service's clock; move it with `clock.at = …`. */
  clock: { at: Date };
  /** Wait until the SMTP server has received `count` messages in all. */
  emails(count: number): Promise<TestServer["received"]>;
  close(): Promise<void>;
}

/** `lede api` in this process, on a new database, with a real SMTP server on loopback for its emails. */
export async function startTestService(database: string, options: { site?: SiteInput; captchaSecret?: string; mailgunSigningKey?: string; fetchText?: (url: string) => Promise<string> } = {}): Promise<TestService> {
  const smtp = await startSmtpServer();
  const store = await openStore(database);
  const site = testSite(options.site);
  const pages = apiPages(site);
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const clock = { at: new Date() };
  const now = () => clock.at;
  const delivery = smtpDelivery(smtp.url(), { attempts: 1, backoffMs: 0 });
  const activity = new Activity();
  const mailer = startConfirmationMailer({ activity, store, site, secret: SECRET, delivery, pages, log, now });
  const app = await createApi({ site, store, secret: SECRET, captchaSecret: options.captchaSecret ?? "", pages, mailer, activity, now, log, mailgunSigningKey: options.mailgunSigningKey ?? "", ...(options.fetchText ? { fetchText: options.fetchText } : {}) });
  return {
    app, store, site, smtp, mailer, logs, clock,
    async emails(count) {
      for (let waited = 0; smtp.received.length < count; waited += 20) {
        if (waited > 5000) throw new Error(`expected ${count} emails, got ${smtp.received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return smtp.received;
    },
    async close() {
      await app.close();
      await mailer.stop();
      delivery.close();
      await store.close();
      await smtp.close();
    },
  };
}

export const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** A form body, as a browser encodes it. */
export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** A multipart/form-data body of text fields, as some mail clients send the one-click POST. */
export function multipart(fields: Record<string, string>): { payload: string; headers: Record<string, string> } {
  const boundary = "----lede-test-boundary";
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { payload: `${parts.join("")}--${boundary}--\r\n`, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
}

/** The confirmation link in an email's text part. */
export function confirmationLink(text: string | undefined): URL {
  const match = /https?:\/\/[^\s?]+\/confirm\?token=[A-Za-z0-9._-]+/.exec(text ?? "");
  if (!match) throw new Error(`no confirmation link in:\n${text}`);
  return new URL(match[0]);
}

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, and the exit code once it has stopped. */
  stop(): Promise<number | null>;
}

/** The real `lede api` command in a child process on 127.0.0.1, once its /health answers. */
export async function startApiProcess(database: string, smtpUrl: string, env: NodeJS.ProcessEnv = {}, port?: number): Promise<ApiProcess> {
  const listen = port ?? (await freePort());
  const url = `http://127.0.0.1:${listen}`;
  const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), "api", "--port", String(listen), "--db", database], {
    cwd: ROOT, env: { ...process.env, LEDE_SECRET: SECRET, SMTP_URL: smtpUrl, LEDE_API_URL: url, ...env },
  });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`lede api exited with ${child.exitCode}:\n${output}`);
    if (waited > 20_000) throw new Error(`lede api did not answer /health:\n${output}`);
    const healthy = await fetch(`${url}/health`).then((response) => response.ok, () => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url, child, output: () => output,
    stop: async () => {
      child.kill("SIGTERM");
      return exited;
    },
  };
}
