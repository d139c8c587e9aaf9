import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { pathToFileURL } from "node:url";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ELEVENTY_BUNDLE_ENV } from "../src/build/eleventyBundle.ts";
import { filesUnder, lede, temporaryDir } from "./helpers/lede.ts";

test("lede's code is compiled again when a source file changes, and keeps its source's import.meta.url", async () => {
  const { compiledProject } = (await import("../bin/compile.js" as string)) as { compiledProject(project: string): Promise<string> };
  const project = temporaryDir("compile");
  for (const dir of ["src", "_data", "templates"]) mkdirSync(join(project, dir));
  writeFileSync(join(project, ".eleventy.ts"), "export default {};\n");
  writeFileSync(join(project, "src", "main.ts"), 'import { word } from "./word.ts";\nexport const said: string = `said ${word}`;\nexport const from = import.meta.url;\n');
  writeFileSync(join(project, "src", "word.ts"), 'export const word: string = "one";\n');
  const first = await compiledProject(project);
  const main = (dir: string) => import(pathToFileURL(join(dir, "src", "main.js")).href) as Promise<{ said: string; from: string }>;
  assert.is((await main(first)).said, "said one");
  assert.is((await main(first)).from, pathToFileURL(join(project, "src", "main.ts")).href);
  assert.is(await compiledProject(project), first);
  writeFileSync(join(project, "src", "word.ts"), 'export const word: string = "two";\n');
  const second = await compiledProject(project);
  assert.is.not(second, first);
  assert.is((await main(second)).said, "said two");
});

test("a start compares the sources' times and sizes with the last compile's, and still sees an edit of the same size", async () => {
  const { compiledProject } = (await import("../bin/compile.js" as string)) as { compiledProject(project: string): Promise<string> };
  const project = temporaryDir("stamps");
  for (const dir of ["src", "_data", "templates"]) mkdirSync(join(project, dir));
  const written = (file: string, text: string, secondsAgo: number) => {
    writeFileSync(join(project, file), text);
    utimesSync(join(project, file), new Date(Date.now() - secondsAgo * 1000), new Date(Date.now() - secondsAgo * 1000));
  };
  written(".eleventy.ts", "export default {};\n", 60);
  written("src/main.ts", 'export const word: string = "one";\n', 60);
  const main = async (dir: string) => ((await import(pathToFileURL(join(dir, "src", "main.js")).href)) as { word: string }).word;
  const first = await compiledProject(project);
  const last = join(project, "node_modules", ".cache", "lede", "js", "last.json");
  assert.is(JSON.parse(readFileSync(last, "utf8")).name, basename(first));
  assert.is(await compiledProject(project), first);
  written("src/main.ts", 'export const word: string = "two";\n', 30); // same size, another time
  const second = await compiledProject(project);
  assert.is.not(second, first);
  assert.is(await main(second), "two");
  written("src/main.ts", 'export const word: string = "six";\n', 0); // written just now: the contents decide
  assert.is(await main(await compiledProject(project)), "six");
});

/** The packages a `lede` command imports from Lede's own code, seen by a module resolve hook. */
function packagesLoaded(args: string[], env: NodeJS.ProcessEnv = {}): string[] {
  const hooks = join(temporaryDir("hooks"), "hooks.mjs");
  writeFileSync(hooks, `export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  const name = /\\/node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(resolved.url)?.[1];
  if (name && name !== ".cache" && !/\\/node_modules\\/(?!\\.cache\\/)/.test(context.parentURL ?? "")) console.error("loaded " + name);
  return resolved;
}`);
  const register = `data:text/javascript,import { register } from "node:module"; register(${JSON.stringify(pathToFileURL(hooks).href)});`;
  const run = lede(args, { ...env, NODE_OPTIONS: `--import=${JSON.stringify(register)}` });
  return [...new Set([...run.stderr.matchAll(/^loaded (.+)$/gm)].map((match) => match[1]!))].sort();
}

test("each command loads only what it needs: --help no package, digest no Eleventy, send no site generator", () => {
  lede(["--help"]); // compiles first if a source changed since the last compile, which loads esbuild
  assert.equal(packagesLoaded(["--help"]), []);
  const digest = packagesLoaded(["digest", "--json"]);
  assert.ok(digest.includes("markdown-it"), digest.join(", "));
  for (const name of ["@11ty/eleventy", "nunjucks", "juice", "nodemailer"]) assert.not.ok(digest.includes(name), `digest loaded ${name}`);
  const send = packagesLoaded(["send", "--issue", "latest", "--dry-run", "--out", temporaryDir("unbuilt")]);
  assert.ok(send.includes("nodemailer"), send.join(", "));
  for (const name of ["@11ty/eleventy", "nunjucks", "juice", "markdown-it"]) assert.not.ok(send.includes(name), `send loaded ${name}`);
});

test("Eleventy bundled into one module builds, byte for byte, the site Eleventy's own modules build", () => {
  const dir = temporaryDir("bundle");
  const [bundled, unbundled] = [join(dir, "bundled"), join(dir, "unbundled")];
  const loaded = packagesLoaded(["build", "--out", bundled, "--no-search"]);
  // Eleventy, the RSS plugin and Nunjucks come from the bundle, once; markdown-it and nodemailer as they are.
  for (const name of ["@11ty/eleventy", "@11ty/eleventy-plugin-rss", "nunjucks"]) assert.not.ok(loaded.includes(name), `${name} was loaded on its own: ${loaded.join(", ")}`);
  assert.ok(loaded.includes("nodemailer"), loaded.join(", "));
  const unbundledLoaded = packagesLoaded(["build", "--out", unbundled, "--no-search"], { [ELEVENTY_BUNDLE_ENV]: "0" });
  for (const name of ["@11ty/eleventy", "@11ty/eleventy-plugin-rss", "nunjucks"]) assert.ok(unbundledLoaded.includes(name), unbundledLoaded.join(", "));
  const files = filesUnder(unbundled);
  assert.equal(filesUnder(bundled), files);
  assert.ok(files.includes("index.html") && files.includes("feed.xml"), "Eleventy's own pages are compared");
  for (const file of files) assert.fixture(readFileSync(join(bundled, file), "utf8"), readFileSync(join(unbundled, file), "utf8"), file);
});

test("Eleventy's bundle runs from V8's code cache, made by the first build and taken as it is by the next", async () => {
  const { eleventyBundle } = (await import("../bin/compile.js" as string)) as { eleventyBundle(): Promise<string | undefined> };
  const bundle = await eleventyBundle();
  assert.ok(bundle, "the bundle is made");
  const cache = `${bundle}.code-cache`;
  rmSync(cache, { force: true });
  const dir = temporaryDir("code-cache");
  assert.is(lede(["build", "--out", join(dir, "first"), "--no-search"]).status, 0);
  const made = statSync(cache);
  assert.ok(made.size > 100_000, `a cache of ${made.size} bytes`);
  // Taken: a cache V8 turned down (another Node, other flags) would be written again.
  assert.is(lede(["build", "--out", join(dir, "second"), "--no-search"]).status, 0);
  assert.is(statSync(cache).mtimeMs, made.mtimeMs);
  assert.equal(filesUnder(join(dir, "second")), filesUnder(join(dir, "first")));
});

test.run();
