import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse, type DefaultTreeAdapterMap } from "parse5";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const SHARED = join(ROOT, "..", "shared");

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real `lede` command, as a user would, in a child process. */
export function lede(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/lede.js"), ...args], {
    cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const madeDirs: string[] = [];
process.once("exit", () => {
  if (process.env.LEDE_KEEP_TEMP) return;
  for (const dir of madeDirs) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the system's temporary folder, removed when the tests end (set LEDE_KEEP_TEMP=1 to keep it). */
export function temporaryDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `lede-${name}-`));
  madeDirs.push(dir);
  return dir;
}

/** A folder of `count` small raw articles, each different: enough for a build to say what it is doing. */
export function manyArticles(count: number): string {
  const articles = temporaryDir("many");
  const towns = ["Averly", "Saltmarsh", "Port Hale", "Kestrel Bay", "Old Quay"];
  for (let i = 0; i < count; i++) {
    const town = towns[i % towns.length]!;
    const day = String(1 + (i % 28)).padStart(2, "0");
    writeFileSync(join(articles, `story-${i}.txt`), ` date 2021-0${1 + (i % 9)}-${day} The ${town} council voted ${i} times to restore the night ferry service number ${i * 7} after a dispute about harbour levy ${i}.\n\nCouncillors in ${town} said ferry ${i * 7} would run from the spring, and the levy would rise by ${i % 40} pence.\n`);
  }
  return articles;
}

/** Every file under a folder, relative paths, sorted. */
export function filesUnder(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((item) => (item.isDirectory() ? filesUnder(dir, join(prefix, item.name)) : [join(prefix, item.name)]))
    .sort();
}

/** A fingerprint of a folder's whole content: names, bytes and modification times. */
export function treeFingerprint(dir: string): string {
  const hash = createHash("sha256");
  for (const file of filesUnder(dir)) {
    hash.update(file).update(readFileSync(join(dir, file))).update(String(statSync(join(dir, file)).mtimeMs));
  }
  return hash.digest("hex");
}

export type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];

/** Parse HTML with the WHATWG parser, collecting its parse errors (a missing doctype, a stray end tag…). */
export function parseHtml(html: string): { document: DefaultTreeAdapterMap["document"]; errors: string[] } {
  const errors: string[] = [];
  const document = parse(html, { onParseError: (error) => errors.push(`${error.code} at ${error.startLine}:${error.startCol}`) });
  return { document, errors };
}

export function elements(node: Node, tag?: string): Element[] {
  const found: Element[] = [];
  const visit = (current: Node) => {
    if ("tagName" in current && (!tag || current.tagName === tag)) found.push(current);
    const children = "childNodes" in current ? current.childNodes : [];
    for (const child of children) visit(child);
    if (current.nodeName === "template" && "content" in current) visit(current.content as Node);
  };
  visit(node);
  return found;
}

export function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((attribute) => attribute.name === name)?.value;
}

export function textOf(node: Node): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

/** `lede` in a child process without blocking this one (a server in this process must keep answering). */
export function ledeAsync(args: string[], env: NodeJS.ProcessEnv = {}, onStart?: (child: import("node:child_process").ChildProcess) => void): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "bin/lede.js"), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    onStart?.(child);
  });
}
