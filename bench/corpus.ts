import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const BBC = join(import.meta.dirname, "..", "..", "shared", "corpus", "bbc", "articles");

const FIRST_DAY = Date.UTC(2019, 0, 1);
const DAYS = 5 * 365;

/**
 * The benchmark corpus of `count` articles in `dir`, written once and kept: a folder that already holds
 * `count` articles from an earlier run is used as it is (the text is deterministic).
 */
export function ensureCorpus(dir: string, count: number): "bbc" | "generated" {
  const source = existsSync(BBC) ? "bbc" : "generated";
  const marker = join(dir, `.lede-bench-${source}-${count}`);
  if (existsSync(marker)) return source;
  writeCorpus(dir, count);
  writeFileSync(marker, "");
  return source;
}

/**
 * Writes `count` raw articles into `dir`. Made from the BBC corpus when it is beside the project (each
 * article mixes paragraphs of three real ones, so that none is a duplicate of another), otherwise from a
 * deterministic generator. Dates spread over five years. Returns where the text came from.
 */
export function writeCorpus(dir: string, count: number): "bbc" | "generated" {
  mkdirSync(dir, { recursive: true });
  const sources = existsSync(BBC) ? readBbc() : undefined;
  for (let i = 0; i < count; i++) {
    const paragraphs = sources ? mix(sources, i) : generated(i);
    const day = new Date(FIRST_DAY + ((i * 7919) % DAYS) * 86_400_000).toISOString().slice(0, 10);
    writeFileSync(join(dir, `a${String(i).padStart(5, "0")}.txt`), ` date ${day} ${paragraphs.join("\n\n")}\n`);
  }
  return sources ? "bbc" : "generated";
}

function readBbc(): string[][] {
  return readdirSync(BBC).sort().map((name) =>
    readFileSync(join(BBC, name), "utf8").replace(/^\s*date \d{4}-\d{2}-\d{2} /, "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
}

/**
 * Article `i` beyond the real ones: four sentences from each of three real articles, three sentences a
 * paragraph. No two share more than a third of their text, so none is a near-duplicate of another.
 */
function mix(sources: string[][], i: number): string[] {
  const n = sources.length;
  if (i < n) return sources[i]!;
  const sentences = (paragraphs: string[]) => paragraphs.join(" ").split(/(?<=[.!?]["”']?)\s+(?=[A-Z"“])/);
  const round = Math.floor(i / n); // i and i + n must not pick the same three articles
  const picks = [sources[i % n]!, sources[(i * 7 + 3 + round * 101) % n]!, sources[(i * 13 + 5 + round * 307) % n]!]
    .flatMap((source, k) => sentences(source).slice(k * 4, k * 4 + 4));
  const paragraphs: string[] = [];
  for (let start = 0; start < picks.length; start += 3) paragraphs.push(picks.slice(start, start + 3).join(" "));
  return paragraphs.length > 0 ? paragraphs : sources[i % n]!;
}

const WORDS = ("council harbour ferry budget school library market storm transit union drivers strike trees city " +
  "mayor residents plan vote report study weather police court minister bank energy prices water tourism " +
  "museum festival hospital nurses teachers students bridge road railway station airport port housing rent").split(" ");
const NAMES = ["Port Averly", "Averly Transit", "Mira Okafor", "Hillcrest", "Saltmarsh", "Lindmoor", "Tomas Reyes", "Ana Petrov"];

/** A deterministic pseudo-article: same `i`, same text, on every machine. */
function generated(i: number): string[] {
  let seed = i * 2654435761 % 4294967296;
  const next = () => (seed = (seed * 1664525 + 1013904223) % 4294967296) / 4294967296;
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => pick(WORDS));
    words.splice(Math.floor(next() * words.length), 0, pick(NAMES));
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  return Array.from({ length: 4 + Math.floor(next() * 4) }, () => Array.from({ length: 2 + Math.floor(next() * 3) }, sentence).join(" "));
}
