import { canBeParticiple } from "../verbs.ts";
import { canEnd } from "./endings.ts";
import { HEADLINE_MAX, HEADLINE_MIN_WORDS } from "./limits.ts";
import type { MainClause } from "./clauses.ts";
import { roleAt, salience, wordAt, type Role, type Word } from "./salience.ts";

/** The length of an editor's headline in words, for the expected overlap. */
const EDITOR_WORDS = 5.5;
const CLAUSE_WEIGHT = 0.5;
/**
 * Editors' headlines run about 32 characters: past 50, each character costs a little expected overlap,
 * so of two candidates that keep the news the shorter wins, as an editor's would. Tuned on the even half
 * of the BBC corpus (median length 60 → 49 for 0.3 points of ROUGE-1), checked on the odd half.
 */
const SOFT_MAX = 50;
const LENGTH_COST = 0.002;
export const TOO_LONG = -1000;
/**
 * A headline that stops on a noun the lead goes on to say more of (`Sizzla jailed in Jamaica [for swearing
 * on stage]`, `Blind student develops software [that turns colours into notes]`, `wows fans [with live
 * mini-concert]`), or that ends on a noun stripped of what the lead said of it (`receives [eight-year]
 * ban`, `launches [pay-as-you-go] service`), has left out what the story is about: below 60 characters it
 * costs as much as 30 characters past SOFT_MAX, twice when both. Decided by reading: a reader shown both
 * versions of 40 headlines this changes, blind, preferred these 27 times and the shorter 5 (even half
 * 17 to 2, odd half 10 to 3). ROUGE-1 moved 26.39 → 26.23 on the even half, 26.62 → 26.63 on the odd
 * (editors' headlines are shorter still); 114 of 1,509 headlines changed.
 */
const VAGUE_BELOW = 60;
const VAGUE_COST = 0.06;
const SPECIFIES = /^(?:on|for|over|against|from|about|into|that|with)$/;
/** Whether word `i` opens what says more of the noun before it: a preposition of SPECIFIES, or a participle taking one (`insult [made to …]`). */
function specifies(words: readonly Word[], i: number): boolean {
  const token = wordAt(words, i).token;
  return SPECIFIES.test(token) || (/^(?:prep|to)$/.test(wordAt(words, i + 1).kind) && canBeParticiple(token));
}

/**
 * An auxiliary headlinese drops or folds into its verb (`has been criticised` → `criticised`, `have agreed`
 * → `agree`): not a modal, `do` or the `be` after them (`could be sold`), which stay, nor one before a
 * quotation, which keeps its words.
 */
function droppedAuxiliary(words: readonly Word[], i: number): boolean {
  return words[i]!.kind === "aux" && /^(?:is|are|was|were|been|has|have|had)$/i.test(words[i]!.token) && !/^["“‘]/.test(wordAt(words, i + 1).token);
}

/** Words headlinese drops: they cost no length. (Not `his`, `its`, …, which it keeps inside names: `Jackson and his Labour bosses`.) */
const DROPPED = new Set(["the", "a", "an"]);

/** Totals of the words a candidate keeps. */
export interface Kept {
  sum: number;
  count: number;
  chars: number;
  last: number;
  subject: number;
  /** The word before the last one is a modifier of it that was deleted: 1, else 0. */
  stripped: number;
}

/** Scores subsets of one sentence's words; what each word adds is worked out once. */
export class Candidate {
  /** What each word adds when kept: expected overlap, a counted word, characters, a subject word. */
  private readonly gains: Float64Array;
  private readonly counts: Int32Array;
  private readonly chars: Int32Array;
  /** Words that can head the subject: one must stay before the verb group. */
  private readonly subjects: Int32Array;
  /** Words that modify the noun after them (an adjective, a noun, a name, a number): a headline that ends on that noun without them may say too little. */
  private readonly modifiers: Uint8Array;
  /** Words the lead goes on to specify, 1, else 0: `talks [on ending subsidies]`, `insult [made to Jewish reporter]`. */
  private readonly specified: Uint8Array;
  /** Whether a headline may end on each word, worked out when first asked (most words never are): 1 yes, 0 no, -1 not yet. */
  private readonly ends: Int8Array;
  private readonly roles: readonly Role[];
  /** The main clause's verb group, and the negation in it: never deleted. */
  readonly required: Uint8Array;
  readonly size: number;

  constructor(private readonly words: readonly Word[], roles: readonly Role[], private readonly clause?: MainClause) {
    this.size = words.length;
    this.required = new Uint8Array(words.length);
    if (clause) {
      for (let i = clause.start; i < clause.end; i++) if (words[i]!.kind !== "word" || roleAt(roles, i) === "verb") this.required[i] = 1;
    }
    // A clause after a comma (`, putting 300 jobs at risk`, `, which …`) is detail: its words weigh less.
    const detail = words.findIndex((word, i) => i > 0 && /,$/.test(words[i - 1]!.token) && (word.kind === "rel" || (roleAt(roles, i) === "verb" && /ing$/.test(word.token))));
    // So is a relative clause that describes the subject (`storm [that brought gusts of 120 km/h] tore …`):
    // editors name what did it, not what else it did. Only `who`/`which`/`that` before its own verb, which
    // no complement clause (`reports that Blair plans`) has.
    const subjectRelative = clause?.relative && /^(?:who|which|that)$/i.test(words[clause.relative[0]]!.token) &&
      (wordAt(words, clause.relative[0] + 1).kind === "aux" || roleAt(roles, clause.relative[0] + 1) === "verb") ? clause.relative : undefined;
    // Headlinese drops articles and auxiliaries: they count for nothing, and cost no length.
    // Typed arrays: one element kind for every article, so the scoring code is compiled once.
    const n = words.length;
    this.counts = new Int32Array(n);
    this.gains = new Float64Array(n);
    this.chars = new Int32Array(n);
    this.subjects = new Int32Array(n);
    this.modifiers = new Uint8Array(n);
    this.specified = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const word = words[i]!;
      this.counts[i] = word.kind !== "det" && word.kind !== "aux" && word.kind !== "punct" ? 1 : 0;
      const relative = subjectRelative !== undefined && i >= subjectRelative[0] && i < subjectRelative[1];
      this.gains[i] = this.counts[i]! * salience(word, roles[i]!, i / n) * ((detail !== -1 && i >= detail) || relative ? CLAUSE_WEIGHT : 1);
      // `The` inside a sentence opens a title, which keeps it: `The Aviator`; so does what a copula says something is (`a hero`).
      const kept = (i > 0 && word.token === "The") || (/^an?$/i.test(word.token) && /^(?:is|are|was|were)$/i.test(wordAt(words, i - 1).token));
      this.chars[i] = (DROPPED.has(word.token.toLowerCase()) && !kept) || droppedAuxiliary(words, i) ? 0 : word.token.length + 1;
      this.subjects[i] = clause && i < clause.start && (roleAt(roles, i) === "noun" || word.kind === "pron") ? 1 : 0;
      this.modifiers[i] = roleAt(roles, i) === "noun" && roleAt(roles, i + 1) === "noun" && !/[,;:]$/.test(word.token) ? 1 : 0;
      this.specified[i] = !/[,;:]$/.test(word.token) && specifies(words, i + 1) ? 1 : 0;
    }
    this.ends = new Int8Array(n).fill(-1);
    this.roles = roles;
  }

  /** Totals of the kept words. */
  measure(keep: Uint8Array): Kept {
    const kept: Kept = { sum: 0, count: 0, chars: -1, last: -1, subject: 0, stripped: 0 };
    for (let i = 0; i < keep.length; i++) {
      if (!keep[i]) continue;
      kept.chars += this.chars[i]!;
      kept.sum += this.gains[i]!;
      kept.count += this.counts[i]!;
      kept.subject += this.subjects[i]!;
      kept.last = i;
    }
    kept.stripped = kept.last > 0 && !keep[kept.last - 1] && this.modifiers[kept.last - 1] ? 1 : 0;
    return kept;
  }

  /**
   * The totals once words `start` to `end` go, written to `into` (no garbage: this runs thousands of
   * times an article). Only the span's words are looked at, and the words before it when it held the
   * last one.
   */
  without(kept: Kept, keep: Uint8Array, start: number, end: number, into: Kept): Kept {
    let { sum, count, chars, last, subject } = kept;
    let removed = false;
    for (let i = start; i < end; i++) {
      if (!keep[i]) continue;
      removed = true;
      chars -= this.chars[i]!;
      sum -= this.gains[i]!;
      count -= this.counts[i]!;
      subject -= this.subjects[i]!;
    }
    if (removed && last >= start && last < end) {
      last = start - 1;
      while (last >= 0 && !keep[last]) last--;
    }
    into.sum = sum;
    into.count = count;
    into.chars = chars;
    into.last = last;
    into.subject = subject;
    into.stripped = last > 0 && this.modifiers[last - 1] && (!keep[last - 1] || (last - 1 >= start && last - 1 < end)) ? 1 : 0;
    return into;
  }

  private endsAt(i: number): boolean {
    if (this.ends[i] === -1) this.ends[i] = canEnd(this.words, this.roles, i, this.clause) ? 1 : 0;
    return this.ends[i] === 1;
  }

  /**
   * Expected F1 of the kept words against an editor's headline; -Infinity when the result would not read.
   */
  score({ sum, count, chars, last, subject, stripped }: Kept): number {
    if (count < HEADLINE_MIN_WORDS || last === -1 || !this.endsAt(last)) return -Infinity;
    if (this.clause && subject === 0) return -Infinity;
    // Too long is not unreadable: it ranks below every candidate that fits, shorter first, so deleting
    // spans can still bring a long lead within the limit.
    if (chars > HEADLINE_MAX) return TOO_LONG - chars;
    // Only where the main clause is known: without it, a shorter candidate is as likely to lose the verb as detail.
    const over = this.clause ? Math.max(0, chars - SOFT_MAX) : 0;
    // Stripped and unspecified both: it says least of all (`agrees [new] deal [with adidas]`).
    const vague = chars < VAGUE_BELOW && this.clause && last >= this.clause.end && roleAt(this.roles, last) === "noun" ?
      VAGUE_COST * (stripped + this.specified[last]!) : 0;
    return (2 * sum) / (count + EDITOR_WORDS) - LENGTH_COST * over - vague;
  }
}

