import { canBeParticiple } from "../verbs.ts";
import { HEADLINE_MIN_WORDS } from "./limits.ts";
import type { MainClause } from "./clauses.ts";
import { roleAt, wordAt, type Role, type Word } from "./salience.ts";

/** Where the lead can end: the cuts compression tries (the spans it may delete are in deletions.ts). */

/** Where the sentence can end: before a phrase, a clause or a list, or after a comma. */
export function cutPoints(words: readonly Word[], roles: readonly Role[]): number[] {
  const cuts: number[] = [];
  let opened = false; // inside a clause (`if investment …`, `how £2bn …`) that has not reached its verb
  let quotes = 0; // quotation marks so far: never a cut inside a quotation (`being "leant [on"]`)
  for (let i = 1; i < words.length; i++) {
    quotes += words[i - 1]!.token.match(/["“”]/g)?.length ?? 0;
    if (quotes % 2 === 1) continue;
    const kind = words[i]!.kind;
    const afterComma = /[,;:]$/.test(words[i - 1]!.token);
    // `but` opens a clause too: `wild about the Oscars but cinema-goers [… are sick]`.
    if (opensClause(words[i - 1])) opened = true;
    // A participle inside the clause is not its verb: `after a school bus carrying 34 students [collided …]`
    // (one right after the opener is: `after complaining`).
    if ((roleAt(roles, i - 1) === "verb" && (!/\p{Ll}ing$/u.test(words[i - 1]!.token) || opensClause(words[i - 2]))) || words[i - 1]!.kind === "aux" || afterComma) opened = false;
    if (i < HEADLINE_MIN_WORDS || (opened && kind !== "rel")) continue;
    // Not inside a name (`Bank of England`), a pair (`between rich and poor`), a noun's `of` (`rest of the
    // season`) or a pair of nouns (`food and drink giant`), where the head would be left a modifier.
    if (insideName(words, i) || words[i]!.token === "of") continue;
    // `a cult following [throughout 2004]`: a noun, no preposition, where no noun phrase follows it.
    if (words[i]!.token === "following" && !["det", "name", "num", "word", "pron"].includes(wordAt(words, i + 1).kind)) continue;
    // (`then` is no noun: `over a £2,000 debt [and then tried …]` ends at `debt`.)
    if (kind === "conj" && !afterComma && (openBetween(words, i) || (roleAt(roles, i - 1) === "noun" && wordAt(words, i + 1).kind === "word" && roleAt(roles, i + 1) === "noun" && !/^then$/i.test(wordAt(words, i + 1).token)))) continue;
    // Nor before a last verb of two or three words that is how it ended: `had the chance to tackle the
    // problems [and has failed]`, `was arrested [and released]`.
    if (kind === "conj" && words.length - i <= 3 && words.slice(i + 1).every((word, j) => word.kind === "aux" || roleAt(roles, i + 1 + j) === "verb")) continue;
    // Not before a phrase around a short quotation, what the story quotes: `set taxes [at "reasonable levels"]`.
    if (kind === "prep" && !afterComma && quotesShortly(words, i + 1)) continue;
    if (afterComma || kind === "prep" || kind === "to" || kind === "conj" || kind === "rel" || kind === "punct") cuts.push(i);
    // `from beer-flavoured drinks [rather than beer]`; not after a name, which may open a subject whose verb is still to come (`Wales and Ireland [rather than France] face`).
    else if (/^(?:rather|instead)$/.test(words[i]!.token) && /^(?:than|of)$/.test(wordAt(words, i + 1).token) && words[i - 1]!.kind === "word") cuts.push(i);
    else if (isReducedRelative(words, roles, i)) cuts.push(i); // `plans aimed at …`
    // Not one word into a phrase, where the word in -ing is a modifier: `from advanced [mapping] technology`.
    else if (roleAt(roles, i) === "verb" && /ing$/.test(words[i]!.token) && roleAt(roles, i - 1) !== "glue" && wordAt(words, i - 2).kind !== "prep" && i + 1 < words.length && !afterWith(words, roles, i)) cuts.push(i); // `claim accusing …`, not `island crossing`
  }
  cuts.push(words.length);
  return cuts;
}

/**
 * Whether a quotation of one to three words opens at word `i`, or after an article there, and ends the
 * phrase (`at "reasonable levels"`; not `under a "zero tolerance" drive`, where it only describes).
 */
function quotesShortly(words: readonly Word[], i: number): boolean {
  const open = wordAt(words, i).kind === "det" ? i + 1 : i;
  if (!/^["“]/.test(wordAt(words, open).token)) return false;
  for (let j = open; j < Math.min(words.length, open + 3); j++) {
    if (/["”][,;:.]?$/.test(words[j]!.token) && (j > open || words[j]!.token.length > 2)) return /[,;:.]$/.test(words[j]!.token) || (wordAt(words, j + 1).kind !== "word" && wordAt(words, j + 1).kind !== "name");
  }
  return false;
}

export const EXAMPLES = new Set(["including", "such", "like", "especially", "notably", "mainly", "mostly", "among"]);

/** Whether `word` opens a clause: a relative, `but`, or a preposition that also opens clauses. */
function opensClause(word: Word | undefined): boolean {
  return word !== undefined && ((word.kind === "rel" && word.token !== "as") || SUBORDINATING.has(word.token) || word.token === "but");
}

/** Prepositions that also open clauses (`after its profits failed …`): no cut before their verb. */
const SUBORDINATING = new Set(["after", "before", "since", "until", "unless", "whereas"]);

/**
 * A participle after the main verb's object that starts a clause of detail (`plans aimed at …`), not
 * the verb of a new clause after a comma (`…, the city council decided in a vote`).
 */
export function isReducedRelative(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  if (roleAt(roles, i) !== "verb" || !(/ing$/.test(words[i]!.token) || canBeParticiple(words[i]!.token)) || roleAt(roles, i - 1) === "glue") return false;
  // A participle after an auxiliary and its adverb is that verb group's own: `was [seriously] injured in …`.
  if (roleAt(roles, i - 1) === "adverb" && wordAt(words, i - 2).kind === "aux") return false;
  if (!roles.slice(0, i - 1).includes("verb") || (wordAt(words, i + 1).kind !== "prep" && wordAt(words, i + 1).kind !== "to")) return false;
  let start = i - 1;
  while (start > 0 && (roleAt(roles, start - 1) === "noun" || words[start - 1]!.kind === "det") && !/,$/.test(words[start - 1]!.token)) start--;
  return !/,$/.test(wordAt(words, start - 1).token ?? "") && !afterWith(words, roles, i);
}

/** Whether the noun phrase before word `i` follows `with`: `with figures expected to …`, `with luxury retailers faring well` are one clause. */
function afterWith(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  let start = i - 1;
  while (start > 0 && (roleAt(roles, start - 1) === "noun" || words[start - 1]!.kind === "det")) start--;
  return wordAt(words, start - 1).token === "with";
}

/** Whether word `i` joins two capitalised words of one name: `Bank [of] England`, `Top [of] the Pops`. */
export function insideName(words: readonly Word[], i: number): boolean {
  if (wordAt(words, i - 1).kind !== "name" || /[,;:]$/.test(words[i - 1]!.token) || !/^(?:of|on|for|and|de|the)$/i.test(words[i]!.token)) return false; // `Out [Of] Here` too
  const next = wordAt(words, i + 1).token === "the" ? words[i + 2] : words[i + 1];
  return next?.kind === "name" && /^\p{Lu}/u.test(next.token);
}

/** Whether a `between` before word `i` still waits for its `and`. */
function openBetween(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 6); j--) {
    if (words[j]!.token === "and") return false;
    if (words[j]!.token.toLowerCase() === "between") return true;
  }
  return false;
}
