import { FINITE_AUX, OPENERS, SAYING, type MainClause } from "./clauses.ts";
import { EXAMPLES, insideName } from "./candidates.ts";
import { asksComplement, idiomCut, KIN } from "./endings.ts";
import { roleAt, wordAt, type Role, type Word } from "./salience.ts";
import { DEMONYM } from "../phrases.ts";
import { isParticipleOnly } from "../verbs.ts";
import { COMPARATIVE, isPlural } from "./roles.ts";
import { bare, looksAdjective, PARTICLES } from "./wordclass.ts";

/**
 * Whether the `and` between `from` and `head` joins two descriptions of one person (`comedian and
 * broadcaster`, `Bath and England centre`), not two people (`actor Tom Hanks and director …`) nor a
 * growing amount (`more and more`).
 */
function joinsDescriptors(words: readonly Word[], from: number, head: number): boolean {
  const and = words.findIndex((word, j) => j >= from && j < head && word.token === "and");
  if (and <= from || bare(words[and - 1]!.token) === bare(wordAt(words, and + 1).token)) return false;
  // A capitalised word after others closes a name: `Actor Tom Hanks and`, `Model Caprice and`; not `Labour MP and`.
  return !(and - 1 > from && /^\p{Lu}\p{Ll}/u.test(words[and - 1]!.token));
}

/**
 * How far deletion may go: `strict` keeps what says which thing; `loose` lets the word next to a head go
 * after `the` or a possessive too, and `fit` adds `fittingSpans`: each only to bring a lead within the
 * limit that the one before could not.
 */
export type Reach = "strict" | "loose" | "fit";

/** Whether the clause's subject is one plural word with no article, which its relative defines: `People who …`, `Drivers who …`. */
function definesBarePlural(words: readonly Word[], clause: MainClause): boolean {
  const [start] = clause.relative!;
  return start === clause.from + 1 && words[clause.from]!.kind === "word" && /^(?:\p{L}+[^su'’s]s|people|children|men|women)$/iu.test(words[clause.from]!.token) && /^(?:who|that)$/i.test(words[start]!.token);
}

/** Spans to delete whole, each leaving a phrase that still reads. */
export function deletableSpans(words: readonly Word[], roles: readonly Role[], clause?: MainClause, reach: Reach = "strict"): Array<[number, number]> {
  const loose = reach !== "strict";
  const spans: Array<[number, number]> = [];
  // The clause between the subject and its verb: `people [who prefer …] could soon`; not a question the
  // subject is about, all it says (`a row over [whether Greece should …] has reached`).
  // Nor the clause that says which ones a bare plural means: `People [who take 7,000 steps a day] are less
  // likely to die early` says nothing without it.
  if (clause?.relative && !OPENERS.has(words[clause.relative[0]]!.token.toLowerCase()) && !definesBarePlural(words, clause)) spans.push([clause.relative[0], clause.relative[1]]);
  // An aside between dashes: `on her blog [- web diary -] says`.
  for (let i = 0; i < words.length; i++) {
    const close = words[i]!.kind === "punct" ? words.findIndex((word, j) => j > i && word.kind === "punct") : -1;
    if (close > i + 1 && close - i <= 24 && /^[-–—]$/.test(words[i]!.token) && /^[-–—]$/.test(words[close]!.token)) spans.push([i, close + 1]);
  }
  // An aside between commas that only gives examples, closed right before the verb: `players[, including
  // goalkeeper Murambadoro,] are`.
  const close = clause ? clause.start - 1 : -1;
  for (let i = 1; i < close; i++) {
    if (/,$/.test(words[i - 1]!.token) && EXAMPLES.has(words[i]!.token) && /,$/.test(words[close]!.token) && close - i <= 14) spans.push([i, close + 1]);
    // Or that describes with a participle: `Harbourline Ferries[, controlled by Saltmarsh Holdings,] is`.
    else if (/,$/.test(words[i - 1]!.token) && /^\p{Ll}+(?:ed|en)$/u.test(words[i]!.token) && /,$/.test(words[close]!.token) && close - i <= 14 && !words.slice(i, close).some((word) => /,$/.test(word.token))) spans.push([i, close + 1]);
  }
  // A phrase between the verb and its object: `approved [on third and final reading] a bill capping …`.
  const object = clause ? objectAfterPhrase(words, roles, clause) : -1;
  if (object !== -1) spans.push([clause!.end, object]);
  // A comparison that describes the subject, right before its verb: `a rocky planet [slightly larger than our own] appears`.
  const compared = clause ? comparisonBeforeVerb(words, roles, clause) : -1;
  if (compared !== -1) spans.push([compared, clause!.start]);
  const ends = (i: number) => /[,;:]$/.test(words[i]!.token);
  // How, between the subject and its verb: `efforts to stop inflation [by raising rates] will continue`.
  for (let i = clause?.from ?? 0; clause && i < clause.start; i++) {
    // Only before an auxiliary, which no noun is mistaken for: `rose to prominence by producing songs for [artists such as …]`.
    if (words[clause.start]!.kind !== "aux") break;
    // A gerund alone is what a noun is about, not how: `support for a ban [on hunting] has fallen` stays.
    if (words[i]!.kind === "prep" && words[i]!.token !== "from" && /^\p{Ll}+ing$/u.test(wordAt(words, i + 1).token) && i + 2 < clause.start && !words.slice(i, clause.start).some((word) => /[,;:]$/.test(word.token))) spans.push([i, clause.start]);
  }
  // Where a verb of saying meets its object clause, what comes between is only where it was said:
  // `admits [before a New York court] that he lied`.
  // Only a verb of saying: after another, `that` opens a clause about the noun (`begun on the last day [that] hunting is legal`).
  if (clause && wordAt(words, clause.end).kind === "prep" && SAYING.has(words[clause.end - 1]!.token.toLowerCase())) {
    const that = phraseEnd(words, roles, clause.end + 1);
    // Not a `that` whose verb follows at once: it hangs on the noun (`warned about a virus [that poses as …]`).
    if (that > clause.end + 1 && wordAt(words, that).token === "that" && roleAt(roles, that + 1) !== "verb" && wordAt(words, that + 1).kind !== "aux") spans.push([clause.end, that]);
  }
  // A descriptor joined by `and` before the subject's name: `[British and Irish Lions coach] Woodward says`.
  if (clause) {
    let name = clause.start;
    while (name > clause.from && words[name - 1]!.kind === "name") name--;
    const head = name - 1;
    if (name < clause.start && head > clause.from && words[head]!.kind === "word" && /^\p{Ll}+$/u.test(words[head]!.token) &&
      joinsDescriptors(words, clause.from, head) && roles.slice(clause.from, name).every((role, k) => role === "noun" || words[clause.from + k]!.token === "and")) spans.push([clause.from, name]);
  }
  // A leading clause before the subject: `Less than four years after the launch, BMW …` → `BMW …`.
  const comma = words.findIndex((word) => /,$/.test(word.token));
  const subject = words[comma + 1];
  // Not the first of a list of names, which is the subject itself: `[Technology firms Sony,] Philips, Matsushita and Samsung develop`.
  const list = words[comma]?.kind === "name" && subject?.kind === "name" && (/,$/.test(subject.token) || wordAt(words, comma + 2).token === "and");
  // Nor a subject whose description follows between commas: `[The trial of Botin,] the chairman of a bank, has started` is about the trial.
  const described = (words[0]!.kind === "det" || words[0]!.kind === "name") && subject?.kind === "det" && clause !== undefined && clause.start - 1 > comma && /,$/.test(words[clause.start - 1]!.token);
  if (comma > 0 && comma < 15 && (subject?.kind === "det" || subject?.kind === "name") && !list && !described && roles.slice(comma + 1).includes("verb")) spans.push([0, comma + 1]);
  if (described) spans.push([comma + 1, clause.start]); // the description goes with both its commas
  for (let i = 0; i < words.length; i++) {
    // Not a hedge, without which a claim reads as fact (`has [reportedly] been drawn up`), nor an amount's
    // (`first title in [almost] five years`, `[only] three`), nor `too`, whose
    // loss turns its meaning round: `far [too] canny to make claims`, nor `yet` (`should not [yet]
    // be introduced` is not `never`), nor `all`, which says how many (`crews are [all] ready`), nor
    // `together`, `apart` and `alone`, which a verb or a noun needs (`to work [together]`, `hardware [alone]`),
    // nor what a comparison is with: `stronger than [ever] in cinema` (where `than [previously] thought` has `thought`),
    // nor one after `not`, which it changes: `not [just] with youngsters but with advertisers`.
    // Nor how a passive that ends the sentence is done, its news: `check the election is [fairly] run`;
    // nor when, from an amount of time: `from a year [earlier]`; nor how, at the end: `portrays Islam [unfairly]`.
    // `once more` goes whole, or `more` is left standing: `has [once] more turned`.
    if (roleAt(roles, i) === "adverb" && !/^(?:too|all|yet|reportedly|allegedly|apparently|supposedly|almost|nearly|only|barely|hardly|together|apart|alone|never|twice|thrice)$/i.test(words[i]!.token) && !(!loose && i > 0 && words[i]!.token === "soon") && !(/^than$/i.test(wordAt(words, i - 1).token) && wordAt(words, i + 1).kind !== "word") && !/^not$/i.test(wordAt(words, i - 1).token) && !endingPassive(words, roles, i) && !afterAmountOfTime(words, i) && !endsClause(words, i) && !opensAfterComma(words, i)) spans.push([i, /^once$/i.test(words[i]!.token) && /^(?:more|again)$/.test(wordAt(words, i + 1).token) ? i + 2 : i + 1]);
    // A quantifier starts a noun phrase of its own: `give watchdogs [more] freedom` has two objects, not a modifier.
    if (roleAt(roles, i) === "noun" && (i === 0 || roleAt(roles, i - 1) !== "noun" || ends(i - 1) || QUANTIFIER.test(words[i]!.token))) {
      let end = i;
      while (end < words.length && roleAt(roles, end) === "noun" && !(end > i && (ends(end - 1) || QUANTIFIER.test(words[end]!.token)))) end++;
      // A comparison needs its comparative (`more jobs than`), a predicate its adjective (`be an endangered
      // species`, `make sure`).
      const predicate = /^(?:be|is|are|was|were|been|become|becomes|remain|remains)$/i.test(words[i - (wordAt(words, i - 1).kind === "det" ? 2 : 1)]?.token ?? "") ||
        (/^(?:sure|certain|clear)$/i.test(words[i]!.token) && /^(?:make|makes|making|made)$/i.test(wordAt(words, i - 1).token)); // `making [sure] networks are safe`
      // Nor right after `and`: `foot and mouth outbreak`, `food and drink giant Nestle` are one phrase.
      // Nor right after `why`, `that`, `who`: the run opens a clause whose verb may look like its head (`why the [ferry] keeps`).
      if (wordAt(words, end).token !== "than" && !predicate && wordAt(words, i - 1).kind !== "conj" && wordAt(words, i - (wordAt(words, i - 1).kind === "det" ? 2 : 1)).kind !== "rel") spans.push(...modifierSpans(words, roles, i, end, loose));
    }
    // An inner prepositional phrase: `shares in UK Coal fell` → `shares fell`.
    const phrase = words[i]!.kind === "prep" || words[i]!.kind === "to" ? innerPhraseEnd(words, roles, i, clause) : -1;
    if (phrase !== -1) spans.push([i, phrase]);
  }
  if (reach === "fit") spans.push(...fittingSpans(words, roles, clause));
  // Nor half of a word the text splits at a hyphen: `set -top box`.
  // A result clause goes whole or stays whole: `a frog so small it can sit [comfortably on a fingernail]`.
  const result = clause?.relative && /^so$/i.test(words[clause.relative[0]]!.token) ? clause.relative : undefined;
  const partOfResult = (start: number, end: number) => result !== undefined && start > result[0] && end <= result[1];
  return spans.filter(([start, end]) => (end > start + 1 || !(describedByGerund(words, roles, start) || measures(words, roles, start))) && !/^-\p{L}/u.test(wordAt(words, end).token) && !/\p{L}-$/u.test(wordAt(words, start - 1).token) && !partOfResult(start, end));
}

/**
 * Spans that only a lead too long for any other cut may lose, rather than be cut before its verb
 * (`Plans to portray … as cannibals` lost `have been criticised`): what a subject is in or of, up to its
 * verb (`Plans … [in the sequel to hit film Pirates of the Caribbean] criticised`); the middle of a chain
 * of `of`s before a name (`director of [the film adaptation of] Philip Pullman's …`); `latest` after an
 * article or a possessive (`Michael Howard's [latest] announcement`).
 */
export function fittingSpans(words: readonly Word[], roles: readonly Role[], clause?: MainClause): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (clause && !/[,;:]$/.test(wordAt(words, clause.start - 1).token)) {
    const first = words.findIndex((word, i) => i > clause.from + 1 && i < clause.start && word.kind === "prep" && word.token !== "of" && roleAt(roles, i - 1) === "noun" && !insideName(words, i));
    // Not a subject's only name: `Former chief financial officer [at WorldCom]` names no one without it.
    const named = (from: number, to: number) => words.slice(from, to).some((word) => word.kind === "name");
    if (first !== -1 && (named(clause.from, first) || !named(first, clause.start)) && !words.slice(first, clause.start).some((word) => /[,;:]$/.test(word.token) || word.kind === "aux" || word.kind === "rel")) spans.push([first, clause.start]);
  }
  for (let i = 1; i < words.length; i++) {
    const before = words[i - 1]!;
    if (before.token === "of" && words[i]!.kind === "det") {
      let of = i + 1;
      while (of < i + 4 && roleAt(roles, of) === "noun" && words[of]!.kind === "word" && !/[,;:]$/.test(words[of]!.token)) of++;
      if (of > i + 1 && wordAt(words, of).token === "of" && wordAt(words, of + 1).kind === "name") spans.push([i, of + 1]);
    }
    if ((before.kind === "det" || /\p{L}['’]s$/u.test(before.token)) && words[i]!.token === "latest" && roleAt(roles, i + 1) === "noun") spans.push([i, i + 1]);
    // A relative clause past the main verb, up to the verb of the clause it is in: `rules that a woman [who
    // was kept on life support against her family's wishes] can be allowed to die`.
    if (/^(?:who|which)$/.test(words[i]!.token) && roleAt(roles, i - 1) === "noun" && clause && i > clause.end) {
      const verb = words.findIndex((word, k) => k > i + 2 && word.kind === "aux" && FINITE_AUX.has(word.token.toLowerCase()) && roleAt(roles, k - 1) === "noun" && !/[,;:]$/.test(words[k - 1]!.token));
      if (verb !== -1 && !words.slice(i, verb).some((word) => /[,;:]$/.test(word.token))) spans.push([i, verb]);
    }
    // A round count after `and`, before what it counts: `products and [tens of thousands of] visitors`.
    for (const end of before.token === "and" ? [i + 4, i + 2] : []) {
      if (ROUND_COUNT.test(words.slice(i, end).map((word) => word.token).join(" ")) && roleAt(roles, end) === "noun") spans.push([i, end]);
    }
  }
  // Never a name the story keeps coming back to: `Some 2,000 jobs [at MG Rover's Midlands plant]`.
  return spans.filter(([start, end]) => !words.slice(start, end).some((word) => word.kind === "name" && word.uses >= STORY_USES));
}

/** How often the article must use a name for it to be what the story is about. */
const STORY_USES = 4;

const ROUND_COUNT = /^(?:(?:dozens|tens|hundreds) of )?(?:dozens|hundreds|thousands|millions) of$/i;

/**
 * Whether the one noun at `i` is what a word in -ing describes before a name: without it that word reads as
 * a verb of the name (`defending [champion] Williams`, `outgoing [president] Okafor`). Not after an
 * auxiliary, where the word in -ing is a verb already: `are suing [giant] Wal-Mart`.
 */
function describedByGerund(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  return /^\p{Ll}+ing$/u.test(wordAt(words, i - 1).token) && wordAt(words, i - 2).kind !== "aux" && wordAt(words, i + 1).kind === "name" && roleAt(roles, i) === "noun";
}

/** Whether the word at `i` is an amount that measures the noun after it: `an [eight-year] ban`, `a [four-month] jail sentence` are the news. */
function measures(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  return MEASURE.test(words[i]!.token) && roleAt(roles, i + 1) === "noun";
}

/** A hyphenated amount of something: `eight-year`, `24-hour`, `£10m-a-year`. */
const MEASURE = /^(?:[$£€]?\d[\d.,]*\p{Ll}*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-\p{Ll}/iu;

const QUANTIFIER = /^(?:more|less|fewer|most|many|much)$/i;
/** Spans of time, counted: `weekends`, `months`, `years`. */
const PERIODS = /^(?:hours|days|nights|weeks|weekends|months|years|decades|seasons)$/i;

/** Where the inner prepositional phrase opening at word `i` ends, if it can go whole; -1 if not. */
function innerPhraseEnd(words: readonly Word[], roles: readonly Role[], i: number, clause: MainClause | undefined): number {
  const quantity = words[i]!.token === "of" && (wordAt(words, i - 1).kind === "num" || wordAt(words, i - 1).kind === "det" || /^(?:much|many|most|some|all|part|half|none|each|both)$/i.test(wordAt(words, i - 1).token)); // `much [of Europe]`
  if (!((words[i]!.kind === "prep" && !quantity) || (words[i]!.kind === "to" && wordAt(words, i + 1).kind === "name")) || insideName(words, i)) return -1;
  // Not a comparison (`than …`), nor a phrase whose preposition or noun another word hangs on (`from [around the world]`).
  // Nor a verb's complement: `is [in talks] with`, `hoping [for talks] with`; nor a particle's (`clamping
  // down [on credit]`), nor `from` before a gerund, which a verb asks for and whose loss reverses it: `stop
  // the economy [from overheating]`.
  // Nor what a verb asks for after its object: `turns colours [into notes]`, `leaves rates [on hold]`.
  if (asksComplement(words, roles, i - 1) || idiomCut(wordAt(words, i - 1).token, words[i]!.token, (distance) => words[i - 1 - distance]?.token)) return -1; // `negotiate their way [through a tough draw]`
  // Nor the rest of a proportion: `fewer than one [in five teachers]`.
  if (/^(?:in|out)$/.test(words[i]!.token) && /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(wordAt(words, i - 1).token)) return -1;
  // Nor what a span of time counts from: `two minutes [from time]`, `three days [after the storm]`.
  if (/^(?:from|after|before|into)$/.test(words[i]!.token) && /^(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|seconds?)$/i.test(wordAt(words, i - 1).token) && wordAt(words, i - 2).kind === "num") return -1;
  // Nor what an action is done without, which says what is wrong with it: `detaining suspects [without trial] breaks the law`.
  if (words[i]!.token === "without") return -1;
  // Nor who failed someone: without it, `cyclist was failed [by a council]` reads `cyclist failed` once headlinese drops `was`.
  if (words[i]!.token === "by" && /^failed$/i.test(wordAt(words, i - 1).token) && /^(?:was|were|been|being|is|are)$/i.test(wordAt(words, i - 2).token)) return -1;
  // Nor what a counted span of time is of, all it says: `nine consecutive weekends [of rail replacement buses]`, `two years [of talks]`.
  if (words[i]!.token === "of" && PERIODS.test(wordAt(words, i - 1).token) && words.slice(Math.max(0, i - 4), i - 1).some((word) => word.kind === "num")) return -1;
  // Nor what a bare noun is about, all it says: `phishing and stories [about ID theft] are damaging`.
  if (words[i]!.token === "about" && roleAt(roles, i - 1) === "noun" && !/^(?:det|name)$/.test(wordAt(words, i - 2).kind) && roleAt(roles, i - 2) !== "noun") return -1;
  // Nor the owner of a place a preposition names: `in the eyes [of voters]`, `at the centre [of its budget]`.
  if (words[i]!.token === "of" && /^the$/i.test(wordAt(words, i - 2).token) && wordAt(words, i - 3).kind === "prep") return -1;
  // Nor whose relative or friend someone is: `sold to a relative [of the former president]`.
  if (words[i]!.token === "of" && KIN.test(wordAt(words, i - 1).token)) return -1;
  // Nor what a subject with no name is of: `the former head [of HealthSouth]`, `details [of the chip]` name no one without it.
  if (/^(?:of|at|for)$/.test(words[i]!.token) && clause && i < clause.start && !words.slice(clause.from, i).some((word) => word.kind === "name")) return -1; // `the finance chief [at WorldCom]`, `a spokesman [for the firm]`
  const before = wordAt(words, i - 1);
  if (before.kind === "prep" || words[i]!.token === "than" || i === clause?.end || roleAt(roles, i - 1) === "verb") return -1;
  if (/^(?:is|are|was|were|be|been|being)$/i.test(before.token) || PARTICLES.has(before.token)) return -1;
  if (words[i]!.token === "from" && /^\p{Ll}+ing$/u.test(wordAt(words, i + 1).token)) return -1;
  // Nor an action a noun is about, a gerund alone or before its object: `no thoughts [of quitting]`, `a ban
  // [on smoking]` say the opposite or nothing without it; a gerund before a noun only describes it (`in [mining] firms`).
  if (actionAfter(words, i)) return -1;
  const end = phraseEnd(words, roles, i + 1);
  // What follows must not hang on the phrase: the main verb (`shares [in UK Coal] fell`), a clause, or a
  // conjunction; not another phrase, which may hang on the phrase's noun (`woo voters [with the launch
  // of a manifesto] for women`, `hopes of a place [on the Lions tour] to New Zealand`).
  // Past an aside between dashes, what follows it: `after its release date [- 16 July -] was announced` is a clause.
  const close = /^[-–—]$/.test(wordAt(words, end).token) ? words.findIndex((word, j) => j > end && /^[-–—]$/.test(word.token)) : -1;
  const next = close > end ? words[close + 1] : words[end];
  if (close > end && (next?.kind === "aux" || roleAt(roles, close + 1) === "verb")) return -1;
  const follows = clause ? end === clause.start : roleAt(roles, end) === "verb";
  // Nor a relative clause, which hangs on the nearest noun: `makers [of computer programs] that spy` has the makers spying.
  // An opening phrase before the subject, with no comma: `[For the past decade or so] the fans have …`.
  const opening = i === 0 && clause !== undefined && clause.from === 0 && end < clause.start && (next?.kind === "det" || next?.kind === "name");
  const free = follows || opening || (next !== undefined && next.token !== "than" && ["conj", "rel", "punct"].includes(next.kind) && !/^(?:who|which|that|whose|whom)$/i.test(next.token));
  const ends = /[,;:]$/.test(words[end - 1]!.token);
  const head = wordAt(words, end - 2).token === "or" && /^so,?$/.test(words[end - 1]!.token) ? end - 3 : end - 1; // `decade [or so]`
  return end > i + 1 && end < words.length && !ends && roleAt(roles, head) === "noun" && free ? end : -1;
}

/**
 * In a run of nouns from `start` to `end`, what can go: a descriptor before a name whole (`US aircraft
 * firm Boeing` → `Boeing`), or words before the head that are not names or numbers (`former production
 * unit` → `unit`).
 */
function modifierSpans(words: readonly Word[], roles: readonly Role[], start: number, end: number, loose: boolean): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  // A capitalised number before a name is the name's own first word: `Six Nations`, `Formula One`.
  const named = (i: number) => words[i]!.kind === "name" || (i > 0 && words[i]!.kind === "num" && /^\p{Lu}\p{Ll}/u.test(words[i]!.token) && wordAt(words, i + 1).kind === "name");
  // A possessive starts a phrase of its own, which describes nothing before it: nothing before it goes
  // (`the way [Tony Blair's] government works` never loses `way`).
  let possessive = -1;
  for (let i = start + 1; i < end - 1; i++) if (/['’]s$/.test(words[i]!.token)) possessive = i;
  // A number after `in` or `of` is a proportion or a part: `one in [10] Americans` says nothing without it.
  const proportion = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)$/i.test(words[start]!.token) && /^(?:in|of)$/i.test(wordAt(words, start - 1).token);
  // Nor the verb after one that takes a bare verb: `helped [lift] Channel 4's share`.
  const verb = wordAt(words, start - 1);
  const objectFront = /^(?:help|helps|helped|helping|make|makes|made|making|let|lets)$/i.test(verb.token);
  for (let b = Math.max(start + 1, possessive + 1); b < end && !proportion && !/^help/i.test(verb.token); b++) {
    // A nationality before a lower-case noun is no name the run ends on: in `offer worth 3.1bn [Australian] dollars` it says which dollars.
    if (!named(b) || named(b - 1) || (DEMONYM.test(words[b]!.token) && wordAt(words, b + 1).kind === "word" && roleAt(roles, b + 1) === "noun")) continue;
    const descriptor = words.slice(start, b);
    // A title's own word stays (`director of [rugby] Philippe Saint-Andre`); a name's goes with the whole
    // name before it (`[Republic of Ireland manager] Kerr`, never `Republic of Kerr`).
    const name = /^of$/i.test(wordAt(words, start - 1).token) && /^\p{Lu}[^,;:]*$/u.test(wordAt(words, start - 2).token) ? nameStart(words, start - 1) : start;
    if (name === start && b - start === 1 && /^of$/i.test(wordAt(words, start - 1).token)) continue;
    if (/['’]s?$/.test(wordAt(words, name - 1).token)) continue; // what a possessive owns: `women's [favourite] Serena Williams`
    // `US aircraft firm [Boeing]`, `[mining firm] WMC`; not `from [suing] Parmalat`, `from ["demonising" media chief] Campbell`
    // (after a preposition a word in -ing is a verb) nor `for [best film] Oscar`. A sentence's
    // opening description goes whole, `former` too: `Former England captain Johnson` is `Johnson`.
    const verbLike = (word: Word, i: number) => /ing["”’]?$/.test(word.token) && (start + i === b - 1 || (i === 0 && /^(?:prep|to)$/.test(wordAt(words, start - 1).kind)));
    const inCompound = (word: Word) => /^\p{Ll}+ing$/u.test(word.token); // `mining` of `mining firm`
    if (descriptor.some((word) => word.kind === "word") && !descriptor.some((word, i) => verbLike(word, i) || (carriesMeaning(words, start + i, start) && !inCompound(word) && !(name === 0 && /^(?:former|ex)$/i.test(word.token))))) spans.push([name, b]);
  }
  const head = end - 1;
  // Right after a verb, the run is its object: no front of it goes where what follows is no noun head (`keep
  // [council tax bills] down`, `make [phones] cheaper`), nor after a verb that takes a bare verb (`help [raise] funds`).
  if (objectFront || (verb.kind === "word" && (PARTICLES.has(words[head]!.token.replace(/,$/, "")) || /^\p{Ll}+er,?$/u.test(words[head]!.token)))) return spans;
  // A number as head is an amount or an age, and the word before it says which: `aged [62]`, `up [5%]`.
  // A noun before a gerund is what is done (`[street] cleaning`, `[fox] hunting`): `cleaning` alone says nothing.
  // A particle is no head: `number of [people] out of work` keeps its noun.
  if (named(head) || words[head]!.kind === "num" || /^\p{Ll}{2,}ing$/u.test(words[head]!.token) || PARTICLES.has(words[head]!.token) || words[head]!.token === "over") return spans;
  // Only from the front, so no modifier is left without what it modified (`first minister's statement`
  // never becomes `first statement`), and never past a word that carries the meaning (`first`, `no`).
  // After `the`, the word next to the head stays: it says which one (`the national schools [robotics] final`,
  // `the [harbour] wall`), and headlinese drops the `the` that told the reader it was a known one.
  // At the very start, with no article, two words are one term: `[Climate] change and …`, `[Interest] rates rise`.
  if (!loose && start === 0 && end === 2) return spans;
  // A head the article never uses again is said by the modifier next to it, unless that only classifies (`[legal] action`):
  // `face [hard] times`, `in [short] supply`, `hit [five-year] high`, `an [internet] stock picker`.
  const said = end - start >= 2 && words[head]!.uses <= 1 && !looksAdjective(words[head - 1]!.token);
  const last = said || (!loose && start > 1 && /^(?:the|his|her|its|their)$/.test(wordAt(words, start - 1).token)) ? head - 1 : head;
  // Nor a named owner: `[Germany's] economy grew` is no news about an economy; nor the owner that bounds a
  // superlative: `the [world's] most important libraries` are not the most important of all.
  // Nor people in the plural, who are no modifier but the head an adjective describes: `audience of [youngsters] keen to …`.
  for (let b = start + 1; b <= last && b > possessive && words[b - 1]!.kind === "word" && !/^\p{Lu}\S*['’]s$/u.test(words[b - 1]!.token) && !carriesMeaning(words, b - 1, start) && !boundsSuperlative(words, b - 1) && !PEOPLE.test(words[b - 1]!.token); b++) spans.push([start, b]);
  return spans;
}

/** Whether the adverb at `i` opens a phrase after a comma, which says what it adds: `popular, [especially] with criminals`. */
function opensAfterComma(words: readonly Word[], i: number): boolean {
  return /,$/.test(wordAt(words, i - 1).token) && (wordAt(words, i + 1).kind === "prep" || wordAt(words, i + 1).kind === "to");
}

/** Whether the adverb at `i` ends the sentence or its clause, where it says how of all that went before: `claiming it portrays Islam [unfairly]`. */
function endsClause(words: readonly Word[], i: number): boolean {
  return /ly[,;:]?$/.test(words[i]!.token) && (i === words.length - 1 || /[,;:]$/.test(words[i]!.token));
}

/** Whether the adverb at `i` says when from an amount of time before it: `from a year [earlier]`, `two days [later]`. */
function afterAmountOfTime(words: readonly Word[], i: number): boolean {
  return /^(?:earlier|later|before|ago)\b/i.test(words[i]!.token) && /^(?:years?|months?|weeks?|days?|decades?|hours?|minutes?)$/i.test(wordAt(words, i - 1).token);
}

/** Whether the adverb at `i` stands between a passive's `be` and the participle that ends the sentence: `is [fairly] run`. */
function endingPassive(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  return i + 2 === words.length && roleAt(roles, i + 1) === "verb" && /^(?:is|are|was|were|be|been|being)$/i.test(wordAt(words, i - 1).token);
}

/** Plurals of people, by their endings: `youngsters`, `workers`, `economists`, `musicians`, `residents`, `employees`. */
const PEOPLE = /^\p{Ll}{2,}(?:ers|sters|ists|ians|ants|ents|ees)$/u;

/** Ordinals, comparatives, negatives and superlatives: `for the first time` is not `for the time`. */
function carriesMeaning(words: readonly Word[], i: number, start: number): boolean {
  const word = words[i]!.token.toLowerCase();
  if (/^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last|next|final|latest|past|previous|record|best|worst|top|more|less|fewer|most|least|no|non|only|former|ex|anti|pro|honorary|alleged|suspected|so-called|would-be|fake|mock|unofficial|almost|nearly|barely|potential|possible|proposed|planned|likely)$/.test(word)) return true;
  // What a thing is no longer or not yet, or not openly: `a [lost] score by Bach`, `[unreleased] products`.
  if (/^(?:lost|missing|stolen|unreleased|unpublished|unseen|unknown|secret|counterfeit|forged|illegal|pirated|pirate|bogus|illicit|unlicensed|unauthorised|unauthorized|fraudulent)$/.test(word)) return true;
  // What turns the noun into its opposite or one narrow kind of it: `ends [negative] interest rates`, `ban on [disposable] vapes`.
  if (/^(?:negative|positive|disposable|single-use|unpaid|temporary|permanent|partial|minimum|maximum)$/.test(word)) return true;
  // A compound that says which round or day: `a [first-round] defeat`, `a [last-minute] winner`.
  if (/^(?:first|second|third|fourth|fifth|last|final)-\p{Ll}/u.test(word)) return true;
  if (/^(?:northern|southern|eastern|western)$/.test(words[i]!.token)) return true; // `[northern] hemisphere`; not a name's `Northern` // `an [honorary] Golden Bear` is no Golden Bear
  if (/^(?:all|every)$/.test(words[i]!.token)) return true; // `of [all] time`; not the name `All Blacks`
  // `in the face of [falling] sales`, `plays [down] talk`: the news, and a verb's particle.
  if (/^\p{Ll}+ing$/u.test(word) || PARTICLES.has(word) || word === "over") return true;
  if (isParticipleOnly(word)) return true; // `despite a [broken] arm`, `[stolen] goods`
  if (/^(?:fast|slow|high|low|big|small|larg|great|strong|weak|long|short|cheap|deep|wid)(?:er|est)$/.test(word)) return true; // `a faster rate`
  const before = words[start - 1];
  return /\p{L}est$/u.test(word) && (before?.kind === "det" || /['’]s$/.test(before?.token ?? "")); // `Japan's newest members`
}

/** Where the name that the `of` at `i` is inside starts: `[Republic] of Ireland`, `[Bank] of England`. */
function nameStart(words: readonly Word[], i: number): number {
  let start = i;
  while (start > 0 && /^\p{Lu}/u.test(words[start - 1]!.token) && !/[,;:]$/.test(words[start - 1]!.token)) start--;
  return start;
}

/** A possessive before a superlative: `world's [most] important`, `Europe's [largest] bank`. */
function boundsSuperlative(words: readonly Word[], i: number): boolean {
  return /['’]s$/.test(words[i]!.token) && /^(?:most|least|best|worst|\p{Ll}{2,}est)$/u.test(wordAt(words, i + 1).token);
}

/** Whether the preposition at `i` takes a gerund that names an action: alone, or before its object. */
function actionAfter(words: readonly Word[], i: number): boolean {
  const after = wordAt(words, i + 2);
  return /^\p{Ll}{2,}ing$/u.test(wordAt(words, i + 1).token) && (i + 2 >= words.length || /[,;:]$/.test(words[i + 1]!.token) || !["word", "num"].includes(after.kind) || /^\p{Ll}+ly$/u.test(after.token));
}

/** The end of the noun phrase from `start`: an article, nouns, and `of` or `and` more nouns. */
function phraseEnd(words: readonly Word[], roles: readonly Role[], start: number): number {
  let end = start;
  if (wordAt(words, end).kind === "det") end++;
  while (end < words.length && roleAt(roles, end) === "noun") {
    end++;
    if (/[,;:]$/.test(words[end - 1]!.token)) break;
    const joined = wordAt(words, end).token === "of" || (/^(?:and|or)$/.test(wordAt(words, end).token) && (wordAt(words, end + 1).kind === "name" || end + 2 === words.length || !/(?:[^s]s|ed)$/.test(wordAt(words, end + 1).token)));
    if (joined && wordAt(words, end + 1).kind === "det" && roleAt(roles, end + 2) === "noun") end += 2; // `of the US`
    else if (joined && roleAt(roles, end + 1) === "noun") end++; // `of` more nouns; `and` or `or` more, unless a verb follows (`by 8% and raises`); a name or a last word is none (`in England and Wales`, `from web journals or blogs`)
  }
  // An approximation is the phrase's own: `for the past decade [or so]`.
  if (wordAt(words, end).token === "or" && /^so,?$/.test(wordAt(words, end + 1).token)) end += 2;
  return end;
}

/**
 * Where a comparison after the subject's noun opens (`planet [slightly larger than our own] appears`): a
 * comparative, an adverb before it at most, and `than`, with no comma or verb before the main verb; -1 if none.
 */
function comparisonBeforeVerb(words: readonly Word[], roles: readonly Role[], clause: MainClause): number {
  for (let i = clause.from + 1; i < clause.start - 2; i++) {
    if (roleAt(roles, i - 1) !== "noun" || /[,;:]$/.test(words[i - 1]!.token)) continue;
    const comparative = roleAt(roles, i) === "adverb" ? i + 1 : i;
    if (!COMPARATIVE.test(words[comparative]!.token) || wordAt(words, comparative + 1).token !== "than") continue;
    return words.slice(i, clause.start).some((word, k) => /[,;:]$/.test(word.token) || roleAt(roles, i + k) === "verb" || word.kind === "aux") ? -1 : i;
  }
  return -1;
}

/** Where the object starts when a phrase comes between it and the main verb (`approved [on final reading] a bill`): its article; -1 if no such phrase. */
export function objectAfterPhrase(words: readonly Word[], roles: readonly Role[], clause: MainClause): number {
  const verb = words[clause.end - 1]!;
  if (wordAt(words, clause.end).kind !== "prep" || /[,;:]$/.test(verb.token) || roleAt(roles, clause.end - 1) !== "verb" || /^(?:is|are|was|were|be|been)$/i.test(verb.token)) return -1;
  for (let j = clause.end + 2; j < Math.min(words.length - 1, clause.end + 9); j++) {
    const before = words[j - 1]!;
    // A word in -ing after a modifier in the phrase heads it (`on final [reading] a bill`); after a plural, or
    // before a possessive, it is a participle with its object (`for people [celebrating] their birthday`).
    const noun = roleAt(roles, j - 1) === "noun" || (/^\p{Ll}+ing$/u.test(before.token) && roleAt(roles, j - 2) === "noun" && !isPlural(words[j - 2]!.token) && /^(?:a|an|the)$/.test(words[j]!.token));
    if (/[,;:]$/.test(before.token) || (roleAt(roles, j - 1) === "verb" && !noun) || before.kind === "aux" || (before.kind === "prep" && j - 1 > clause.end)) return -1;
    if (/^(?:a|an|the|its|his|her|their)$/.test(words[j]!.token) && noun) return j;
  }
  return -1;
}
