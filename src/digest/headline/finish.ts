import { isPastForm } from "../verbs.ts";
import { leadIndex } from "../sentences.ts";
import { HEADLINE_MAX, wordCount } from "./limits.ts";

/** Words a headline must not end on. */
const DANGLING = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "with", "in", "on", "at", "by", "from", "as",
  "into", "onto", "over", "about", "than", "that", "which", "who", "whose", "where", "when", "how", "what", "why", "whether", "its", "their", "his", "her", "our",
  "my", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
  "can", "may", "might", "must", "said", "says", "this", "these", "those", "such", "not", "so", "if", "while",
  "after", "before", "since", "until", "amid", "including", "per", "via", "up", "out", "mr", "mrs", "ms", "dr",
  "more", "most", "less", "very", "also", "just", "being", "new", "some", "all", "other", "former", "first",
  "it", "them", "him", "us", "me", "he", "she", "they", "we", "you", "i",
  // verbs that leave the reader asking "what?" when their object is cut away
  "take", "takes", "make", "makes", "give", "gives", "get", "gets", "put", "puts", "set", "sets", "hold", "holds", "keep", "keeps", "goes", "comes",
  "become", "becomes", "warn", "warns", "tell", "tells", "believe", "believes", "urge", "urges", "include", "includes",
  // words that promise a complement: `plans aimed`, `drinks rather`
  "rather", "show", "shows", "prove", "proves", "suggest", "suggests", "aimed", "designed", "intended", "based", "due", "able", "likely", "unlikely", "such", "each", "both",
  // adverbs that point at what follows them: `should not be reduced simply [because of a guilty plea]`
  "simply", "merely", "purely", "solely", "mainly", "largely", "partly", "chiefly", "especially", "particularly",
]);

const OBJECT_WANTING = new Set(["take", "takes", "make", "makes", "give", "gives", "get", "gets", "put", "puts", "set", "sets", "hold", "holds", "show", "shows", "include", "includes"]);
const NOUN_BEFORE = /^(?:on|in|at|for|of|under|into|the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|several|many|few|\d[\d,.]*)$/i; // `three shows` are no verb

/**
 * Whether a headline may not end on `token`, the word `before` it. After a preposition or an article a
 * verb's form is a noun, and ends a phrase: `put [on hold]`, `a [take]`.
 */
export function dangles(token: string, before = ""): boolean {
  if (before !== "" && /^\p{Lu}/u.test(token)) return false; // a capital inside a headline is a name or a month: `since [May]`
  const bare = token.replace(/[,;:.—–-]+$/, "").toLowerCase();
  if (/^(?:them|him|us|me)$/.test(bare) && isPastForm(before.toLowerCase())) return false; // a verb's object: `reveal who told [them]`
  if (/^(?:before|after|earlier|later)$/.test(bare) && /^(?:seconds|minutes|hours|days|weeks|months|years|decades|moments)$/i.test(before)) return false; // `threatened him weeks [before]`
  return DANGLING.has(bare) && !(OBJECT_WANTING.has(bare) && (NOUN_BEFORE.test(before) || compoundHead(bare, before)));
}

/**
 * Whether a verb's plain form ends a compound noun: `air [show]`, `TV [show]`, `film [set]`. As a verb it
 * would follow a plural, a name, a pronoun, `to` or a modal (`figures [show]`, `to [show]`, `will [show]`).
 */
function compoundHead(bare: string, before: string): boolean {
  return !bare.endsWith("s") && /^(?:[\p{Ll}\d-]+|\p{Lu}{2,})$/u.test(before) && !/s$/.test(before) && !PLAIN_VERB_BEFORE.test(before); // not `Chelsea [take]`
}

const PLAIN_VERB_BEFORE = /^(?:to|will|would|can|could|may|might|must|should|shall|not|never|they|we|i|you|and|or|also|then|did|do|does|cannot|please|let|help)$/i;

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
    // A verb's particle ends its phrase: `should be set [up]`, `talks break [up]`; not `by [up to 30%]`.
    const before = words[words.length - 2] ?? "";
    const particle = /^(?:up|out)$/i.test(bare) && /^\p{Ll}+$/u.test(before) && !NOUN_BEFORE.test(before) && !/^(?:by|to|and|or)$/.test(before);
    if (words.length > 1 && !particle && (dangles(bare, before) || bare === "")) {
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

/** A headline starts with a word: `£10bn rail plan gets go-ahead` → `Rail plan gets go-ahead`. */
export function dropLeadingAmount(text: string): string {
  const rest = text.replace(/^[$£€]\S*\s+/, "");
  return rest !== text && wordCount(rest) >= 4 ? rest : text;
}

/** A conjunction a cut left at the start (`[In the past year the cliff has crept closer, ]and engineers warn …`) joins nothing. */
export const dropLeadingConjunction = (text: string) => {
  const rest = text.replace(/^(?:and|but|or|yet)\s+(?=\p{L})/u, ""); // not `so`, which opens `so far`
  return rest !== text && rest.split(" ").length >= 3 ? rest : text;
};

export const capitalize = (text: string) => text.replace(/^[\s"“‘']*\p{Ll}/u, (first) => first.toUpperCase());

/** Words that open a question: an interrogative, or an auxiliary before its subject. */
const ASKING = /^(?:what|who|whom|whose|which|why|how|where|when|is|are|was|were|has|have|had|do|does|did|can|could|will|would|should|shall)$/i;

/**
 * A lead that asks keeps asking: `Has there been a better match than Saturday's epic?` → `Has there been
 * better match than epic in Paris?`, when the headline opens with the lead's own question word.
 */
export function keepQuestion(text: string, sentences: readonly string[]): string {
  const lead = (sentences[leadIndex(sentences)] ?? "").trim();
  if (!/\?["”’')]*$/.test(lead) || /[?!]$/.test(text) || text.length >= HEADLINE_MAX) return text;
  const opener = (sentence: string) => /^[\s"“‘']*(?:so\s+)?([\p{L}]+)/iu.exec(sentence)?.[1]?.toLowerCase() ?? ""; // `So what is …` asks what
  const asks = opener(text);
  return ASKING.test(asks) && asks === opener(lead) ? `${text}?` : text;
}
