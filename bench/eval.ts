/**
 * `npm run eval -- DIR`: how close Lede's derived headlines come to editors' headlines. DIR holds
 * `articles/` and `references.jsonl` (one `{"file", "headline"}` per line), like ../shared/corpus/bbc.
 * Prints ROUGE-1, ROUGE-2 and ROUGE-L F1 (x100, averaged over articles; tokens are lower-cased
 * `[a-z0-9]+('[a-z]+)?`, no stemming) beside two baselines on the same articles, headline lengths,
 * the CPU time of deriving every article, and the duplicates the corpus drops.
 *
 * `--half even` or `--half odd` keeps every other article (by sorted file name): tune on one half, then
 * check that the gain holds on the other, which the tuning never saw.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString } from "node:v8";
import { parseArticle, type Article } from "../src/article/index.ts";
import { splitSentences } from "../src/digest/sentences.ts";
import { countReasons, readsWrong, suspectHeadlines, tagQuality } from "./quality.ts";
import { rougeF1 } from "./rouge.ts";

// The engine as bin/lede.js sets it, and Lede's code compiled as `lede` runs it (not through tsx), so that
// the CPU time printed is what `lede` spends.
setFlagsFromString("--interrupt-budget=270336");
setFlagsFromString("--no-regexp-tier-up");
const { compiledProject } = (await import("../bin/compile.js" as string)) as { compiledProject(): Promise<string> };
const { deriveEntry } = (await import(pathToFileURL(join(await compiledProject(), "src", "digest", "index.js")).href)) as typeof import("../src/digest/index.ts");

const args = process.argv.slice(2);
const halfAt = args.indexOf("--half");
const half = halfAt === -1 ? undefined : args.splice(halfAt, 2)[1];
const dir = args[0];
if (!dir || (half !== undefined && half !== "even" && half !== "odd")) {
  console.error("usage: npm run eval -- DIR [--half even|odd]   (DIR holds articles/ and references.jsonl)");
  process.exit(2);
}
const references = new Map<string, string>(
  readFileSync(join(dir, "references.jsonl"), "utf8").trim().split("\n").map((line) => {
    const { file, headline } = JSON.parse(line) as { file: string; headline: string };
    return [file, headline];
  }),
);
const articles: Article[] = [];
const names = readdirSync(join(dir, "articles")).sort().filter((_, i) => half === undefined || i % 2 === (half === "even" ? 0 : 1));
for (const name of names) {
  const parsed = parseArticle(name, readFileSync(join(dir, "articles", name)));
  if (parsed.ok && references.has(name)) articles.push(parsed.article);
}

const cpuBefore = process.cpuUsage();
const derived = articles.map((article) => deriveEntry(article));
const cpu = process.cpuUsage(cpuBefore);

const firstSentence = (article: Article) => splitSentences(article.paragraphs[0] ?? "")[0] ?? "";
const systems: Array<[string, (index: number) => string]> = [
  ["prefix-10", (i) => (articles[i]!.paragraphs[0] ?? "").split(/\s+/).slice(0, 10).join(" ")],
  ["lead-sentence", (i) => firstSentence(articles[i]!)],
  ["lede", (i) => derived[i]!.headline],
];

console.log(`${articles.length} articles in ${dir}${half ? ` (${half} half)` : ""}\n`);
console.log(`${"headlines".padEnd(16)}${"ROUGE-1".padStart(9)}${"ROUGE-2".padStart(9)}${"ROUGE-L".padStart(9)}${"median".padStart(9)}${"max".padStart(6)}  (length in characters)`);
for (const [name, headline] of systems) {
  const scores = articles.map((article, i) => rougeF1(headline(i), references.get(article.sourcePath)!));
  const mean = (pick: (s: (typeof scores)[number]) => number) => (100 * scores.reduce((sum, s) => sum + pick(s), 0)) / scores.length;
  const lengths = articles.map((_, i) => headline(i).length).sort((a, b) => a - b);
  console.log(`${name.padEnd(16)}${mean((s) => s.rouge1).toFixed(2).padStart(9)}${mean((s) => s.rouge2).toFixed(2).padStart(9)}${mean((s) => s.rougeL).toFixed(2).padStart(9)}${String(lengths[Math.floor(lengths.length / 2)]).padStart(9)}${String(lengths[lengths.length - 1]).padStart(6)}`);
}
const headlines = derived.map((entry) => entry.headline);
const rules: Array<[string, (headline: string) => boolean]> = [
  ["over 90 characters", (h) => h.length > 90],
  ["not starting with a capital", (h) => !/^["“‘'(]?[\p{Lu}\p{N}]/u.test(h)],
  ["ending on and/the/of/a comma or colon", (h) => /(?:\b(?:and|the|of|a|an|to|or)|[,;:])$/i.test(h)],
  ["unbalanced quotes or brackets", (h) => (h.match(/“/g)?.length ?? 0) !== (h.match(/”/g)?.length ?? 0) || (h.match(/\(/g)?.length ?? 0) !== (h.match(/\)/g)?.length ?? 0) || (h.match(/"/g)?.length ?? 0) % 2 === 1],
  ["with a weekday", (h) => /(?<!\p{Lu}\p{L}*\s+on\s+)\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+\p{Lu})/u.test(h)], // not in a name: `Sunday Telegraph`, `Mail on Sunday`
  ["with an attribution tail", (h) => /,\s*according to\b|\b(?:officials|police|spokesman|spokeswoman) said$/i.test(h)],
  ["starting with filler (A group of …)", (h) => /^(?:A|An|The)\s+(?:group|number|team|handful|pair|couple)\s+of\b/.test(h)],
];
console.log("\nheadline rules broken (of " + headlines.length + "): " + rules.map(([name, broken]) => `${headlines.filter(broken).length} ${name}`).join(", "));
const texts = articles.map((article) => article.paragraphs.join("\n\n")); // paragraphs apart, as the checks expect
const suspects = suspectHeadlines(headlines, texts);
const wrong = headlines.map((headline, i) => ({ headline, reason: readsWrong(headline, texts[i]!) })).filter(({ reason }) => reason);
console.log(`reading checks: ${wrong.length} of ${headlines.length} read wrong (${countReasons(wrong)})`);
if (process.env.SUSPECTS) for (const { headline, reason } of wrong) console.log(`  ${reason}: ${headline}`);
const summaries = derived.map((entry) => entry.summary);
console.log(`summaries: ${summaries.filter((s) => s.split(/\s+/).length > 60).length} over 60 words, ${derived.filter((e) => e.summary === e.headline).length} equal to the headline`);
console.log(`suspect headlines: ${suspects.length} of ${headlines.length} (${countReasons(suspects)})`);
if (process.env.SUSPECTS) for (const { headline, reason } of suspects) console.log(`  ${reason}: ${headline}`);
const tagCounts = derived.map((entry) => entry.tags.length);
console.log(`tags per article: ${Math.min(...tagCounts)} to ${Math.max(...tagCounts)}, ${tagCounts.filter((n) => n >= 3 && n <= 5).length} of ${tagCounts.length} with 3 to 5`);
console.log(`tag quality: ${tagQuality(derived.map((entry) => entry.tags), articles.map((article) => article.paragraphs.join(" ")))}`);
console.log(`\nderiving ${articles.length} entries took ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms of CPU`);
