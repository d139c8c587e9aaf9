import { remembered } from "../../remember.ts";

/**
 * Coarse word classes from closed lists: enough to know where a phrase starts and which words only glue
 * others together. Open-class words (nouns, verbs, adjectives) are told apart by position, not by list.
 */
export type WordClass = "det" | "prep" | "to" | "conj" | "aux" | "rel" | "pron" | "punct" | "num" | "name" | "word";

const CLOSED: ReadonlyMap<string, WordClass> = new Map<string, WordClass>([
  ...words("det", "the a an its their his her our my your this these those some any every each no another such"),
  ...words("prep", "of in on at for from by with into onto over under after before against between about across through during without within amid despite following including among towards toward than since until via per near off beyond behind below above around along upon like worth outside inside throughout alongside beneath beside unlike amongst"), // `a stake worth £1bn`
  ...words("to", "to"),
  ...words("conj", "and or but nor"),
  // `not` and `never` are no auxiliaries, but a verb follows them just the same
  ...words("aux", "is are was were be been being has have had will would could should can may might must do does did shall not never cannot can't won't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't couldn't wouldn't shouldn't can’t won’t don’t doesn’t didn’t isn’t"),
  ...words("rel", "who which that whose whom where when while as if because although though whether how why what so"), // `so that`
  ...words("pron", "it they he she we i you him them us me itself themselves himself herself there"),
]);

const NUMBERS = new Set("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion half quarter third dozen dozens hundreds thousands millions billions".split(" "));

function words(kind: WordClass, list: string): Array<[string, WordClass]> {
  return list.split(" ").map((word) => [word, kind]);
}

const BARE = /^[^\p{L}\p{N}$£€]+|(?:['’]s)?[^\p{L}\p{N}%]*$/gu;

/** A word's bare form for look-ups and counting: lower case, no surrounding punctuation, no `'s`. */
export function bare(token: string): string {
  const lower = token.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  // Most words start and end with a letter or a digit and have no `'s`: nothing to strip.
  if (isAsciiLetterOrDigit(lower.charCodeAt(0)) && isAsciiLetterOrDigit(last) && !(last === 115 && /['’]/.test(lower[lower.length - 2] ?? ""))) return lower;
  return lower.replace(BARE, "");
}

/** A token in lower case without what follows its last letter (`Rose,` → `rose`); an apostrophe stays if `apostrophe`. */
export function lowerWord(token: string, apostrophe = false): string {
  const lower = token.toLowerCase();
  const last = lower.charCodeAt(lower.length - 1);
  if (last >= 97 && last <= 122) return lower; // most words end on a letter: nothing to strip
  return lower.replace(apostrophe ? AFTER_LETTERS_BUT_APOSTROPHE : AFTER_LETTERS, "");
}

const AFTER_LETTERS = /[^\p{L}]+$/u;
const AFTER_LETTERS_BUT_APOSTROPHE = /[^\p{L}']+$/u;

/** A lower-case ASCII letter or a digit. */
function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
}

/** The class of `token`; `first` says it starts the text, where a capital proves nothing. */
export function classify(token: string, first: boolean): WordClass {
  return first ? classifyFirst(token) : classifyInside(token);
}

const classifyFirst = remembered((token) => classOf(token, true));
const classifyInside = remembered((token) => classOf(token, false));

function classOf(token: string, first: boolean): WordClass {
  const word = bare(token);
  if (/^\p{Lu}{2,}\b/u.test(token)) return "name"; // `US`, `IT`: not the pronoun, not the word
  const closed = CLOSED.get(word);
  if (closed) return closed;
  if (word === "") return "punct";
  if (/\d/.test(word) || NUMBERS.has(word)) return "num";
  if (!first && /^[^\p{L}]*\p{Lu}/u.test(token)) return "name";
  return "word";
}

/**
 * The particles of phrasal verbs: `set [up]`, `pulled [out]`, `turned [back]`. Where a rule needs more
 * (`over`, `aside`), it adds them to these.
 */
export const PARTICLES: ReadonlySet<string> = new Set(["up", "down", "out", "off", "back", "away"]);

export function isFunctionWord(kind: WordClass): boolean {
  return kind !== "num" && kind !== "name" && kind !== "word";
}

/**
 * Whether `token` ends as English adjectives do (social, economic, massive, serious, useful, reliable):
 * before a word in -ing it makes that word a noun (`social spending`), and it ends no noun phrase before a noun.
 */
export function looksAdjective(token: string): boolean {
  return /^\p{Ll}{3,}(?:al|ic|ive|ous|ful|less|able|ible|ary)$/u.test(token);
}

/** An ordinal or a superlative: what it is the first or the most of follows it (`first time [since May]`, `lowest level [in three years]`). */
export function isRecord(token: string): boolean {
  return isOrdinal(token) || isSuperlative(token);
}

/** `first`, `second`, `21st`. */
export function isOrdinal(token: string): boolean {
  return /^(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))$/i.test(token);
}

/** `lowest`, `biggest`, `best`, `most`; not `interest`, `protest`, `honest`, which end as superlatives do, nor `latest`, which is only the newest. */
export function isSuperlative(token: string): boolean {
  return /^(?:best|worst|most|least|\p{Ll}{2,}[^aeiou]est|\p{Ll}+iest)$/u.test(token) && !NOT_SUPERLATIVE.test(token);
}

const NOT_SUPERLATIVE = /(?:latest|interest|protest|arrest|contest|invest|harvest|honest|modest|forest|suggest|digest|manifest|unrest|detest|attest|tempest|earnest|behest|molest|divest|infest|ingest|congest|wrest|request|inquest|conquest)$/;
