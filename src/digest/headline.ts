/** Headlines fit a phone's line pair and a mail client's subject column. */
export const HEADLINE_MAX = 90;
/** Shorter than this reads as a headline; longer gets trimmed to a clause when one fits. */
const HEADLINE_COMFORT = 72;

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const TIME_WORDS = new RegExp(
  `(?:\\s*,)?\\s+(?:(?:on|last|this|next|late|early)\\s+)?(?:${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?|yesterday|today|tonight)\\b`,
  "g",
);
const FILLER_SUBJECT = /^(?:A|An|The)\s+(?:group|number|team|coalition|handful|pair|couple|series|host|range|variety|total|set|collection)\s+of\s+/;
const ATTRIBUTION_TAIL = /,?\s+(?:according\s+to\b.*|(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+){0,4}\s+(?:said|says|reported|reports|announced|told\s+[\w\s.'’-]+|claimed|confirmed)(?:\s+(?:on|in|at)\s+[\w\s.'’-]+)?)$/;
const LEADING_ATTRIBUTION = /^(?:According\s+to\s+[^,]+,\s*|[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3}\s+(?:said|says|reported|announced)\s+(?:that\s+)?)/u;
const CLAUSE_BREAK = /\s+(?:asking|urging|calling|saying|warning|seeking|demanding|claiming|following|amid)\s|,\s+(?:which|who|whose|where|as|after|while|but|saying|amid|despite|with|in\s+a|following|because|although|though)\b|\s+[—–]\s+|;\s+|:\s+|,\s+/g;

/** Words a headline must not end on. */
const DANGLING = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "to", "for", "with", "in", "on", "at", "by", "from", "as",
  "into", "onto", "over", "about", "than", "that", "which", "who", "whose", "its", "their", "his", "her", "our",
  "my", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
  "can", "may", "might", "must", "said", "says", "this", "these", "those", "such", "not", "so", "if", "while",
  "after", "before", "since", "until", "amid", "including", "per", "via", "up", "out", "mr", "mrs", "ms", "dr",
]);

/** The ordered steps that turn a lead sentence into a headline; each is small and tested on its own. */
export const HEADLINE_STEPS: ReadonlyArray<readonly [string, (text: string) => string]> = [
  ["dropParentheticals", (text) => text.replace(/\s*\([^()]*\)/g, "")],
  ["dropLeadingAttribution", (text) => text.replace(LEADING_ATTRIBUTION, "")],
  ["dropAttributionTail", dropAttributionTail],
  ["dropTimeWords", (text) => text.replace(TIME_WORDS, "")],
  ["dropFillerSubject", (text) => text.replace(FILLER_SUBJECT, "")],
  ["dropFinalPunctuation", (text) => text.replace(/[\s.!?,;:]+$/, "")],
  ["shortenToClause", shortenToClause],
  ["cutAtWordBoundary", cutAtWordBoundary],
  ["balanceQuotes", balanceQuotes],
  ["dropDanglingEnd", dropDanglingEnd],
  ["capitalize", (text) => text.replace(/^[\s"“‘']*\p{Ll}/u, (first) => first.toUpperCase())],
];

/** A headline from an article's lead sentences: at most 90 characters, ending on a content word. */
export function deriveHeadline(sentences: readonly string[]): string {
  const lead = sentences.find((sentence) => wordCount(sentence) >= 4) ?? sentences[0] ?? "";
  let headline = lead.replace(/\s+/g, " ").trim();
  for (const [, step] of HEADLINE_STEPS) {
    const next = step(headline).replace(/\s+/g, " ").replace(/\s+([,;:])/g, "$1").trim();
    if (wordCount(next) >= 2 || wordCount(headline) < 2) headline = next;
  }
  return headline || "Untitled";
}

function dropAttributionTail(text: string): string {
  const trimmed = text.replace(/[.!?]+$/, "");
  const shorter = trimmed.replace(ATTRIBUTION_TAIL, "");
  return wordCount(shorter) >= 4 ? shorter : text;
}

/** A long lead sentence keeps its main clause: cut at the first clause break that leaves a full thought. */
export function shortenToClause(text: string): string {
  if (text.length <= HEADLINE_COMFORT) return text;
  let best: string | undefined;
  for (const match of text.matchAll(CLAUSE_BREAK)) {
    const head = text.slice(0, match.index).trim();
    if (head.length > HEADLINE_MAX) break;
    if (wordCount(head) >= 5 && isBalanced(head)) best = head;
    if (best && best.length >= 40 && head.length <= HEADLINE_COMFORT) best = head;
  }
  return best ?? text;
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
