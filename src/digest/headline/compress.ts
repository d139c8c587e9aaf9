import { dangles } from "./finish.ts";
import { HEADLINE_MAX, HEADLINE_MIN_WORDS } from "./limits.ts";
import { cutPoints, deletableSpans } from "./candidates.ts";
import { findMainClause, type MainClause } from "./clauses.ts";
import { assignRoles } from "./roles.ts";
import { roleAt, salience, weighWords, wordAt, type Role, type Word } from "./salience.ts";

/**
 * Compression by salience: editors keep the few words a story is about and drop the rest. Candidates
 * come from cutting the sentence after a phrase and deleting whole modifiers (a descriptor before a
 * name, adjectives and nouns before a head noun, an inner prepositional phrase, an adverb); the one kept
 * has the highest expected overlap with an editor's headline for its length, and keeps the main
 * clause's subject and verb group whole. It runs before headlinese: articles and auxiliaries still show
 * which words are verbs.
 */
export function compressBySalience(text: string, sentences: readonly string[]): string {
  // Salience needs an article to measure against: with the lead alone, the trimToWords step trims.
  if (sentences.length <= 1) return text;
  const words = weighWords(text, sentences);
  if (words.length <= HEADLINE_MIN_WORDS) return text;
  const roles = assignRoles(words);
  const clause = findMainClause(words, roles);
  const candidate = new Candidate(words, roles, clause);
  const spans = deletableSpans(words, roles, clause).filter(([start, end]) => !candidate.required.subarray(start, end).includes(1) && quotesPaired(words, start, end));
  const best = bestCandidate(candidate, spans, cutPoints(words, roles), clause);
  return best ? render(words, best) : text;
}

/**
 * For each place the sentence can end, delete spans greedily (the one that raises the score most,
 * until none does) and keep the best result; undefined when none reads. Each try only looks at the
 * span's words: the totals of what is kept are carried along.
 */
function bestCandidate(candidate: Candidate, spans: ReadonlyArray<readonly [number, number]>, cuts: readonly number[], clause: MainClause | undefined): Uint8Array | undefined {
  let best: Uint8Array | undefined;
  let bestScore = TOO_LONG;
  for (const cut of cuts) {
    if (clause && cut < clause.end) continue; // the verb group stays whole
    const keep = new Uint8Array(candidate.size).fill(1, clause?.from ?? 0, cut);
    const kept = candidate.measure(keep);
    const trial: Kept = { ...kept };
    let score = candidate.score(kept);
    for (;;) {
      let pick = -1;
      for (let index = 0; index < spans.length; index++) {
        const [start, end] = spans[index]!;
        if (end > cut) continue;
        const next = candidate.score(candidate.without(kept, keep, start, end, trial));
        if (next > score) {
          pick = index;
          score = next;
        }
      }
      if (pick === -1) break;
      const [start, end] = spans[pick]!;
      candidate.without(kept, keep, start, end, kept);
      keep.fill(0, start, end);
    }
    if (score > bestScore) [best, bestScore] = [keep, score];
  }
  return best;
}

/** The length of an editor's headline in words, for the expected overlap. */
const EDITOR_WORDS = 5.5;
const CLAUSE_WEIGHT = 0.5;
const TOO_LONG = -1000;
/** Words headlinese drops: they cost no length. */
const DROPPED = new Set(["the", "a", "an", "its", "their", "his", "her"]);

/** Totals of the words a candidate keeps. */
interface Kept {
  sum: number;
  count: number;
  chars: number;
  last: number;
  subject: number;
}

/** Scores subsets of one sentence's words; what each word adds is worked out once. */
class Candidate {
  /** What each word adds when kept: expected overlap, a counted word, characters, a subject word. */
  private readonly gains: Float64Array;
  private readonly counts: Int32Array;
  private readonly chars: Int32Array;
  /** Words that can head the subject: one must stay before the verb group. */
  private readonly subjects: Int32Array;
  private readonly canEnd: boolean[] = [];
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
    // Headlinese drops articles and auxiliaries: they count for nothing, and cost no length.
    // Typed arrays: one element kind for every article, so the scoring code is compiled once.
    const n = words.length;
    this.counts = new Int32Array(n);
    this.gains = new Float64Array(n);
    this.chars = new Int32Array(n);
    this.subjects = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const word = words[i]!;
      this.counts[i] = word.kind !== "det" && word.kind !== "aux" && word.kind !== "punct" ? 1 : 0;
      this.gains[i] = this.counts[i]! * salience(word, roles[i]!, i / n) * (detail !== -1 && i >= detail ? CLAUSE_WEIGHT : 1);
      this.chars[i] = DROPPED.has(word.token.toLowerCase()) ? 0 : word.token.length + 1;
      this.subjects[i] = clause && i < clause.start && (roleAt(roles, i) === "noun" || word.kind === "pron") ? 1 : 0;
    }
    for (let i = 0; i < n; i++) this.canEnd.push(this.endsWell(words, roles, i, clause));
  }

  /**
   * Whether the headline may end on word `i`: not on a function word, a possessive, a dangling word, or
   * a verb that wants its object or infinitive (`Boeing unveils …`, `firms forced …`).
   */
  private endsWell(words: readonly Word[], roles: readonly Role[], i: number, clause: MainClause | undefined): boolean {
    const word = words[i]!;
    if (roleAt(roles, i) === "glue" || /['’]s$/.test(word.token) || dangles(word.token)) return false;
    if (/^\p{Ll}+ing$/u.test(word.token) && i + 1 < words.length && (roleAt(roles, i) === "verb" || roleAt(roles, i + 1) === "glue")) return false; // `… Congress asking`
    if (wordAt(words, i + 1).kind === "to" && roleAt(roles, i + 2) === "verb") return false; // `agree plans [to merge]`
    if (/^(?:how|what|why|whether)$/i.test(wordAt(words, i + 1).token)) return false; // `make clear [how sorry he is]`
    // After a verb of saying or knowing, what follows `that` is its object: `admits before court [that he lied]`.
    if (wordAt(words, i + 1).token === "that" && clause && KNOWING.test(words[clause.end - 1]!.token)) return false;
    // A verb joined by `and` keeps its object: `posts profits and predicted [growth]`.
    if (wordAt(words, i - 1).kind === "conj" && /^\p{Ll}+ed$/u.test(word.token) && i + 1 < words.length && !/[,;:]$/.test(word.token)) return false;
    if (/[,;:]$/.test(word.token)) return true; // the clause ended here: `sales fell, [failing to …]`
    return roleAt(roles, i) === "verb" || (clause !== undefined && i === clause.end - 1) ? verbCanEnd(words[i + 1]) : true; // `Howard has gone [on the offensive]`
  }

  /** Totals of the kept words. */
  measure(keep: Uint8Array): Kept {
    const kept: Kept = { sum: 0, count: 0, chars: -1, last: -1, subject: 0 };
    for (let i = 0; i < keep.length; i++) {
      if (!keep[i]) continue;
      kept.chars += this.chars[i]!;
      kept.sum += this.gains[i]!;
      kept.count += this.counts[i]!;
      kept.subject += this.subjects[i]!;
      kept.last = i;
    }
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
    return into;
  }

  /**
   * Expected F1 of the kept words against an editor's headline; -Infinity when the result would not read.
   */
  score({ sum, count, chars, last, subject }: Kept): number {
    if (count < HEADLINE_MIN_WORDS || last === -1 || !this.canEnd[last]) return -Infinity;
    if (this.clause && subject === 0) return -Infinity;
    // Too long is not unreadable: it ranks below every candidate that fits, shorter first, so deleting
    // spans can still bring a long lead within the limit.
    if (chars > HEADLINE_MAX) return TOO_LONG - chars;
    return (2 * sum) / (count + EDITOR_WORDS);
  }
}

/**
 * A verb ends a headline only where its clause ended: before a comma, a clause or an adjunct (`Man
 * resigns [after a year]`), never before its object, its infinitive or its particle (`goes [on]`,
 * `refuses [to retract]`).
 */
function verbCanEnd(next: Word | undefined): boolean {
  if (next === undefined || next.kind === "punct" || next.kind === "conj") return true;
  if (next.kind === "rel") return !OBJECT_CLAUSES.has(next.token.toLowerCase()); // `understand [what …]` is the object
  return next.kind === "prep" && !PARTICLES.has(next.token.toLowerCase());
}

const KNOWING = /^(?:admit|say|said|claim|warn|insist|believe|predict|reveal|confirm|den(?:y|ie)|argue|accept|suggest|show|found|find|fear|hope|think|thought|know|knew|announce|report|decide|agree|conclude)/i;
const OBJECT_CLAUSES = new Set(["how", "what", "why", "whether", "that", "who", "which", "where", "if"]);
const PARTICLES = new Set(["on", "in", "up", "down", "out", "off", "back", "away", "into", "onto", "over", "through", "around", "about", "across", "along", "apart", "ahead", "of", "for", "with", "like", "than", "as"]);

/** Whether words `start` to `end` open every quote they close: a deletion never cuts a quotation in two. */
function quotesPaired(words: readonly Word[], start: number, end: number): boolean {
  let quotes = 0;
  for (let i = start; i < end; i++) quotes += words[i]!.token.match(/["“”]/g)?.length ?? 0;
  return quotes % 2 === 0;
}

function render(words: readonly Word[], keep: Uint8Array): string {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!keep[i]) continue;
    kept.push(words[i]!.token);
  }
  return kept.join(" ").replace(/[,;:]+$/, "");
}
