import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatProblem } from "./article/problem.ts";
import { PROJECT_ROOT, serveEleventy } from "./build/eleventy.ts";
import { articlesFolder, exportOptions } from "./build/options.ts";
import { entryJson } from "./corpus/json.ts";
import { keepBetweenBuilds } from "./cache/keptFile.ts";
import { CLI_OPTIONS } from "./cliOptions.ts";
import { databaseUrl, engineOf } from "./store/url.ts";
import type { SiteSettings } from "./site/settings.ts";

const USAGE = `Usage: lede <command> [options]

Commands:
  build   [--articles DIR] [--out DIR] [--base-url URL] [--keep-going] [--future] [--no-search] [--no-cache]
          Build the site, feeds, emails and search index (default: ./articles into ./_site).
          --no-cache derives every article and email again, without reading or writing .cache/lede.
  serve   [same options] [--port N]
          Build, then serve with live reload while you edit.
  digest  [DIR] --json
          Print every article's digest entry as a JSON array.
  send    --issue ID|latest [--partial] | --due   [--subscribers FILE] [--db URL] [--smtp URL] [--rate N] [--connections N]
          [--dry-run] [--outbox DIR] [--skip-invalid] [--retry-failed] [--resend ADDRESS] [--allow-changed] [--retry-delay MS] [--out DIR]
          Email a built issue once to each subscribed reader in the database, or in FILE (a CSV); senders
          may run at once. latest is the newest issue whose period is over; --due sends every finished
          issue not sent yet. --rate 0: no limit.
  api     [--port N] [--host H] [--db URL] [--smtp URL]
          Serve sign-up, confirmation and one-click unsubscribe (default 127.0.0.1:8787).
  subscribers import FILE.csv [--skip-invalid] | export [--status S] | forget EMAIL | bounces PATH   [--db URL]
          Add readers from a CSV, write them all as CSV, erase one (with their send records), or read
          bounce reports (RFC 3464: an .eml, a folder of them, or an mbox) and mark hard bounces bounced.

Environment: LEDE_SECRET signs links (send, api); SMTP_URL; LEDE_DATABASE_URL (a SQLite file, default
.lede/lede.db, or postgres://…); LEDE_API_URL overrides api.url in _data/site.ts; LEDE_SES_TOPIC_ARN
(api.webhooks.sesTopicArn) and LEDE_MAILGUN_SIGNING_KEY turn on lede api's bounce webhooks.
Exit codes: 0 success, 1 problems (in the articles, the list, the run), 2 usage error.`;


export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    console.log(USAGE);
    return 0;
  }
  const cwd = process.cwd();
  const out = resolve(cwd, values.out ?? "_site");
  if (command === "digest") {
    if (rest.length > 1) return usageError(`digest takes one folder, not ${rest.length}`);
    if (!values.json) return usageError("digest prints JSON: add --json");
    exportOptions({ articles: rest[0] ?? values.articles, baseUrl: values["base-url"], future: values.future }, cwd);
  } else if (command === "send") {
    if (!values.issue && !values.due) return usageError("send needs --issue ID|latest, or --due");
    if (values.issue && values.due) return usageError("send takes --issue or --due, not both");
    if (values.partial && !values.issue) return usageError("--partial goes with --issue ID");
    if (!(Number(values.rate) >= 0)) return usageError(`--rate must be a number of messages per second (0 for no limit), not ${JSON.stringify(values.rate)}`);
    const connections = Number(values.connections);
    if (!Number.isInteger(connections) || connections < 1 || connections > 100) return usageError(`--connections must be a whole number from 1 to 100, not ${JSON.stringify(values.connections)}`);
    if (!(Number(values["retry-delay"]) >= 0)) return usageError(`--retry-delay must be milliseconds, not ${JSON.stringify(values["retry-delay"])}`);
    exportOptions({ baseUrl: values["base-url"], future: false }, cwd);
  } else if (command === "build" || command === "serve") {
    if (rest.length > 0) return usageError(`unexpected argument ${JSON.stringify(rest[0])}`);
    // While serving, links in feeds and emails point at the local server unless told otherwise.
    const baseUrl = values["base-url"] ?? (command === "serve" ? `http://localhost:${values.port ?? 8080}` : undefined);
    exportOptions({ articles: values.articles, baseUrl, future: values.future }, cwd);
  } else if (command === "api") {
    if (rest.length > 0) return usageError(`unexpected argument ${JSON.stringify(rest[0])}`);
    exportOptions({ baseUrl: values["base-url"], future: false }, cwd);
  } else if (command === "subscribers") {
    const [action, argument, ...extra] = rest;
    const wanted = { import: "a CSV file", forget: "an email address", bounces: "a file or folder of bounce reports", export: undefined } as const;
    if (!action || !(action in wanted)) return usageError("subscribers needs import FILE.csv, export [--status S], forget EMAIL or bounces PATH");
    const needs = wanted[action as keyof typeof wanted];
    if (needs && !argument) return usageError(`subscribers ${action} needs ${needs}`);
    if ((needs ? extra : [argument, ...extra]).some((value) => value !== undefined)) return usageError(`unexpected argument ${JSON.stringify(needs ? extra[0] : argument)}`);
  } else {
    return usageError(command ? `unknown command ${JSON.stringify(command)}` : "no command given");
  }
  if (values["base-url"] && !/^https?:\/\/[^/]+/.test(values["base-url"])) {
    return usageError(`--base-url must be an absolute http(s) URL, like https://example.com, not ${JSON.stringify(values["base-url"])}`);
  }

  // Paths the user typed are relative to where they typed them.
  const database = values.db && engineOf(values.db) === "sqlite" ? resolve(cwd, values.db) : values.db;
  // Templates, data files and the Eleventy config are found relative to the project folder.
  process.chdir(PROJECT_ROOT);
  const site: SiteSettings = (await import("../_data/site.ts")).default;
  if (!values["no-cache"]) keepBetweenBuilds(join(PROJECT_ROOT, ".cache", "lede"));
  site.articlesDir = articlesFolder(site.articlesDir);

  if (command === "digest") return digest(site);
  if (command === "api") {
    const port = Number(values.port ?? 8787);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) return usageError(`--port must be a port number, not ${JSON.stringify(values.port)}`);
    const { runApi } = await import("./api/run.ts");
    return runApi(site, {
      host: values.host ?? "127.0.0.1", port, database: databaseUrl(database, PROJECT_ROOT),
      secret: process.env.LEDE_SECRET, smtpUrl: values.smtp ?? process.env.SMTP_URL, captchaSecret: process.env.LEDE_CAPTCHA_SECRET,
      mailgunSigningKey: process.env.LEDE_MAILGUN_SIGNING_KEY,
    }, console.log, console.error);
  }
  if (command === "subscribers") return subscribers(rest, values, database, cwd);
  // Each command loads only its own modules: a build need not load SMTP, nor a send Eleventy.
  if (command === "send") {
    const { sendIssue } = await import("./send/send.ts");
    return sendIssue(site, {
      issue: values.issue, due: values.due, partial: values.partial, subscribersFile: values.subscribers && resolve(cwd, values.subscribers), subscribersLabel: values.subscribers, outDir: out,
      database: databaseUrl(database, PROJECT_ROOT),
      ledgerDir: resolve(cwd, values.ledger ?? join(PROJECT_ROOT, ".lede", "sent")),
      smtpUrl: values.smtp ?? process.env.SMTP_URL, secret: process.env.LEDE_SECRET, rate: Number(values.rate),
      connections: Number(values.connections), allowChanged: values["allow-changed"], dryRun: values["dry-run"], outbox: values.outbox && resolve(cwd, values.outbox), skipInvalid: values["skip-invalid"],
      retryFailed: values["retry-failed"], resend: values.resend ?? [], backoffMs: Number(values["retry-delay"]),
    }, console.log, console.error);
  }
  if (command === "serve") {
    const port = Number(values.port ?? 8080);
    if (!Number.isInteger(port) || port <= 0) return usageError(`--port must be a number, not ${JSON.stringify(values.port)}`);
    // A first build derives on every core and says so, as `lede build` does; Eleventy then finds each entry made.
    const { deriveArticles } = await import("./corpus/deriveArticles.ts");
    const deriving = deriveArticles(site, console.log);
    deriving.catch(() => {}); // awaited before Eleventy's first build
    const { watchArticles } = await import("./serve/watchArticles.ts");
    const { PAGE_SETS } = await import("./eleventy/pageSets.ts");
    const reload = await serveEleventy(out, port, deriving);
    watchArticles(site, PAGE_SETS.article, reload, console.log);
    return new Promise<number>(() => {}); // serves until interrupted
  }
  // The articles' workers start before the build's modules load (a quarter of a second on big sites).
  const { deriveArticles } = await import("./corpus/deriveArticles.ts");
  const deriving = deriveArticles(site, console.log);
  deriving.catch(() => {}); // the build awaits it, and reports its failure
  const { build } = await import("./build/build.ts");
  const result = await build(site, { outDir: out, keepGoing: values["keep-going"], search: !values["no-search"] }, console.log, console.error, deriving);
  return result.exitCode;
}

async function digest(site: SiteSettings): Promise<number> {
  const { deriveArticles } = await import("./corpus/deriveArticles.ts");
  const justChecked = await deriveArticles(site, console.error); // on every core for a big folder; progress to stderr, off the JSON
  const { loadCorpus } = await import("./corpus/load.ts");
  const corpus = loadCorpus(site, undefined, justChecked);
  for (const problem of corpus.problems) console.error(formatProblem(problem));
  const entries = [...corpus.entries, ...corpus.repeated].map((entry) => entryJson(entry, site.url));
  process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
  return corpus.problems.length > 0 ? 1 : 0;
}

async function subscribers(rest: string[], values: { status?: string; "skip-invalid": boolean; db?: string; ledger?: string }, database: string | undefined, cwd: string): Promise<number> {
  const [action, argument] = rest as [string, string | undefined];
  const { openStore } = await import("./store/open.ts");
  const commands = await import("./subscribers/command.ts");
  let store;
  try {
    store = await openStore(databaseUrl(database, PROJECT_ROOT));
  } catch (error) {
    console.error(`lede subscribers: ${(error as Error).message}`);
    return 1;
  }
  try {
    if (action === "import") return await commands.importCommand(store, resolve(cwd, argument!), argument!, values["skip-invalid"], console.log, console.error);
    if (action === "bounces") {
      const { bouncesCommand } = await import("./subscribers/bounces.ts");
      return await bouncesCommand(store, resolve(cwd, argument!), argument!, console.log, console.error);
    }
    if (action === "forget") return await commands.forgetCommand(store, resolve(cwd, values.ledger ?? join(PROJECT_ROOT, ".lede", "sent")), argument!, console.log, console.error);
    return await commands.exportCommand(store, values.status, (text) => process.stdout.write(text), console.error);
  } finally {
    await store.close();
  }
}

function usageError(message: string): number {
  console.error(`lede: ${message}\n\n${USAGE}`);
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error) => {
      console.error(error instanceof Error ? error.stack : error);
      process.exit(1);
    },
  );
}
