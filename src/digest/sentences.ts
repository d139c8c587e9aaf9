import { countTokens } from "./words.ts";

/**
 * A sentence ends at `.`, `!` or `?` (closing quotes and brackets may follow) before white space and a
 * capital, a digit or an opening quote: `paragraph.split(/(?<=[.!?][”’"')\]]*)\s+(?=[“‘"'(\[]*[\p{Lu}\p{N}])/u)`,
 * done by looking only at the white space (the expression tried its look-behind at every character).
 * Not Intl.Segmenter: the same breaks on news prose at a fraction of the cost, and the abbreviation
 * repairs below are needed either way.
 */
export function splitAtBoundaries(paragraph: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const space = match.index + match[0].length - match[1]!.length;
    const end = match.index + match[0].length;
    if (startsSentence(paragraph, end)) {
      pieces.push(paragraph.slice(start, space));
      start = end;
    }
  }
  pieces.push(paragraph.slice(start));
  return pieces;
}

/** Where a sentence may end: `.`, `!` or `?`, closing quotes or brackets, then white space. */
const SENTENCE_END = /[.!?][”’"')\]]*(\s+)/g;

/** `“` `‘` `"` `'` `(` `[` before a capital. */
const isOpener = (code: number) => code === 0x201c || code === 0x2018 || code === 34 || code === 39 || code === 40 || code === 91;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;


function startsSentence(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isOpener(text.charCodeAt(i))) i++;
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return CAPITAL_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!));
}


/** Titles that always go with the next word: `Mr. Smith`, `Sens. Rubio`. */
const TITLES = new Set([
  "mr", "mrs", "ms", "dr", "prof", "sen", "sens", "rep", "reps", "gov", "gen", "col", "lt", "capt", "sgt",
  "st", "jr", "sr", "rev", "hon", "pres", "supt", "det", "vs", "inc", "corp", "co", "ltd",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "fig",
]);

/** Words that start a new sentence after an initialism: `… in the U.S. The letter …`. */
const SENTENCE_STARTERS = new Set([
  "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "in", "on", "this", "that", "these",
  "those", "there", "his", "her", "their", "its", "our", "as", "at", "after", "before", "when", "while", "if",
  "however", "meanwhile", "mr", "mrs", "ms", "dr", "for", "of", "some", "many", "most", "one", "two", "so", "yet",
]);

/**
 * Sentences of a paragraph, mended where a break falls after an abbreviation (`Mr.`, `Sens.`, `H.W.`,
 * `U.S.` before a name).
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  for (const piece of splitAtBoundaries(paragraph)) {
    const segment = `${piece} `;
    const previous = sentences[sentences.length - 1];
    if (previous !== undefined && continuesAfter(previous, segment)) {
      sentences[sentences.length - 1] = previous + segment;
    } else {
      sentences.push(segment);
    }
  }
  return sentences.map((sentence) => sentence.trim()).filter(Boolean);
}

function continuesAfter(previous: string, next: string): boolean {
  const trimmed = previous.trimEnd();
  // The last word, found from the end: `previous` grows with each merge, and a regex would scan it all.
  const last = trimmed.slice(Math.max(trimmed.lastIndexOf(" "), trimmed.lastIndexOf("\t"), trimmed.lastIndexOf("\u00a0")) + 1);
  if (!last.endsWith(".")) return false;
  const word = last.slice(0, -1).replace(/^[("“‘']+/, "");
  // Most sentences end on a plain word (`said.`): no abbreviation, nothing to mend.
  if (word.length > 4 && !word.includes(".") && !TITLES.has(word.toLowerCase())) return false;
  const nextWord = /^[\s"“‘'(]*([\p{L}\p{N}]+)/u.exec(next)?.[1] ?? "";
  if (!nextWord) return false;
  if (/^\p{Ll}/u.test(nextWord)) return true; // a lower-case start is never a new sentence
  if (TITLES.has(word.toLowerCase())) return true;
  if (/^no$/i.test(word) && /^\p{N}/u.test(nextWord)) return true; // `No. 10`
  if (/^\p{Lu}$/u.test(word)) return true; // a single initial: `George H.W. Bush`, `J. Smith`
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !SENTENCE_STARTERS.has(nextWord.toLowerCase()); // U.S., U.K.
  // An ellipsis inside a title, which goes on in title case: `I'm A Celebrity... Get Me Out Of Here drew`.
  if (word.endsWith("..") && TITLE_GOES_ON.test(next)) return true;
  return false;
}

/** Capitalised words, then a capitalised small word, as only a title writes: `Get Me Out Of Here`. */
const TITLE_GOES_ON = /^\s*\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,2}\s+(?:Me|Out|Of|The|A|An|To|In|On|For|And|Or|At|By|With|From|Up|It|Is|My|Your|You)\b/u;

/** How far into an article its lead may be: past a dateline, a venue line, a picture's caption. */
const LEAD_WITHIN = 8;

const leads = new WeakMap<readonly string[], number>();

/**
 * Which of an article's sentences is its lead: the first of prose among the first eight, else the first.
 * Every headline step asks, so the answer is kept with the sentences.
 */
export function leadIndex(sentences: readonly string[]): number {
  let lead = leads.get(sentences);
  if (lead === undefined) {
    lead = 0;
    for (let i = 0; i < Math.min(LEAD_WITHIN, sentences.length); i++) {
      if (isProse(sentences[i]!)) {
        lead = i;
        break;
      }
    }
    leads.set(sentences, lead);
  }
  return lead;
}

/**
 * Whether a sentence is prose, where a headline or summary can start: not a dateline, a venue or
 * broadcast line (`Murrayfield, Edinburgh`, `BBC1, Five Live and this website`), an aside in brackets
 * (`(after extra time)`) or a fragment in lower case. Short lines count only when they end a sentence.
 */
export function isProse(sentence: string): boolean {
  if (!/^[\s"“‘'(]*[\p{Lu}\p{N}]/u.test(sentence)) return false;
  const words = countTokens(sentence.includes("(") ? sentence.replace(/\([^()]*\)/g, "") : sentence);
  return words >= 10 || (words >= 6 && /[.!?]["”’')]*$/.test(sentence));
}
