import { HEADLINE_MIN_WORDS } from "./limits.ts";
import { cutPoints, EXAMPLES } from "./candidates.ts";
import { deletableSpans, objectAfterPhrase, type Reach } from "./deletions.ts";
import { findMainClause, type MainClause } from "./clauses.ts";
import { assignRoles } from "./roles.ts";
import { Candidate, TOO_LONG, type Kept } from "./score.ts";
import { roleAt, weighWords, wordAt, type Role, type Word } from "./salience.ts";
import { bare, looksAdjective } from "./wordclass.ts";

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
  let body: string | undefined; // the rest of the article, read only when a span might split a term
  const rest = () => (body ??= sentences.slice(1).join(" ").toLowerCase());
  const quoted = quotedWords(words);
  // A sentence that opens with a phrase and no comma (`At the Mbita Point school in Kenya students click …`)
  // has its subject's head right before the verb: no span takes it.
  const head = clause && words[clause.from]!.kind === "prep" ? clause.start - 1 : -1;
  const holdsRequired = (start: number, end: number) => {
    const at = candidate.required.indexOf(1, start);
    return (at !== -1 && at < end) || (start <= head && head < end);
  };
  const readable = (reach: Reach) => deletableSpans(words, roles, clause, reach).filter(([start, end]) => !holdsRequired(start, end) && quotesPaired(words, start, end) && !quoted[start] && !halvesList(words, start, end) && !leavesConjunct(words, roles, end) && dashesPaired(words, start, end) && !splitsTerm(words, end, rest) && !isShortQuote(words, start, end) && !namesWithNumber(words, roles, end));
  const spans = readable("strict");
  const cuts = cutPoints(words, roles);
  // Deleted wherever what follows them is kept: the subject's descriptor, and a phrase between the verb and
  // its object, which headlines never put there (`approves [on third and final reading] bill capping …`).
  const object = clause ? objectAfterPhrase(words, roles, clause) : -1;
  const moved = spans.find(([start, end]) => start === clause?.end && end === object);
  const always = [subjectDescriptor(words, spans, clause), moved].filter((span) => span !== undefined);
  const choose = (ends: readonly number[]): [Uint8Array | undefined, number] => {
    // A topic, and the word that says which thing, stay where that fits the limit; where it does not, the limit wins.
    let [best, score] = bestCandidate(candidate, spans.filter(([start, end]) => !holdsTopic(words, start, end)), ends, clause, always);
    if (!best || score <= TOO_LONG) [best, score] = bestCandidate(candidate, readable("loose"), ends, clause, always);
    // Still too long, it would be cut before its verb or what the verb needs: it loses what a reader misses least.
    if (!best || score <= TOO_LONG) [best, score] = bestCandidate(candidate, readable("fit"), ends, clause, always);
    return [best, score];
  };
  // A concession keeps what it makes way for where that fits; where it does not, the concession alone beats a cut mid-clause.
  const whole = cuts.filter((cut) => !concedes(words, clause, cut));
  let [best, score] = choose(whole);
  if (whole.length < cuts.length && (!best || score <= TOO_LONG)) [best] = choose(cuts);
  return best ? render(words, best, clause) : text;
}

/**
 * Editors name the subject, they do not describe it: `US aircraft firm Boeing unveils …` → `Boeing unveils
 * …`. The deletable descriptor that opens the subject when only a name stands between it and the verb.
 */
function subjectDescriptor(words: readonly Word[], spans: ReadonlyArray<readonly [number, number]>, clause: MainClause | undefined): readonly [number, number] | undefined {
  if (!clause) return undefined;
  return spans.find(([start, end]) => start === clause.from && end < clause.start && words.slice(start, end).some((word) => word.kind === "word") &&
    words.slice(end, clause.start).every((word) => word.kind === "name"));
}

/**
 * For each place the sentence can end, delete the spans that always go (`always`, where what follows them
 * is kept), then spans greedily (the one that raises the score most, until none does) and keep the best
 * result; undefined when none reads.
 * Each try only looks at the span's words: the totals of what is kept are carried along.
 */
function bestCandidate(candidate: Candidate, spans: ReadonlyArray<readonly [number, number]>, cuts: readonly number[], clause: MainClause | undefined, always: ReadonlyArray<readonly [number, number]> = []): [Uint8Array | undefined, number] {
  let best: Uint8Array | undefined;
  let bestScore = -Infinity; // with none within the limit, the shortest that reads: trimming it cuts less
  for (const cut of cuts) {
    if (clause && cut < clause.end) continue; // the verb group stays whole
    const keep = new Uint8Array(candidate.size).fill(1, clause?.from ?? 0, cut);
    for (const [start, end] of always) if (end < cut) keep.fill(0, start, end);
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
  return [best, bestScore];
}

/**
 * Whether the sentence would end on a concession before the `but` it makes way for: `France may have beaten
 * Scotland and England [but they were tedious]` says the opposite of the story.
 */
function concedes(words: readonly Word[], clause: MainClause | undefined, cut: number): boolean {
  return clause !== undefined && wordAt(words, cut).token === "but" && /^(?:may|might)$/i.test(words[clause.start]!.token) && /^(?:have|be)$/i.test(wordAt(words, clause.start + 1).token);
}

/**
 * Whether words `start` to `end` hold a name the article comes back to as the head of its phrase (`at
 * luxury car maker [Mercedes]`, `Head of [Lloyd's of London]`): what the story is about never goes, while
 * a name that only describes what follows may (`[US] car firms General Motors`).
 */
function holdsTopic(words: readonly Word[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const next = wordAt(words, i + 1);
    if (words[i]!.kind === "name" && words[i]!.uses >= TOPIC_USES && next.kind !== "name" && next.kind !== "word" && !(next.token === "of" && wordAt(words, i + 2).kind === "name")) return true;
  }
  return false;
}

/** How often the article must use a name for it to be a topic. */
const TOPIC_USES = 2;

/**
 * Whether deleting up to word `end` would split a term the article repeats: `[refugee] status`, where the
 * rest of the article writes `refugee status` again, is one thing, and `status` alone says nothing.
 */
function splitsTerm(words: readonly Word[], end: number, rest: () => string): boolean {
  if (end >= words.length || words[end - 1]!.kind === "det" || words[end]!.kind !== "word" && words[end]!.kind !== "name") return false;
  const body = rest();
  const term = `${bare(words[end - 1]!.token)} ${bare(words[end]!.token)}`;
  let count = 0;
  for (let at = body.indexOf(term); at !== -1 && count < TERM_USES; at = body.indexOf(term, at + term.length)) count++;
  return count >= TERM_USES;
}

/** Whether the word before `end` names a kind with the number after it: `[type] 2 diabetes`, `[stage] 4 cancer`. */
export function namesWithNumber(words: readonly Word[], roles: readonly Role[], end: number): boolean {
  return end > 0 && wordAt(words, end).kind === "num" && words[end - 1]!.kind === "word" && roleAt(roles, end - 1) === "noun" && /^\p{Ll}+$/u.test(words[end - 1]!.token) && !looksAdjective(words[end - 1]!.token) && wordAt(words, end + 1).kind === "word";
}

/** How often the rest of the article must write two words together for them to count as one term. */
const TERM_USES = 1;

/** Whether words `start` to `end` are a quotation of a word or two: what the story quotes is its news (`reach ["shocking"] levels`). */
function isShortQuote(words: readonly Word[], start: number, end: number): boolean {
  return end - start <= 2 && /^["“‘]/.test(words[start]!.token) && /["”’]$/.test(words[end - 1]!.token);
}

/**
 * Which words stand inside a quotation, past its opening word: a quotation is the speaker's words, and a
 * deletion inside it misquotes (`challenge "the [high] rates"`).
 */
function quotedWords(words: readonly Word[]): Uint8Array {
  const inside = new Uint8Array(words.length);
  let open = false;
  for (let i = 0; i < words.length; i++) {
    if (open) inside[i] = 1;
    const marks = quoteMarks(words[i]!.token);
    if (marks % 2 === 1) open = !open;
  }
  return inside;
}

/**
 * Whether deleting words `start` to `end` leaves a comma that joined them to the word before: `new,
 * [low-cost] Macintosh` reads `new, Macintosh`. An aside closed by its own comma goes whole and is no such span.
 */
function halvesList(words: readonly Word[], start: number, end: number): boolean {
  return start > 0 && /,$/.test(words[start - 1]!.token) && !/[,;:]$/.test(words[end - 1]!.token) && end < words.length && words[start - 1]!.kind === "word" && (words[end]!.kind === "word" || words[end]!.kind === "name");
}

/**
 * Whether deleting up to `end` would leave the second noun of a pair joined to what came before: `fired
 * tear gas and water cannon [at thousands of students] and workers`.
 */
function leavesConjunct(words: readonly Word[], roles: readonly Role[], end: number): boolean {
  return /^(?:and|or)$/.test(wordAt(words, end).token) && roleAt(roles, end - 1) === "noun" && !/[,;:]$/.test(words[end - 1]!.token) &&
    roleAt(roles, end + 1) === "noun" && (wordAt(words, end + 1).kind === "word" || wordAt(words, end + 1).kind === "name");
}

/** Whether words `start` to `end` hold both dashes of an aside or neither: `Castellano — the belter [who … —] has died` would leave one. */
function dashesPaired(words: readonly Word[], start: number, end: number): boolean {
  let dashes = 0;
  for (let i = start; i < end; i++) if (/^[-–—]$/.test(words[i]!.token)) dashes++;
  return dashes % 2 === 0;
}

/** Whether words `start` to `end` open every quote they close: a deletion never cuts a quotation in two. */
function quotesPaired(words: readonly Word[], start: number, end: number): boolean {
  let quotes = 0;
  for (let i = start; i < end; i++) quotes += quoteMarks(words[i]!.token);
  return quotes % 2 === 0;
}

/**
 * The quotation marks on a word: double ones anywhere, a single one opening it or closing it (`'tax
 * amnesty'`), not an apostrophe inside it or after a plural (`Britain's`, `players'`).
 */
function quoteMarks(token: string): number {
  return (token.match(/["“”]/g)?.length ?? 0) + (/^['‘]/.test(token) ? 1 : 0) + (/[^s]['’][,;:.!?]*$/.test(token) ? 1 : 0);
}

/** The kept words; an aside deleted between commas takes its comma with it. */
/** Whether the run of deleted words from `i` ends on a comma: with the comma before it, an aside between commas. */
function closesWithComma(words: readonly Word[], keep: Uint8Array, i: number): boolean {
  let j = i;
  while (j < words.length && !keep[j]) j++;
  return j < words.length && /,$/.test(words[j - 1]!.token);
}

function render(words: readonly Word[], keep: Uint8Array, clause?: MainClause): string {
  const kept: string[] = [];
  // The comma that closed an appositive whose start went never parts a subject from its verb: `[The
  // spat between the heirs of its owner,] Reliance Group, has spilled over` → `Reliance Group has spilled over`.
  const closing = clause ? clause.start - 1 : -1;
  const opened = closing <= 0 || !words.some((word, i) => i < closing && !keep[i] && /,$/.test(word.token));
  let aside = false; // the words deleted since the last kept one are `including …,`
  for (let i = 0; i < words.length; i++) {
    if (!keep[i]) {
      if (i === 0 || keep[i - 1]) aside = EXAMPLES.has(words[i]!.token) || (i > 0 && /,$/.test(words[i - 1]!.token) && (/^\p{Ll}+(?:ed|en)$/u.test(words[i]!.token) || closesWithComma(words, keep, i))); // `, controlled by …,`, `FitPath[, a fitness app,]`
      if (i === closing && !opened) aside = true; // `Botin[, the chairman of a bank,] has started`
      continue;
    }
    if (aside && /,$/.test(words[i - 1]!.token) && kept.length > 0) kept[kept.length - 1] = kept[kept.length - 1]!.replace(/,$/, "");
    aside = false;
    kept.push(i === closing && !opened ? words[i]!.token.replace(/,$/, "") : words[i]!.token);
  }
  return kept.join(" ").replace(/[,;:]+$/, "");
}
