import { HEADLINE_MIN_WORDS } from "./limits.ts";
import type { Role, Word } from "./salience.ts";

/**
 * The candidates compression chooses from: where the lead can end, and which spans can go whole while
 * what is left still reads.
 */

/** Where the sentence can end: before a phrase, a clause or a list, or after a comma. */
export function cutPoints(words: readonly Word[], roles: readonly Role[]): number[] {
  const cuts: number[] = [];
  for (let i = HEADLINE_MIN_WORDS; i < words.length; i++) {
    const kind = words[i]!.kind;
    const afterComma = /[,;:]$/.test(words[i - 1]!.token);
    if (afterComma || kind === "prep" || kind === "to" || kind === "conj" || kind === "rel" || kind === "punct") cuts.push(i);
    else if (isReducedRelative(words, roles, i)) cuts.push(i); // `plans aimed at …`
    else if (roles[i] === "verb" && /ing$/.test(words[i]!.token) && roles[i - 1] !== "glue") cuts.push(i); // `claim accusing …`
  }
  cuts.push(words.length);
  return cuts;
}

/**
 * A participle after the main verb's object that starts a clause of detail (`plans aimed at …`), not
 * the verb of a new clause after a comma (`…, the city council decided in a vote`).
 */
function isReducedRelative(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  if (roles[i] !== "verb" || !/(?:ed|ing)$/.test(words[i]!.token) || roles[i - 1] === "glue") return false;
  if (!roles.slice(0, i - 1).includes("verb") || (words[i + 1]?.kind !== "prep" && words[i + 1]?.kind !== "to")) return false;
  let start = i - 1;
  while (start > 0 && (roles[start - 1] === "noun" || words[start - 1]!.kind === "det") && !/,$/.test(words[start - 1]!.token)) start--;
  return !/,$/.test(words[start - 1]?.token ?? "");
}

/** Spans to delete whole, each leaving a phrase that still reads. */
export function deletableSpans(words: readonly Word[], roles: readonly Role[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const ends = (i: number) => /[,;:]$/.test(words[i]!.token);
  // A leading clause before the subject: `Less than four years after the launch, BMW …` → `BMW …`.
  const comma = words.findIndex((word) => /,$/.test(word.token));
  const subject = words[comma + 1];
  if (comma > 0 && comma < 15 && (subject?.kind === "det" || subject?.kind === "name") && roles.slice(comma + 1).includes("verb")) spans.push([0, comma + 1]);
  for (let i = 0; i < words.length; i++) {
    if (roles[i] === "adverb") spans.push([i, i + 1]);
    if (roles[i] === "noun" && (i === 0 || roles[i - 1] !== "noun" || ends(i - 1))) {
      let end = i;
      while (end < words.length && roles[end] === "noun" && !(end > i && ends(end - 1))) end++;
      spans.push(...modifierSpans(words, i, end));
    }
    // An inner prepositional phrase: `shares in UK Coal fell` → `shares fell`.
    const quantity = words[i]!.token === "of" && (words[i - 1]?.kind === "num" || words[i - 1]?.kind === "det");
    if ((words[i]!.kind === "prep" && !quantity) || (words[i]!.kind === "to" && words[i + 1]?.kind === "name")) {
      const end = phraseEnd(words, roles, i + 1);
      if (end > i + 1 && end < words.length && !ends(end - 1) && roles[end - 1] === "noun") spans.push([i, end]);
    }
  }
  return spans;
}

/**
 * In a run of nouns from `start` to `end`, what can go: a descriptor before a name whole (`US aircraft
 * firm Boeing` → `Boeing`), or words before the head that are not names or numbers (`former production
 * unit` → `unit`).
 */
function modifierSpans(words: readonly Word[], start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const named = (i: number) => words[i]!.kind === "name";
  for (let b = start + 1; b < end; b++) {
    if (named(b) && !named(b - 1) && words.slice(start, b).some((word) => word.kind === "word")) spans.push([start, b]);
  }
  const head = end - 1;
  if (named(head)) return spans;
  for (let a = start; a < head; a++) {
    for (let b = a + 1; b <= head && words[b - 1]!.kind === "word"; b++) spans.push([a, b]);
  }
  return spans;
}

/** The end of the noun phrase from `start`: an article, nouns, and `of` or `and` more nouns. */
function phraseEnd(words: readonly Word[], roles: readonly Role[], start: number): number {
  let end = start;
  if (words[end]?.kind === "det") end++;
  while (end < words.length && roles[end] === "noun") {
    end++;
    if (/[,;:]$/.test(words[end - 1]!.token)) break;
    const joined = words[end]?.token === "of" || (words[end]?.token === "and" && !/(?:[^s]s|ed)$/.test(words[end + 1]?.token ?? ""));
    if (joined && roles[end + 1] === "noun") end++; // `of` more nouns; `and` more, unless a verb follows (`by 8% and raises`)
  }
  return end;
}

