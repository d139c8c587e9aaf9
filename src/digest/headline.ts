import { baseForm, baseOfGerund, thirdPerson } from "./verbs.ts";

/** Headlines fit a phone's line pair and a mail client's subject column. */
export const HEADLINE_MAX = 90;
/**
 * Trimming stops at this many words. Editors' headlines run five to eight words; a longer one keeps its
 * grammar but loses the reader who skims.
 */
export const HEADLINE_WORDS = 9;
/** Never trim below this: fewer words stop saying who did what. */
const HEADLINE_MIN_WORDS = 4;

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const TIME_WORDS = new RegExp(
  [
    `(?:\\s*,)?\\s+(?:(?:on|last|this|next|late|early|by)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b`,
    `\\s+(?:yesterday|today|tonight)\\b`,
    `\\s+(?:on|in|by|since|from|until)\\s+(?:the\\s+)?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?\\b`,
    `\\s+(?:last|this|next|earlier this|later this)\\s+(?:week|month|year|weekend|summer|winter|spring|autumn)\\b`,
    `\\s+(?:on|in|by|since)\\s+(?:19|20)\\d{2}\\b`,
  ].join("|"),
  "g",
);
const FILLER_SUBJECT = /^(?:A|An|The)\s+(?:group|number|team|coalition|handful|pair|couple|series|host|range|variety|total|set|collection)\s+of\s+/;
const SAYING = "(?:said|says|reported|reports|announced|claimed|confirmed|warned|added|pledged|promised|insisted|argued|admitted|revealed|predicted|stated|believes|believe|told\\s+[\\w\\s.'’-]+)";
const ATTRIBUTION_TAIL = new RegExp(
  `,?\\s+(?:according\\s+to\\b.*|(?:the\\s+)?[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,4}\\s+(?:(?:has|have|had)\\s+)?${SAYING}(?:\\s+(?:on|in|at)\\s+[\\w\\s.'’-]+)?)$`,
);
const LEADING_ATTRIBUTION = /^(?:According\s+to\s+[^,]+,\s*|[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3}\s+(?:said|says|reported|announced)\s+(?:that\s+)?)/u;
const LEADING_ADVERBIAL = /^(?:In|On|At|After|Despite|Following|Amid|With|For|Since|As|Under|Speaking|Writing)\b[^,]{3,60},\s+(?=\p{L})/u;
/** Headlinese: no articles, the present tense, `to` for the future, no `has been` before a participle. */
const DETERMINERS = /(?<=^|\s)(?:the|a|an|its|their|his|her)\s+/gi;
const FUTURE = /\b(?:(?:is|are|was|were)\s+(?:set|due|expected|likely|poised|about)\s+to|(?:is|are)\s+to|will)\s+(?=\p{Ll})/gu;
const PERFECT = /\b(has|have|had)\s+(?:(?:already|now|also|again|just|recently|finally)\s+)?(been\s+)?(\p{Ll}+)\b/gu;
/** `Man was arrested` → `Man arrested`; not after a pronoun (`after she was suspended` keeps its verb). */
const PASSIVE = /(?<!\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)\s)\b(?:was|were|is|are)\s+(?=\p{Ll}+(?:ed|en)\b)/gu;
const PROGRESSIVE = /\b(is|are|was|were)\s+(\p{Ll}+ing)\b/gu;
const SOFTENERS = /\b(?:already|also|still|finally|reportedly|allegedly|currently|recently|previously|officially|now)\s+/g;
/** Titles before a name: a headline names the person (`Prime Minister Tony Blair` → `Tony Blair`). */
const TITLES = /\b(?:Prime Minister|Chancellor|President|Vice President|Foreign Secretary|Home Secretary|Health Secretary|Education Secretary|Culture Secretary|Defence Secretary|Secretary of State|First Minister|Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu;

/** Where a sentence can be cut and still stand: before a clause, a prepositional phrase or a list. */
const BREAK = /,\s+|;\s+|:\s+|\s+[—–-]\s+|\s+(?:which|who|whose|where|when|while|as|after|before|because|although|though|amid|despite|following|including|saying|asking|urging|calling|warning|seeking|with|without|in|on|at|for|from|by|over|under|into|than|but|if|since|until|during|between|against|about|through|across|ahead)\s+/g;

/** Where a subordinate clause starts: cut there before cutting phrases. */
const CLAUSE = /,\s+(?=\p{Ll}+ing\b|which\b|who\b|where\b|when\b|while\b|as\b|after\b|but\b|although\b|though\b|amid\b|despite\b|following\b|including\b|according\b)|;\s+|\s+[—–]\s+/gu;

/** Words a headline must not end on. */
const DANGLING = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "with", "in", "on", "at", "by", "from", "as",
  "into", "onto", "over", "about", "than", "that", "which", "who", "whose", "its", "their", "his", "her", "our",
  "my", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
  "can", "may", "might", "must", "said", "says", "this", "these", "those", "such", "not", "so", "if", "while",
  "after", "before", "since", "until", "amid", "including", "per", "via", "up", "out", "mr", "mrs", "ms", "dr",
  "more", "most", "less", "very", "also", "just", "being", "new", "some", "all", "other", "former", "first",
  // verbs that leave the reader asking "what?" when their object is cut away
  "take", "takes", "make", "makes", "give", "gives", "get", "gets", "put", "puts", "set", "sets", "hold", "holds",
  "become", "becomes", "warn", "warns", "tell", "tells", "believe", "believes", "urge", "urges", "include", "includes",
]);

/** The ordered steps that turn a lead sentence into a headline; each is small and tested on its own. */
export const HEADLINE_STEPS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["dropParentheticals", (text) => text.replace(/\s*\([^()]*\)/g, "").replace(/\s*\[[^\]]*\]/g, "")],
  ["dropLeadingAttribution", (text) => text.replace(LEADING_ATTRIBUTION, "")],
  ["dropAttributionTail", dropAttributionTail],
  ["dropLeadingAdverbial", (text) => text.replace(LEADING_ADVERBIAL, "")],
  ["dropTimeWords", (text) => text.replace(TIME_WORDS, "")],
  ["dropFillerSubject", (text) => text.replace(FILLER_SUBJECT, "")],
  ["dropAppositive", dropAppositive],
  ["dropFinalPunctuation", (text) => text.replace(/[\s.!?,;:]+$/, "")],
  ["headlinese", headlinese],
  ["dropInnerRelativeClause", (text) => text.replace(/,\s+(?:which|who|whose|where)\b[^,]{3,80},\s+/g, " ")],
  ["headlineStyle", headlineStyle],
  ["trimToWords", trimToWords],
  ["cutAtWordBoundary", cutAtWordBoundary],
  ["balanceQuotes", balanceQuotes],
  ["dropDanglingEnd", dropDanglingEnd],
  ["capitalize", (text) => text.replace(/^[\s"“‘']*\p{Ll}/u, (first) => first.toUpperCase())],
];

/**
 * A headline from an article's sentences (the lead, and the rest as context): at most 90 characters,
 * ending on a content word.
 */
export function deriveHeadline(sentences: readonly string[]): string {
  // The first real sentence: not a dateline or a venue line (`Murrayfield, Edinburgh`).
  const lead = sentences.slice(0, 4).find((sentence) => wordCount(sentence) >= 6) ?? sentences[0] ?? "";
  let headline = lead.replace(/\s+/g, " ").trim();
  const steps: ReadonlyArray<readonly [string, (text: string) => string]> = [
    ...HEADLINE_STEPS.slice(0, 1),
    ["surnamesOnly", (text) => surnamesOnly(text, sentences)],
    ...HEADLINE_STEPS.slice(1),
  ];
  for (const [, step] of steps) {
    const next = step(headline).replace(/\s+/g, " ").replace(/\s+([,;:])/g, "$1").trim();
    if (wordCount(next) >= 2 || wordCount(headline) < 2) headline = next;
  }
  return headline || "Untitled";
}

/**
 * News names a person in full once, then by surname: where the article later uses a name's last word on
 * its own (`Mr Howard said`), the headline does too (`Michael Howard` → `Howard`).
 */
export function surnamesOnly(text: string, context: readonly string[]): string {
  let rest: string | undefined;
  return text.replace(NAME, (name: string, surname: string) => {
    if (STOP_CAPITALS.has(name.slice(0, name.indexOf(" ")))) return name;
    rest ??= context.slice(1).join(" ");
    return standsAlone(rest, surname, name) ? surname : name;
  });
}

const NAME = /\b(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}(\p{Lu}[\p{Ll}'’-]+)\b/gu;
const LETTER = /\p{L}/u;

/** Whether `surname` occurs in `text` as a word of its own, not as the end of the full `name`. */
function standsAlone(text: string, surname: string, name: string): boolean {
  for (let at = text.indexOf(surname); at !== -1; at = text.indexOf(surname, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + surname.length] ?? " ";
    if (LETTER.test(before) || LETTER.test(after)) continue;
    if (text.slice(Math.max(0, at - name.length + surname.length), at + surname.length) === name) continue;
    return true;
  }
  return false;
}

/** Capitalised words that start a sentence or a title rather than a name. */
const STOP_CAPITALS = new Set(["The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "New", "Former", "Prime", "First", "Chief", "Labour", "Tory", "Liberal", "Conservative", "Democratic", "Republican", "United", "European", "British", "American", "North", "South", "East", "West", "Northern", "Southern", "Royal", "National", "General", "Supreme", "High", "World"]);

/** `General Motors, the world's largest car maker, has cut…` → `General Motors has cut…`. */
export function dropAppositive(text: string): string {
  return text.replace(/^([^,]{2,50}),\s+[^,]{2,80},\s+(?=\p{Ll})/u, "$1 ");
}

function dropAttributionTail(text: string): string {
  const trimmed = text.replace(/[.!?]+$/, "");
  const shorter = trimmed.replace(ATTRIBUTION_TAIL, "");
  return wordCount(shorter) >= 4 ? shorter : text;
}

/**
 * Editors drop articles and write in the present: `The firm has cut 90 jobs` → `Firm cuts 90 jobs`,
 * `A man has been arrested` → `Man arrested`, `The council will vote` → `Council to vote`.
 */
export function headlinese(text: string): string {
  const result = text
    .replace(DETERMINERS, "")
    .replace(FUTURE, "to ")
    .replace(PERFECT, (phrase, auxiliary: string, been: string | undefined, verb: string) => {
      if (been) return baseForm(verb) ? verb : phrase; // passive: `has been arrested` → `arrested`
      const base = baseForm(verb);
      if (!base) return phrase;
      return auxiliary === "has" ? thirdPerson(base) : auxiliary === "have" ? base : verb;
    })
    .replace(PASSIVE, "")
    .replace(PROGRESSIVE, (phrase, auxiliary: string, verb: string) => {
      const base = baseOfGerund(verb);
      if (!base) return phrase;
      return auxiliary === "is" || auxiliary === "was" ? thirdPerson(base) : base;
    })
    .replace(TITLES, "")
    .replace(SOFTENERS, "");
  return wordCount(result) >= HEADLINE_MIN_WORDS ? result : text;
}

/** House style of headlines: `40%`, `$9.3bn`, `£5m`, `US`, `UK`. */
export function headlineStyle(text: string): string {
  return text
    .replace(/(\d)\s*per\s*cent\b/g, "$1%")
    .replace(/([$£€]\s?\d[\d.,]*)\s+billion\b/g, "$1bn")
    .replace(/([$£€]\s?\d[\d.,]*)\s+million\b/g, "$1m")
    .replace(/\bUnited States\b/g, "US")
    .replace(/\bUnited Kingdom\b/g, "UK");
}

/**
 * Trim trailing phrases and clauses, last first, until the headline is short: the main clause of a news
 * lede comes first (who did what), the details after.
 */
export function trimToWords(text: string, words = HEADLINE_WORDS): string {
  let result = text;
  // A trailing clause goes first and whole (`, putting 300 jobs at risk`), then phrases from the end.
  if (wordCount(result) > words) {
    for (const match of result.matchAll(CLAUSE)) {
      const head = result.slice(0, match.index);
      if (wordCount(head) >= HEADLINE_MIN_WORDS && isBalanced(head)) {
        result = head.trim();
        break;
      }
    }
  }
  while (wordCount(result) > words) {
    let cut = -1;
    for (const match of result.matchAll(BREAK)) {
      const head = result.slice(0, match.index);
      if (wordCount(head) >= HEADLINE_MIN_WORDS && isBalanced(head) && !/\bto\s+\S+$/.test(head)) cut = match.index;
    }
    if (cut === -1) break;
    const shorter = result.slice(0, cut).trim();
    if (shorter === result) break;
    result = shorter;
  }
  return result;
}

export function cutAtWordBoundary(text: string, limit = HEADLINE_MAX): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit + 1);
  const space = cut.lastIndexOf(" ");
  return (space > 0 ? cut.slice(0, space) : text.slice(0, limit)).trim();
}

export function dropDanglingEnd(text: string): string {
  let words = text.split(" ");
  for (;;) {
    const last = words[words.length - 1] ?? "";
    const bare = last.replace(/[,;:.—–-]+$/, "");
    if (words.length > 1 && (DANGLING.has(bare.toLowerCase()) || bare === "")) {
      words = words.slice(0, -1);
    } else {
      words[words.length - 1] = bare;
      return words.join(" ");
    }
  }
}

/** Quotes and brackets come in pairs; an unpaired opener left by a cut is dropped with what follows it. */
export function balanceQuotes(text: string): string {
  let result = text;
  for (const [open, close] of [["“", "”"], ["‘", "’"], ["(", ")"]] as const) {
    const opens = result.lastIndexOf(open);
    if (opens !== -1 && result.indexOf(close, opens) === -1) {
      const before = result.slice(0, opens).trim();
      result = wordCount(before) >= 3 ? before : result.replaceAll(open, "");
    }
  }
  for (const close of ["”", ")"]) {
    const open = close === "”" ? "“" : "(";
    if (result.split(close).length > result.split(open).length) result = result.replaceAll(close, "");
  }
  const straight = (result.match(/"/g) ?? []).length;
  if (straight % 2 === 1) result = result.replace(/"(?=[^"]*$)/, "").trim();
  return result;
}

function isBalanced(text: string): boolean {
  return balanceQuotes(text) === text;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
