import { balanceQuotes, cutAtWordBoundary, dangles } from "./finish.ts";
import { PURPOSE } from "./roles.ts";
import { isRecord, looksAdjective } from "./wordclass.ts";
import { CHANGE, COMPLEMENT, idiomCut, KEPT_FROM, OF_THE_PERIOD, PART, PREPOSITIONAL, REASON, RELATION, REPLACED, RISK } from "./endings.ts";
import { HEADLINE_MAX, HEADLINE_MIN_WORDS, HEADLINE_WORDS, wordCount } from "./limits.ts";

/** A counted span of time (`24 hours`, `two years`) and the words that say what it counts from. */
const SPAN = "(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|few|several)\\s+(?:second|minute|hour|day|week|fortnight|month|year|decade)s?";
const COUNTED_FROM = "(?:after|before|since|ago|later|earlier|into|of)\\b";
/** Where a sentence can be cut and still stand: before a clause, a prepositional phrase or a list. */
const BREAK = new RegExp(String.raw`,\s+|;\s+|:\s+|\s+[—–-]\s+|\s+(?:which|who|whose|where|when|while|as|after|before|because|although|though|amid|despite|following|including|saying|asking|urging|calling|warning|seeking|with|without|in|on|at|for|from|by|over|under|into|than|but|if|since|until|during|between|against|about|through|across|ahead)\s+|\s+(?=\p{Ll}+(?:ed|en)\s+by\s)|\s+(?=(?:less|more)\s+than\s+(?:\S+\s+)?${SPAN}\s+${COUNTED_FROM})`, "gu"); // and before a participle with its agent (`three shows [hosted by three DJs]`) or a span counted from something (`[less than 24 hours after …]`)

/** Where a subordinate clause starts: cut there before cutting phrases. */
const CLAUSE = /,\s+(?=\p{Ll}+ing\b|which\b|who\b|where\b|when\b|while\b|as\b|after\b|but\b|although\b|though\b|amid\b|despite\b|following\b|including\b|according\b)|;\s+|\s+[—–]\s+/gu;

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

/**
 * A headline over the limit loses its last phrases, not its last letters: it ends before the latest
 * clause or phrase that fits (`… could soon be having their calls relayed` → `… could soon be having
 * their calls`, never `… could soon be having`), and only where no phrase break fits is it cut at a word.
 */
export function trimToLength(text: string, limit = HEADLINE_MAX): string {
  if (text.length <= limit) return text;
  const trimmed = trimAtPhrase(text, limit) || cutAtWordBoundary(text, limit);
  // `so` wants the `that` it promises: cut that, and the degree goes too (`become [so] dependent on mobiles`).
  const so = SO_THAT.exec(text);
  if (so && trimmed.length < so.index + so[0].length) return trimToLength(text.slice(0, so.index) + so[0].replace(/^\s+so\b/, "").replace(/\s+that$/, ""), limit);
  // Its `that` may be left unsaid: `are so hungry [for data many are carrying …]` ends `are hungry`.
  return trimmed.replace(/\s+so(\s+\p{Ll}+)$/u, "$1");
}
/** `so` and an adjective whose `that` clause follows within a few words: `so dependent on their phones that`. */
const SO_THAT = /\s+so\s+\p{Ll}+(?:\s+[^\s,;:]+){0,6}?\s+that\b/u;

/** The same, but only where a phrase or a clause ends: "" when none fits. */
export function trimAtPhrase(text: string, limit = HEADLINE_MAX): string {
  if (text.length <= limit) return text;
  // Before a phrase or a clause; failing that, before `to`, `of` or `and` (`lends Russia $6bn [to help …]`),
  // which may leave a verb or a noun without what it wanted, but never half a word group.
  // An end that leaves nothing open first; only failing that, one that does.
  return lastHeadBefore(text, BREAK, limit, true) || lastHeadBefore(text, JOINS, limit, true) ||
    lastHeadBefore(text, BREAK, limit, false) || lastHeadBefore(text, JOINS, limit, false);
}

/** Nouns of worry, which say what about: `qualms about`, `concerns over`. */
const WORRY = /^(?:qualms|concerns?|doubts?|fears?|worries|worry|reservations|misgivings|questions)$/i;
const JOINS = /\s+(?:to|of|and|or|that)\s+/g;
/** Nouns that say what someone means to do, and want the infinitive that says it. */
const INTENT = /^(?:plans?|bids?|attempts?|efforts?|decision|pledges?|promises?|offers?|threats?|campaigns?|proposals?|moves?|vows?)$/i;
/** A counted span of time at the end of a head: `less than 24 hours`, `two years`. */
const COUNTED_SPAN = new RegExp(String.raw`\b${SPAN}$`, "i");
const OPENS_COUNTED_FROM = new RegExp(`^${COUNTED_FROM}`);
/** The time a record holds for: `for five months`, `in almost three years`. */
const RECORD_SPAN = /^(?:for|in)\s+(?:\S+\s+){0,2}(?:years?|months?|weeks?|days?|decades?)\b/;

/**
 * Whether `head` leaves something open that `rest` held: a clause a `that`, `if` or `whether` opened a
 * word or two before (`so dependent that one`, `if appearance`), or a verb after `to` or a modal cut
 * before its object (`companies that have refused to reimburse [the …]`); not one whose phrase or clause
 * comes next, which can go (`Campbell to return [to the fold]`).
 */
function leavesOpen(head: string, rest: string): boolean {
  const last = head.slice(head.lastIndexOf(" ") + 1);
  if (/\b(?:if|whether|that|because|while|unless|until|what|why|how)\s+(?:\S+\s+)?\S+$/u.test(head)) return true; // `seized what they describe [as …]`, `explain why inspections [had fallen]`
  // A number or a quantity before `of` is a part of what follows: `construction of one [of its dams]`.
  // A place a preposition names by what it is part of: `at [the] centre [of its budget]`, `in [the] eyes [of voters]`.
  if (/^of\s/.test(rest) && /\b(?:at|in|on|into|from|to)\s+\p{Ll}+$/u.test(head)) return true;
  if (/^of\s/.test(rest) && /\b(?:one|two|three|four|five|some|most|many|all|each|any|none|both|part|half|dozens|hundreds|thousands|millions|billions|\d[\d,.]*)$/i.test(head)) return true;
  if (/^of\s/.test(rest) && PART.test(last)) return true; // `showing the front [of …]`
  // Nor before what a verb asks for after its object: `leaves British team [with a void to fill]`.
  if (/^(?:with|for|as|into)\s/.test(rest) && head.split(" ").slice(-4, -1).some((word) => COMPLEMENT.test(word))) return true;
  // Nor before what a change is in, or whom a relation is with: `a 26% increase [in …]`, `talks [with Iraq]`.
  if ((/^in\s/.test(rest) && CHANGE.test(last)) || (/^with\s/.test(rest) && RELATION.test(last))) return true;
  // Nor before a `for` that is the predicate's point: `ride buses [for free]`, `closes [for good]`.
  if (/^for\s+(?:free|good|life|sale|nothing)\b/.test(rest)) return true;
  // Nor before the infinitive a participle promises: `targets were meant [to help …]`.
  if (/^to\s/.test(rest) && PURPOSE.has(last.toLowerCase())) return true;
  // Nor before what a worry is about or a risk is of: `has no qualms [about lying]`, `may lower the risk [of liver disease]`.
  if ((/^(?:about|over)\s/.test(rest) && WORRY.test(last)) || (/^of\s/.test(rest) && RISK.test(last))) return true;
  // Nor before what a plan or a bid is to do: `banks agree plans [to merge]`.
  if (/^to\s+(?!the\b|a\b|an\b)\p{Ll}/u.test(rest) && INTENT.test(last)) return true;
  // Nor before who does it, when that is the news or the participle only describes a noun: `show to be
  // succeeded [by three shows]`, `three shows hosted [by three DJs]` (a clause's own passive may end: `Brown arrested`).
  // Nor before who failed someone, without whom `failed` turns round: `cyclist failed [by council]`.
  if (/^by\s/.test(rest) && /^failed$/i.test(last)) return true;
  if (/^by\s/.test(rest) && (REPLACED.test(last) || (/^\p{Ll}+(?:ed|en)$/u.test(last) && /\b(?:to|is|are|was|were|be|has|have|had|will|says?)\s.*\s\S+\s\S+$/u.test(head)))) return true;
  // Nor after a compound participle, before the phrase it opens: `gamers molly-coddled [with slick visuals]`.
  if (/^(?:with|by|in|on|for|from|into|at)\s/.test(rest) && /^\p{Ll}+-\p{Ll}{3,}ed$/u.test(last)) return true;
  // Nor before an idiom's preposition: `to take part [in a $1m tournament]`.
  if (idiomCut(last, rest.split(" ", 1)[0]!, (distance) => head.split(" ").at(-1 - distance))) return true;
  // Nor before the phrase of a bare verb joined by `and`: `help labels get music online and benefit [from the trend]`.
  if (/^(?:from|on|in|into|with|for|to|by)\s/.test(rest) && /\band\s+\p{Ll}+$/u.test(head) && !/(?:s|ed|ing|ly)$/.test(last)) return true;
  // Nor before the preposition a verb never stands without: `Connick to star [in a Broadway revival]`.
  if (PREPOSITIONAL.some(([verb, preposition]) => verb.test(last) && rest.startsWith(`${preposition} `))) return true;
  // Nor between two words that describe one noun after a verb: `Mars had warm [and wet climate]`.
  if (/^(?:and|or)\s+(?!(?:will|would|can|could|should|may|might|must|is|are|was|were|has|have|had|be|to|the|a|an|then|now)\s)\p{Ll}+\s+\p{Ll}+/u.test(rest) && /\b(?:had|has|have|is|are|was|were|be|been|becomes?|became|remains?|remained)\s+\p{Ll}+$/u.test(head) && !/(?:s|ed|ing)$/.test(last)) return true;
  // Nor before what a record is the first or the most of: `rises for first time [since May]`.
  if ((/^(?:since|ever|in\s+a\s+row)\b/.test(rest) || RECORD_SPAN.test(rest)) && head.split(" ").slice(-3).some(isRecord)) return true; // `at its highest [for five months]`
  if (/^of\s/.test(rest) && OF_THE_PERIOD.test(rest.slice(3))) return true; // `named player [of the year]`
  // Nor after a span of time counted from what follows: `tops chart less than 24 hours [after its release]`.
  if (OPENS_COUNTED_FROM.test(rest) && COUNTED_SPAN.test(head)) return true;
  // Nor inside a name or a title: `to promote The Passion [of the Christ]`.
  if (/^(?:of|on|for|and|de)\s+(?:the\s+)?\p{Lu}/u.test(rest) && /(?:^|\s)\p{Lu}[^\s,;:]*$/u.test(head)) return true;

  // Nor before what one is judged for: `TV channel Five criticised [for sending "offensive" material]`.
  if (/^(?:for|over)\s/.test(rest) && REASON.test(last) && /ed$/.test(last)) return true;
  // Nor before what one is kept from doing: `casinos to be banned [from using …]` says the opposite.
  if (/^from\s+\p{Ll}+ing\b/u.test(rest) && KEPT_FROM.test(last)) return true;
  // Nor before the question it asks: `wait for Labour's manifesto to see [if the party has plans …]`,
  // `make three bloggers reveal [who told them]`.
  if (/\b(?:make|makes|made|let|lets|help|helps)\s+(?:\S+\s+){1,3}\p{Ll}+$/u.test(head) && /^(?:if|whether|how|what|why|who|where)\s/.test(rest)) return true;
  return /\b(?:to|will|would|can|could|may|might|must|should|shall|not|never)\s+\p{Ll}+$/u.test(head) && /^(?:(?:and|or)\s+\p{Ll}+\s+)?(?:the|a|an|his|her|its|their|\d|[$£€]|if\s|whether\s|how\s|what\s|why\s)/u.test(rest);
}

/** The longest start of `text` within `limit` that ends before a match of `breaks` and can end a headline. */
function lastHeadBefore(text: string, breaks: RegExp, limit: number, closed: boolean): string {
  const ends: number[] = [];
  for (const match of text.matchAll(breaks)) {
    if (match.index > limit) break;
    ends.push(match.index);
  }
  // From the longest down: the first that can end is the one, and the checks run once or twice, not at every break.
  for (let k = ends.length - 1; k >= 0; k--) {
    const head = text.slice(0, ends[k]).trim();
    const last = head.slice(head.lastIndexOf(" ") + 1);
    // A head of names alone (`Manchester City's Paul Bosvelt`) has lost its verb: it is no headline.
    const before = head.slice(0, head.lastIndexOf(" ")).split(" ").pop() ?? "";
    // Nor on a word in -ing that wants its object, unless a preposition makes it a noun: `no qualms about [lying]`.
    if (!dangles(last, before) && !(/^\p{Ll}+ing$/u.test(last) && !looksAdjective(before) && !/^(?:about|of|for|from|without)$/.test(before)) && !/['’]s?$/u.test(last) && !(closed && leavesOpen(head, text.slice(ends[k]).trim())) && wordCount(head) >= HEADLINE_MIN_WORDS && isBalanced(head) && /\s\p{Ll}/u.test(head)) return head;
  }
  return "";
}

function isBalanced(text: string): boolean {
  return balanceQuotes(text) === text;
}
