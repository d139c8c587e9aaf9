import { leadIndex } from "../sentences.ts";
import { bare, classify, isFunctionWord, type WordClass } from "./wordclass.ts";

/** One word of a candidate headline, with what the article says about it. */
export interface Word {
  token: string;
  kind: WordClass;
  /** How often the article uses the word's stem, the lead included. */
  uses: number;
  /** How often the three sentences after the lead use it: what a story comes back to at once matters most. */
  early: number;
}

/** What a word does in its sentence, as far as position tells (see compress.ts). */
export type Role = "glue" | "verb" | "adverb" | "noun";

/**
 * The word at `i`, or an empty one past either end. Reading past an array's end makes V8 throw away the
 * compiled code of the function that did; these steps look at neighbours all the time.
 */
export function wordAt(words: readonly Word[], i: number): Word {
  return i >= 0 && i < words.length ? words[i]! : NO_WORD;
}

/** The role at `i`, or none past either end (see `wordAt`). */
export function roleAt(roles: readonly Role[], i: number): Role | "" {
  return i >= 0 && i < roles.length ? roles[i]! : "";
}

/** No class at all: every test of a class fails on it, as on a word that is not there. */
const NO_WORD: Word = { token: "", kind: "" as WordClass, uses: 0, early: 0 };

/** What to count of a word: the word and its longer forms (`profit`, `profits`, `profitable`). */
const stem = (word: string) => (word.length > 3 && /[^su]s$/.test(word) ? word.slice(0, -1) : word);

/**
 * Uses are counted in the article's first 2,500 characters (about 400 words): what a story comes back
 * to early is what it is about, and the tail of a long article is mostly background.
 */
const WINDOW = 2500;

/** Words of `text` (the lead, cleaned) with how much the article (`sentences`, lead first) uses each. */
export function weighWords(text: string, sentences: readonly string[]): Word[] {
  const tokens = text.split(" ").filter(Boolean);
  const all = opening(sentences, WINDOW);
  const body = ` ${all.toLowerCase()}`;
  // Where the three sentences after the lead are in `body`: one scan counts both uses and early uses.
  const lead = leadIndex(sentences);
  let from = 1;
  for (let i = 0; i <= lead; i++) from += (sentences[i]?.length ?? 0) + 1;
  let to = from;
  for (let i = lead + 1; i <= lead + 3; i++) to += (sentences[i]?.length ?? -1) + 1;
  const words: Word[] = []; // pushed, not mapped: one array shape for V8 (see `wordAt`)
  tokens.forEach((token, index) => {
    // A capital proves nothing at the start, unless a name goes on (`General Motors`) or the article
    // capitalises the word inside a sentence too.
    const first = index === 0 && !/^\p{Lu}{2,}|^\p{Lu}\S*\s+\p{Lu}/u.test(`${token} ${tokens[index + 1] ?? ""}`) && !capitalisedInside(all, token);
    const kind = classify(token, first);
    const key = stem(bare(token));
    if (key === "" || isFunctionWord(kind)) return void words.push({ token, kind, uses: 0, early: 0 });
    const [uses, early] = countStarts(body, key, from, to);
    words.push({ token, kind, uses, early });
  });
  return words;
}

/**
 * The chance that an editor's headline for the article has this word, 0 to 1. Editors headline what a
 * story keeps coming back to: a word the body repeats, a name above all, early in the lead; less often
 * the lead's own verb (they pick a livelier one) and almost never its adverbs. A logistic model over
 * these few signals; its weights were fitted on half of a corpus of news articles and their headlines
 * and hold on the other half. Function words keep the rate they have in editors' headlines.
 */
export function salience(word: Word, role: Role, position: number): number {
  if (role === "glue") return GLUE[word.kind] ?? 0;
  const z = W.bias + W.uses * Math.log(Math.max(1, word.uses)) + W.early * Math.log(1 + word.early) + W.position * position +
    (word.kind === "name" ? W.name : 0) + (word.kind === "num" ? W.number : 0) + (role === "verb" ? W.verb : 0) + (role === "adverb" ? W.adverb : 0);
  return 1 / (1 + Math.exp(-z));
}

const W = { bias: -2.49, uses: 0.88, early: 0.54, position: -1.28, name: 0.8, number: 0.71, verb: -0.58, adverb: -1.25 };
const GLUE: Partial<Record<WordClass, number>> = { to: 0.17, prep: 0.08, conj: 0.05, det: 0.03, aux: 0.015, rel: 0.01 };

/** The first `length` characters of the sentences joined, without joining a long article whole. */
function opening(sentences: readonly string[], length: number): string {
  let text = "";
  for (const sentence of sentences) {
    text += text ? ` ${sentence}` : sentence;
    if (text.length >= length) break;
  }
  return text.slice(0, length);
}

/** Whether `text` has `token`'s word capitalised after a lower-case word: a name, not a sentence start. */
export function capitalisedInside(text: string, token: string): boolean {
  const word = ` ${token.replace(/['’]s$|[^\p{L}\p{N}]+$/gu, "")}`;
  if (word === " ") return false;
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? "";
    if ((before === "," || (before >= "a" && before <= "z")) && !isLetterOrDigit(text.charCodeAt(at + word.length) | 0 || 32)) return true;
  }
  return false;
}

/**
 * Occurrences of `prefix` at the start of a word in `text`, and how many of them are from `from` to `to`
 * (occurrences never overlap). The engine's own substring search finds the candidates: faster than
 * indexing every word start of the text in script, which was this step's biggest cost.
 */
function countStarts(text: string, prefix: string, from: number, to: number): [number, number] {
  let count = 0;
  let inside = 0;
  for (let at = text.indexOf(prefix); at !== -1; ) {
    if (at > 0 && isLetterOrDigit(text.charCodeAt(at - 1))) {
      at = text.indexOf(prefix, at + 1);
      continue;
    }
    count++;
    if (at >= from && at < to) inside++;
    at = text.indexOf(prefix, at + prefix.length);
  }
  return [count, inside];
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code > 127;
}
