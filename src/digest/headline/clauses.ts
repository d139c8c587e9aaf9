import { baseOfPast, canBeParticiple, isParticipleOnly, isPastForm } from "../verbs.ts";
import { roleAt, wordAt, type Role, type Word } from "./salience.ts";
import { isOrdinal, isSuperlative, lowerWord, PARTICLES } from "./wordclass.ts";

/**
 * The lead's main clause, as far as position and a few closed word lists tell: which verb group says
 * what happened, and which clause between the subject and that verb is detail. Compression must keep
 * the one and may drop the other; without it, `attendant suspended over images … says she has been
 * fired` loses `says` and reads as its opposite.
 */
export interface MainClause {
  /** The verb group, `has resigned`, `could soon be`, `says`: kept whole (adverbs aside). */
  start: number;
  end: number;
  /** A relative or participle clause after the subject and before the verb (`who prefer …`), if any. */
  relative?: readonly [number, number];
  /** Where the subject starts: a leading clause before it (`After a year in the post, …`) never stays. */
  from: number;
}

/** Auxiliaries and modals that carry tense: one of them makes a clause finite. */
export const FINITE_AUX = new Set(["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "does", "did", "do"]);
/** Verbs of saying are the lead's main verb more often than any other; no position shows them. */
export const SAYING = new Set(["says", "said", "tells", "told", "insists", "insisted", "claims", "claimed", "warns", "warned", "admits", "admitted", "believes", "denies", "denied", "confirms", "confirmed", "announces", "announced", "reveals", "revealed"]);
/** Adverbs that sit inside a verb group: `could soon be`, `has also said`. */
const INNER_ADVERBS = new Set(["not", "never", "soon", "now", "also", "still", "already", "just", "finally", "again", "yet", "even", "only", "reportedly", "allegedly", "officially"]);
const SUBJECT_PRONOUNS = new Set(["he", "she", "it", "they", "we", "i", "you", "who", "which", "that", "there"]);

const lower = (word: Word) => lowerWord(word.token, true);

export function findMainClause(words: readonly Word[], roles: readonly Role[]): MainClause | undefined {
  // A leading clause closed by a comma (`After a year in the post, …`) is not where the main verb is.
  let from = 0;
  const first = wordAt(words, 0).kind;
  const comma = words.findIndex((word) => /,$/.test(word.token));
  // Not a quantity: `Around 900,000 households …`, `At least 14 people …` open the subject (a year is a time: `By 2025, …`).
  const count = wordAt(words, 1).kind === "num" ? 1 : /^(?:least|most)$/i.test(wordAt(words, 1).token) && wordAt(words, 2).kind === "num" ? 2 : 0;
  if ((first === "prep" && (count === 0 || /^(?:19|20)\d\d\b/.test(wordAt(words, count).token))) || first === "rel" || first === "conj") {
    from = comma + 1;
  } else if (/^(?:less|more)$/i.test(wordAt(words, 0).token) && !words.slice(0, comma).some((_, i) => isFinite(words, roles, i, 0))) {
    from = comma + 1; // `Less than four years after the launch, BMW …`; not `More than 90% of firms are …, a survey says`
  } else if (comma > 0) {
    // `Three years after Argentina was hit by crisis, there is fresh hope`: a subordinate clause before
    // any verb of the sentence's own, closed by a comma, leads in.
    const opener = words.findIndex((word, i) => i < comma && SUBORDINATORS.has(lower(word)));
    if (opener > 0 && !words.slice(0, opener).some((_, i) => isFinite(words, roles, i, 0))) from = comma + 1;
  }
  if (from > 0 && /^then$/i.test(wordAt(words, from).token)) from++; // `If broadband were a jet, [then] 2003 saw …`
  const finite: number[] = [];
  let aside = false; // between dashes: `Yuganskneftegas - the oil firm sold to a buyer - is …`
  let relativeAside = false; // between commas, a relative that says more of a noun: `residents, [several of whom had dementia,]`
  for (let i = from; i < words.length; i++) {
    if (/^[-–—]$/.test(words[i]!.token)) aside = !aside;
    let closed = false; // the comma before this word closed such an aside: no new clause
    if (i > from && /,$/.test(words[i - 1]!.token)) {
      if (relativeAside) [relativeAside, closed] = [false, true];
      else relativeAside = words.slice(i, i + 4).some((word) => /^(?:who|whom|whose|which)$/i.test(word.token)) && words.slice(i, i + 12).some((word, k) => k > 0 && /,$/.test(word.token));
    }
    if (relativeAside) continue;
    if (!closed && finite.length > 0 && /[,;]$/.test(words[i - 1]!.token)) break; // the rest is another clause
    if (finite.length > 0 && SUBORDINATORS.has(lower(words[i]!))) break; // `… after Japan denied …`
    if (!aside && isFinite(words, roles, i, from) && !saysWhatNounSays(words, i)) finite.push(i);
  }
  if (finite.length === 0) return undefined;
  // After a relative clause (`man making sure networks are safe has resigned`), or a participle that
  // starts one (`attendant suspended over images says`), the clause's own verbs come first.
  const relative = relativeAfterSubject(words, roles, from, finite[0]!) ?? (isReducedRelative(words, roles, finite[0]!) ? finite[0] : undefined) ?? questionInSubject(words, roles, from, finite[0]!);
  // A `who`/`which`/`that` clause's own verb is no candidate (it follows a relative), so the next one is the
  // main verb; a participle clause may hold a finite verb of its own, so it is the last sure one.
  const byRelative = relative !== undefined && /^(?:who|which|that)$/i.test(words[relative]!.token);
  // A `whose` clause has a subject of its own (`firm whose main product is derived …`): its verb is finite, and the next one is the main verb.
  const byWhose = relative !== undefined && /^whose$/i.test(words[relative]!.token);
  // A verb of a clause that `how`, `what` or `whether` opened inside the relative is that clause's own:
  // `firms that flout rules on how extras [are] sold could be cut off`.
  let opened = relative ?? 0;
  const after = relative === undefined ? [] : finite.filter((i) => {
    if (i <= relative) return false;
    // So does `that` right after a verb: `survey conducted by … has revealed that Britons [are] unhappy`.
    // And after a word in -ing, whatever position made of it: `sacked days after complaining that the fridge [was] broken`.
    // So does a relative of its own inside: `has discovered a comet [that] experts say could be visible`.
    const inner = words.slice(opened + 1, i).some((word, k) => OPENERS.has(lower(word)) ||
      (lower(word) === "that" && (roleAt(roles, opened + k) === "verb" || roleAt(roles, opened + k) === "noun" || /\p{Ll}ing$/u.test(words[opened + k]!.token))));
    opened = i;
    return !inner;
  });
  // A `that` clause with a subject of its own has its own verb too: `issues [that voters should be
  // considering before polling day] are to be debated`; the main verb is the next, past any `before` phrase.
  const ownSubject = byRelative && (roleAt(roles, relative + 1) === "noun" || wordAt(words, relative + 1).kind === "det" || (wordAt(words, relative + 1).kind === "word" && wordAt(words, relative + 2).kind === "aux")) && after[0] !== undefined;
  // Past a participle clause, a verb of saying or knowing with verbs after it is the main one, and theirs
  // its object's: `citizens in nations surveyed in a poll [believe] the economy is worsening`.
  const knowing = after.find((i) => KNOWING.test(words[i]!.token) && roleAt(roles, i) === "verb" && wordAt(words, i - 1).kind !== "aux" && i < after[after.length - 1]!);
  // A question's verb group is its own: `a row over whether Greece should be allowed to label its cheese feta [has] reached`.
  const byQuestion = relative !== undefined && OPENERS.has(lower(words[relative]!));
  const later = relative === undefined ? undefined : ownSubject ? nextFinite(words, roles, from, after[0]!) : byRelative ? after[0] : byWhose ? after[1] : byQuestion ? after.find((i) => i > finite[0]! && surelyFinite(words[i]!) && roleAt(roles, i - 1) === "noun") :
    knowing ?? after.filter((i) => surelyFinite(words[i]!) && wordAt(words, i - 1).kind !== "aux").pop() ?? // `has revealed` is one group
    afterAgent(words, relative, after) ??
    // Failing those, past a participle that was taken for a verb, the last past form right after a noun: `jurors in the trial of a man accused of running down his partner in a parking lot [heard]`.
    // Not past one before `to`, more likely the verb itself: `Union [agreed] to remove tariffs on goods traded …`.
    // Or right after the verb of a clause opened inside it: `corals taken from a lagoon where temperatures soar [survived]`.
    (relative === finite[0] && wordAt(words, relative + 1).kind !== "to" ? after.filter((i) => (roleAt(roles, i - 1) === "noun" || closesInnerClause(words, roles, relative, i)) && isPastForm(lower(words[i]!))).pop() : undefined);
  const main = later ?? (relative !== undefined && relative === finite[0] ? presentAfter(words, roles, relative) : undefined);
  const start = main ?? finite[0]!;
  let end = start + 1;
  if (words[start]!.kind === "aux") {
    while (end < words.length && (words[end]!.kind === "aux" || INNER_ADVERBS.has(lower(words[end]!)) || roleAt(roles, end) === "adverb")) end++;
    if (end < words.length && roleAt(roles, end) === "verb" && !/[,;]$/.test(words[end - 1]!.token)) end++;
  }
  return relative !== undefined && main !== undefined ? { start, end, relative: [relative, start], from } : { start, end, from };
}

/**
 * The verb right after a participle's agent, which can only be the main verb, even in a form that could
 * be a participle too: `injection developed by Cambrook Therapeutics [cut] the number of days`.
 */
function afterAgent(words: readonly Word[], participle: number, after: readonly number[]): number | undefined {
  if (wordAt(words, participle + 1).token !== "by") return undefined;
  let i = participle + 2;
  while (i < words.length && words[i]!.kind === "name" && !/[,;:]$/.test(words[i]!.token)) i++;
  return i > participle + 2 && after.includes(i) ? i : undefined;
}

/**
 * Whether the verb at `i` is a claim's or a report's own, its subject a pronoun right after the noun
 * (`dropped over claims [it was] not scary enough`): what the noun says, not the sentence's main clause.
 */
function saysWhatNounSays(words: readonly Word[], i: number): boolean {
  // The noun itself after a preposition or an article, which position took for a verb: `over [claims] it was`.
  if (CONTENT.test(words[i]!.token) && /^(?:prep|det)$/.test(wordAt(words, i - 1).kind)) return true;
  const before = wordAt(words, i - 1).kind === "pron" ? (wordAt(words, i - 2).token === "that" ? i - 3 : i - 2) : -1;
  return before >= 0 && CONTENT.test(words[before]!.token);
}
/** Nouns whose content a clause says: `claims [it was not scary enough]`, `rejects claims [that she is …]`, `on charges [that she embezzled …]`. */
export const CONTENT = /^(?:claims?|reports?|fears?|hopes?|suggestions?|allegations?|charges|rumou?rs?|speculation|warnings?|accusations?|evidence|signs?|assurances?|denials?|doubts?|concerns?)$/i;

/** The first finite verb after the verb group at `i`, within its clause: no comma or semicolon between. */
function nextFinite(words: readonly Word[], roles: readonly Role[], from: number, i: number): number | undefined {
  let k = i + 1;
  while (k < words.length && (words[k]!.kind === "aux" || roleAt(roles, k) === "verb") && !/[,;]$/.test(words[k - 1]!.token)) k++; // `should be considering`
  for (; k < words.length && !/[,;]$/.test(words[k - 1]!.token); k++) if (isFinite(words, roles, k, from)) return k;
  return undefined;
}

/** Whether word `i` follows the verb of a clause that `where`, `who`, `which` or `that` opened after word `relative`, with no comma between. */
function closesInnerClause(words: readonly Word[], roles: readonly Role[], relative: number, i: number): boolean {
  if (roleAt(roles, i - 1) !== "verb" || /[,;:]$/.test(words[i - 1]!.token)) return false;
  for (let j = i - 2; j > relative; j--) {
    if (/[,;:]$/.test(words[j]!.token)) return false;
    if (/^(?:where|who|which|that|when)$/i.test(words[j]!.token)) return true;
  }
  return false;
}

/**
 * Past a participle clause, a word in -s after a noun and before `to` or an article: `suspect held in
 * Guantanamo for 33 months [plans] to sue`, which position alone took for a noun.
 */
function presentAfter(words: readonly Word[], roles: readonly Role[], relative: number): number | undefined {
  for (let i = relative + 1; i < words.length && !/[,;:]$/.test(words[i - 1]!.token); i++) {
    const next = wordAt(words, i + 1).kind;
    // Not a noun with a passive infinitive, which says what is to be done with it: `allow five wind turbines [to be built]`.
    const passive = next === "to" && wordAt(words, i + 2).token === "be" && canBeParticiple(lower(wordAt(words, i + 3)));
    if (roleAt(roles, i - 1) === "noun" && /^\p{Ll}+[^s'’]s$/u.test(words[i]!.token) && (next === "to" || next === "det") && !passive) return i;
  }
  return undefined;
}

/** Where a question in the subject opens, after a noun or a preposition: `a row over [whether] …`, `the question [how] …`. */
function questionInSubject(words: readonly Word[], roles: readonly Role[], from: number, before: number): number | undefined {
  const at = words.findIndex((word, i) => i > from && i < before && OPENERS.has(lower(word)) && (wordAt(words, i - 1).kind === "prep" || roleAt(roles, i - 1) === "noun"));
  return at === -1 ? undefined : at;
}

/** Words that open a clause of their own inside another: `rules on how extras are sold`. */
export const OPENERS = new Set(["how", "what", "why", "whether", "where", "when", "if"]);

/** Verbs of saying and knowing, whose object is a clause with verbs of its own: `believe [the economy is worsening]`. */
export const KNOWING = /^(?:admit|prove|say|said|claim|warn|insist|believe|predict|reveal|confirm|den(?:y|ie)|argue|accept|suggest|show|found|find|fear|hope|think|thought|know|knew|announce|report|decide|agree|conclude)/i;
/** Words that open a subordinate clause: a verb after them is not the main one. */
export const SUBORDINATORS = new Set(["after", "before", "since", "until", "as", "when", "while", "because", "although", "though", "if", "unless", "whereas", "amid", "despite", "following"]);

/** An auxiliary, a verb of saying, a present in `-s` or a past that is no participle (`fell`, `rose`): no noun looks like one. */
function surelyFinite(word: Word): boolean {
  const token = lower(word);
  return word.kind === "aux" || SAYING.has(token) || /^\p{Ll}+[^s'’]s$/u.test(word.token) || (isPastForm(token) && !canBeParticiple(token) && baseOfPast(token) !== token);
}

/**
 * `attendant suspended over …`, `body designed to tackle …`: a participle right after a noun, before a
 * preposition or `to`, its particle between (`targets set out at the summit were …`).
 */
function isReducedRelative(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  const word = lower(words[i]!);
  const particle = VERB_PARTICLES.has(lower(wordAt(words, i + 1))) && wordAt(words, i + 1).kind === "word";
  // A past spelt like its base (`set`, `put`) may be a participle too where a particle follows it.
  const participle = canBeParticiple(word) || (particle && isPastForm(word) && baseOfPast(word) === word);
  // Past a second participle joined to it and an adverb: `satellite designed [and built entirely] in Wales`.
  let after = particle ? i + 2 : i + 1;
  if (/^(?:and|or)$/.test(wordAt(words, after).token) && canBeParticiple(lower(wordAt(words, after + 1)))) after += 2;
  if (/^\p{Ll}+ly$/u.test(wordAt(words, after).token)) after++;
  const next = wordAt(words, after).kind;
  return roleAt(roles, i - 1) === "noun" && participle && (next === "prep" || next === "to");
}

/** Particles of a phrasal verb that are no preposition here: `set [out]`, `drawn [up]`, `handed [over]`. */
const VERB_PARTICLES = new Set([...PARTICLES, "aside", "forward"]);

/** Whether word `i` carries tense: a finite auxiliary, a verb of saying, or a verb on its own. */
function isFinite(words: readonly Word[], roles: readonly Role[], i: number, from: number): boolean {
  const word = lower(words[i]!);
  const before = i > from ? lower(words[i - 1]!) : "";
  // A pronoun or relative before it, adverbs aside, makes a clause of its own (`says he will`, `that they
  // now have`), unless it is the subject.
  let subject = i - 1;
  while (subject > from && (INNER_ADVERBS.has(lower(words[subject]!)) || roleAt(roles, subject) === "adverb")) subject--; // `that [secretly] spy`
  if (subject > from && SUBJECT_PRONOUNS.has(lower(words[subject]!))) return false;
  // Not after a possessive (`Russia's proposed membership`), unless it is an auxiliary with its verb: a
  // name in 's (`Brightwell's will close`, `McDonald's has cut`).
  if (/['’]s$/.test(wordAt(words, i - 1).token ?? "") && !(words[i]!.kind === "aux" && wordAt(words, i - 1).kind === "name" && (roleAt(roles, i + 1) === "verb" || wordAt(words, i + 1).kind === "aux"))) return false;
  if (words[i]!.kind === "aux") return FINITE_AUX.has(word);
  // After `the first`, `the only`, `the largest`, a participle says which one: `is the first [confirmed] in the county`.
  if (/^the$/i.test(wordAt(words, i - 2).token) && (/^(?:only|last|next)$/.test(before) || isOrdinal(before) || isSuperlative(before))) return false;
  if (SAYING.has(word)) return true;
  if (roleAt(roles, i) !== "verb" || /ing$/.test(word)) return false;
  // A participle just after a comma opens an aside: `Harbourline Ferries, controlled by Saltmarsh Holdings, is …`.
  if (/,$/.test(wordAt(words, i - 1).token) && (/ed$/.test(word) || isParticipleOnly(word))) return false; // `…, known as Drink Or Die, have been`
  return wordAt(words, i - 1).kind !== "aux" && wordAt(words, i - 1).kind !== "to" && !INNER_ADVERBS.has(before);
}

/** `people who prefer to …`, `man making sure …`, `lawyers defending …`: where such a clause starts. */
function relativeAfterSubject(words: readonly Word[], roles: readonly Role[], from: number, before: number): number | undefined {
  for (let i = from + 1; i < before; i++) {
    if (roleAt(roles, i - 1) !== "noun" || /,$/.test(words[i - 1]!.token)) continue; // `bad weather, rising costs`: a list
    const word = lower(words[i]!);
    if (word === "who" || word === "which" || word === "that" || word === "whose") return i;
    // A degree and the result it has: `a frog [so small it can sit on a fingernail] is`.
    if (word === "so" && wordAt(words, i + 1).kind === "word" && /^(?:it|they|he|she|that)$/i.test(wordAt(words, i + 2).token)) return i;
    // Not a word that a comma closes: `records with their text messaging, with …` is no clause.
    if (roleAt(roles, i) === "verb" && /ing$/.test(word) && !/,$/.test(words[i]!.token) && !modifiesNoun(words, roles, i - 1)) return i;
  }
  return undefined;
}

/**
 * A common noun in the singular with nothing before it but a verb or a preposition is no head a clause
 * could describe, but a word of a compound: `to extend pub [opening] times should`, unlike `the man making`.
 */
function modifiesNoun(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  const token = words[i]!.token;
  if (!/^\p{Ll}/u.test(token) || /s$/.test(token)) return false;
  const before = wordAt(words, i - 1);
  return i > 0 && (roleAt(roles, i - 1) === "verb" || before.kind === "prep" || before.kind === "to");
}
