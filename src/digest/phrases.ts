import { collectRuns, CONNECTORS, type Run } from "./runs.ts";

/**
 * The names in an article: runs of capitalised words (`Hong Kong`, `Bank of England`, `Top of the Pops`),
 * counted, with a person's later short forms (`Mr Howard`, `Howard said`) counted as the full name the
 * article used first (`Michael Howard`).
 */
export interface Phrase {
  text: string;
  count: number;
  /** Order of first use, to break ties. */
  first: number;
}

/** Capitalised words that are never a name on their own: sentence openers, pronouns, days, months, directions. */
const NEVER_ALONE = new Set([
  "a", "an", "the", "he", "she", "it", "they", "we", "i", "i've", "i'm", "i'd", "i'll", "you", "but", "and", "or", "in", "on", "at", "this",
  "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "after", "before", "when", "while", "if", "however",
  "meanwhile", "although", "though", "because", "for", "of", "some", "many", "most", "one", "so", "yet", "also", "other", "another",
  "with", "from", "by", "what", "who", "why", "how", "where", "all", "no", "not", "last", "next", "new", "said", "according", "both",
  "each", "every", "any", "than", "then", "now", "to", "is", "was", "are", "were", "be", "has", "have", "had", "will", "would",
  "can", "could", "should", "may", "my", "me", "us", "top", "north", "south", "east", "west", "northern", "southern", "eastern",
  "western", "central", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "sir",
  "even", "only", "just", "still", "here", "such", "more", "less", "much", "very", "since", "until", "during", "despite", "under",
]);
const NEVER_ALONE_CAPITALISED = new Set([...NEVER_ALONE].map((word) => word[0]!.toUpperCase() + word.slice(1)).concat(["I", "I've", "I'm", "I'd", "I'll"]));
const DIRECTIONS = new Set(["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"]);
/** `Some of`, `Most of`: a sentence's opening quantity, never the start of a name. */
const QUANTIFIERS = new Set(["Some", "Many", "Most", "All", "One", "Each", "Both", "Any", "None", "Much", "Part", "Half", "Few"]);
/** A nationality on its own describes (`Italian club`), it names nothing: `British`, `Japanese`. */
export const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ican|ese|ish)$|^(?:French|Dutch|Greek|Swiss|Thai|Welsh|Czech|German|Briton|Iraqi|Israeli|Pakistani|Saudi)$/u;

/** Endings of English adjectives and participles: `Industrial`, `Operating`, `Released`, `Electric`. */
const MODIFIER_SHAPED = /^\p{Lu}\p{Ll}+(?:al|ing|ed|ic|ous|ive|ful|less|able|ible)$/u;

/** Names of `sentences`, most used first. */
export function namedPhrases(sentences: readonly string[]): Phrase[] {
  const runs: Run[] = [];
  const inside = new Set<string>(); // words the article capitalises inside a sentence: names, not openers
  for (const sentence of sentences) collectRuns(sentence, runs, inside);
  const counts = new Map<string, Phrase>();
  let text: string | undefined;
  // A sentence's first word is a name only if the article capitalises it inside a sentence too, or never
  // writes it in lower case: `Shares in Exel` has no name `Shares`, `Politico said` has one.
  const isName = (word: string) => {
    if (inside.has(word)) return true;
    text ??= ` ${sentences.join(" ")} `;
    const lower = word.toLowerCase();
    return !text.includes(` ${lower} `) && !(lower.endsWith("s") && text.includes(` ${lower.slice(0, -1)} `)); // `Sales` beside `a sale`
  };
  const sentenceAdverb = (word: string) => /ly$/.test(word) && (text ??= ` ${sentences.join(" ")} `).includes(` ${word}, `);
  /** How often the article writes `word` whole, counted up to 3. */
  const uses = (word: string) => {
    text ??= ` ${sentences.join(" ")} `;
    let count = 0;
    for (let at = text.indexOf(` ${word}`); at !== -1 && count < 3; at = text.indexOf(` ${word}`, at + 1)) if (!/\p{L}/u.test(text[at + word.length + 1] ?? "")) count++;
    return count;
  };
  for (const run of runs) {
    let words = run.words;
    const first = words[0]!;
    // A direction before a name is part of it: `South Korea`, `West Bank`.
    const direction = DIRECTIONS.has(first) && words.length > 1;
    if (run.opening && NEVER_ALONE_CAPITALISED.has(first) && !direction && (words.length === 1 || !CONNECTORS.has(words[1]!) || QUANTIFIERS.has(first))) {
      words = words.slice(1); // `Although Wal-Mart`, `Some of Elvis Presley's`; not `Top of the Pops`
      while (words.length > 0 && (CONNECTORS.has(words[0]!) || words[0] === "the")) words = words.slice(1);
    }
    // Nor a plural that opens a sentence or two and is never capitalised inside one: `Critics warn`,
    // `Economists had expected` are people, not names (a band the story is about, `Babyshambles`, comes
    // back more often; a team, `the Rangers`, is capitalised inside).
    // Nor a word shaped like an adjective or participle, or a sentence adverb, that opens one sentence and
    // is written nowhere else: `Fighting continued`, `Electric car maker Rivian`, `Worryingly,` (not `Italy`).
    else if (run.opening && words.length === 1 && (!isName(first) || (!inside.has(first) && ((uses(first) < 2 && (MODIFIER_SHAPED.test(first) || sentenceAdverb(first))) || (/^\p{Lu}\p{Ll}+[^su's]s$/u.test(first) && uses(first) < 3))))) continue;
    if (words.length > 2 && DEMONYM.test(words[0]!)) words = words.slice(1); // `Kenyan Susan Chepkemei`, not `British Airways`
    if (words.length === 0 || (words.length === 1 && DEMONYM.test(words[0]!))) continue;
    // Only words that are never a name alone make none together: `No More` of a title in quotes.
    if (allNeverAlone(words)) continue;
    const phrase = words.length === 1 ? words[0]! : words.join(" ");
    const key = phrase.toLowerCase();
    const seen = counts.get(key);
    if (!seen) counts.set(key, { text: phrase, count: 1, first: run.at });
    else {
      seen.count++;
      if (isShouting(seen.text) && !isShouting(phrase)) seen.text = phrase; // `Politico` over `POLITICO`
    }
  }
  return rank(mergeShortForms(mergePlurals([...counts.values()])));
}

/** `Muslim` and `Muslims`, `PC` and `PCs`: one topic, the more used spelling. */
function mergePlurals(phrases: Phrase[]): Phrase[] {
  const byKey = new Map(phrases.map((phrase) => [phrase.text.toLowerCase(), phrase]));
  for (const phrase of phrases) {
    const singular = byKey.get(phrase.text.toLowerCase().replace(/s$/, ""));
    if (singular && singular !== phrase && singular.count > 0 && phrase.count > 0) {
      const [keep, drop] = singular.count >= phrase.count ? [singular, phrase] : [phrase, singular];
      keep.count += drop.count;
      keep.first = Math.min(keep.first, drop.first);
      drop.count = 0;
    }
  }
  return phrases.filter((phrase) => phrase.count > 0);
}

/**
 * A person named in full, then by one name (`Michael Howard` … `Mr Howard`, `Manchester United` …
 * `United`): the short form counts as the full one. Only where the full name came first, as news names
 * people, and never for an acronym (`UK` is not short for `UK Coal`).
 */
function mergeShortForms(phrases: Phrase[]): Phrase[] {
  const full = phrases.filter((phrase) => /^(?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+$/u.test(phrase.text));
  for (const phrase of phrases) {
    if (phrase.text.includes(" ") || !/^\p{Lu}\p{Ll}/u.test(phrase.text)) continue;
    const names = full.filter((name) => name.first < phrase.first && name.count > 0 && (name.text.startsWith(`${phrase.text} `) || name.text.endsWith(` ${phrase.text}`)));
    const name = names.sort((a, b) => b.count - a.count)[0];
    if (!name) continue;
    name.count += phrase.count;
    phrase.count = 0;
  }
  return phrases.filter((phrase) => phrase.count > 0);
}

function rank(phrases: Phrase[]): Phrase[] {
  const spaces = new Map(phrases.map((phrase) => [phrase, phrase.text.split(" ").length]));
  return phrases.sort((a, b) => b.count - a.count || spaces.get(b)! - spaces.get(a)! || a.first - b.first);
}

function allNeverAlone(words: readonly string[]): boolean {
  for (const word of words) if (!NEVER_ALONE_CAPITALISED.has(word)) return false;
  return true;
}

function isShouting(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase();
}

/** The names of one sentence, in order: `Averly City's Jon Hale signed` → `Averly City`, `Jon Hale`. */
export function capitalisedRuns(sentence: string): string[] {
  return namedPhrases([sentence]).sort((a, b) => a.first - b.first).map((phrase) => phrase.text);
}
