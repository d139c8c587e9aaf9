import { dangles } from "./finish.ts";
import { HEADLINE_MAX, HEADLINE_MIN_WORDS } from "./limits.ts";
import { cutPoints, deletableSpans } from "./candidates.ts";
import { assignRoles } from "./roles.ts";
import { salience, weighWords, type Role, type Word } from "./salience.ts";

/**
 * Compression by salience: editors keep the few words a story is about and drop the rest. Candidates
 * come from cutting the sentence after a phrase and deleting whole modifiers (a descriptor before a
 * name, adjectives and nouns before a head noun, an inner prepositional phrase, an adverb); the one kept
 * has the highest expected overlap with an editor's headline for its length. It runs before headlinese:
 * articles and auxiliaries still show which words are verbs.
 */
export function compressBySalience(text: string, sentences: readonly string[]): string {
  // Salience needs an article to measure against: with the lead alone, the trimToWords step trims.
  if (sentences.length <= 1) return text;
  const words = weighWords(text, sentences);
  if (words.length <= HEADLINE_MIN_WORDS) return text;
  const roles = assignRoles(words);
  const candidate = new Candidate(words, roles);
  const spans = deletableSpans(words, roles);
  let best: Uint8Array | undefined;
  let bestScore = -Infinity;
  for (const cut of cutPoints(words, roles)) {
    const keep = new Uint8Array(words.length).fill(1, 0, cut);
    let score = candidate.score(keep, 0, 0);
    // Greedy: delete the span that raises the score most, until none does.
    for (;;) {
      let pick = -1;
      spans.forEach(([start, end], index) => {
        if (end > cut || !keep.subarray(start, end).includes(1)) return;
        const next = candidate.score(keep, start, end);
        if (next > score) [pick, score] = [index, next];
      });
      if (pick === -1) break;
      keep.fill(0, spans[pick]![0], spans[pick]![1]);
    }
    if (score > bestScore) [best, bestScore] = [keep, score];
  }
  return best && bestScore > -Infinity ? render(words, best) : text;
}

/** The length of an editor's headline in words, for the expected overlap. */
const EDITOR_WORDS = 5.5;
const CLAUSE_WEIGHT = 0.5;

/** Scores subsets of one sentence's words; what each word adds is worked out once. */
class Candidate {
  private readonly weights: number[];
  private readonly counted: boolean[];
  private readonly canEnd: boolean[];

  constructor(private readonly words: readonly Word[], roles: readonly Role[]) {
    // A clause after a comma (`, putting 300 jobs at risk`, `, which …`) is detail: its words weigh less.
    const clause = words.findIndex((word, i) => i > 0 && /,$/.test(words[i - 1]!.token) && (word.kind === "rel" || (roles[i] === "verb" && /ing$/.test(word.token))));
    this.weights = words.map((word, i) => salience(word, roles[i]!, i / words.length) * (clause !== -1 && i >= clause ? CLAUSE_WEIGHT : 1));
    // Headlinese drops articles and auxiliaries: they cost no length.
    this.counted = words.map((word) => word.kind !== "det" && word.kind !== "aux" && word.kind !== "punct");
    this.canEnd = words.map((word, i) => {
      const next = roles[i + 1];
      // Not on a function word, a possessive, a dangling word, or a verb that wants its object
      // or infinitive (`Boeing unveils …`, `firms forced …`).
      if (roles[i] === "glue" || /['’]s$/.test(word.token) || dangles(word.token)) return false;
      if (/^\p{Ll}+ing$/u.test(word.token) && (roles[i] === "verb" || roles[i + 1] === "glue")) return false; // `… Congress asking`
      return !(roles[i] === "verb" && (next === "noun" || next === "verb" || words[i + 1]?.kind === "to"));
    });
  }

  /**
   * Expected F1 of the kept words (less those from `start` to `end`) against an editor's headline;
   * -Infinity when the result would not read.
   */
  score(keep: Uint8Array, start: number, end: number): number {
    let sum = 0;
    let count = 0;
    let chars = -1;
    let last = -1;
    for (let i = 0; i < keep.length; i++) {
      if (!keep[i] || (i >= start && i < end)) continue;
      chars += this.words[i]!.token.length + 1;
      last = i;
      if (!this.counted[i]) continue;
      sum += this.weights[i]!;
      count++;
    }
    if (count < HEADLINE_MIN_WORDS || chars > HEADLINE_MAX || last === -1 || !this.canEnd[last]) return -Infinity;
    return (2 * sum) / (count + EDITOR_WORDS);
  }
}

function render(words: readonly Word[], keep: Uint8Array): string {
  const kept: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!keep[i]) continue;
    kept.push(words[i]!.token);
  }
  return kept.join(" ").replace(/[,;:]+$/, "");
}
