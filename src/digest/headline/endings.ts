import { isReducedRelative } from "./candidates.ts";
import { dangles } from "./finish.ts";
import { CONTENT, KNOWING, SUBORDINATORS, type MainClause } from "./clauses.ts";
import { roleAt, wordAt, type Role, type Word } from "./salience.ts";
import { isOrdinal, isSuperlative, looksAdjective, PARTICLES } from "./wordclass.ts";
import { canBeParticiple, isPastForm } from "../verbs.ts";

/**
 * Whether a headline may end on word `i`: not on a function word, a possessive, a dangling word, inside a
 * phrase or a pair, or on a verb that wants its object, its infinitive, its particle or its clause
 * (`Boeing unveils …`, `firms forced …`, `Howard has gone [on the offensive]`, `make clear [how …]`).
 */
export function canEnd(words: readonly Word[], roles: readonly Role[], i: number, clause: MainClause | undefined): boolean {
  const word = words[i]!;
  if (roleAt(roles, i) === "glue" || /['’]s$|s['’]$/.test(word.token) || dangles(word.token, wordAt(words, i - 1).token)) return false; // nor `officials'`; `on [hold]` ends its phrase
  if (halvesPhrase(words, roles, i) || verbLeftWanting(words, roles, i, clause) || beforeMainClause(words, roles, i, clause)) return false;
  if (insideContentClause(words, i)) return false;
  // Nor on a word after `and` that a count follows, its object: `close 140 stores and cut [about 3,000 jobs]`.
  if (wordAt(words, i - 1).token === "and" && /^\p{Ll}+$/u.test(word.token) && (wordAt(words, i + 1).kind === "num" || (/^(?:about|around|nearly|almost|some|over|up)$/.test(wordAt(words, i + 1).token) && wordAt(words, i + 2).kind === "num"))) return false;
  // Nor on an adverb that `and` opened the next verb with: `over a £2,000 debt and then [tried to …]`.
  if (wordAt(words, i - 1).kind === "conj" && (roleAt(roles, i) === "adverb" || /^then$/i.test(word.token))) return false;
  // What a copula says someone is, a phrase makes: `suggestions the champions are a team [in decline]`.
  if (/^an?$/i.test(wordAt(words, i - 1).token) && /^(?:is|are|was|were|be|been|being)$/i.test(wordAt(words, i - 2).token) && wordAt(words, i + 1).kind === "prep") return false;
  // A word in quotes before a noun describes it: `sending "offensive" and "threatening" [advertising material]`.
  if (/^["“‘]?\p{Ll}+["”’]$/u.test(word.token) && wordAt(words, i + 1).kind === "word" && /^\p{Ll}/u.test(wordAt(words, i + 1).token)) return false;
  // A score is not cut from the rest of its match: `stuns Markova 6-4, 3-6[, 7-5]`.
  if (/^\d{1,2}-\d{1,2},$/.test(word.token) && /^\d{1,2}-\d{1,2}\b/.test(wordAt(words, i + 1).token)) return false;
  // The clause ended here: `sales fell, [failing to …]`; not an aside that opened after `and,`, whose clause is still to come (`and, in internet years, [that is …]`).
  if (/[,;:]$/.test(word.token)) return !asideAfterConjunction(words, i);
  if (complementLeft(words, roles, i, clause)) return false;
  // `so` and its word want the result that follows: `gadget lovers are so hungry [for data many carry …]`.
  if (/^so$/i.test(wordAt(words, i - 1).token) && i + 1 < words.length) return false;
  // `the place [to be]`, `the first [to be told]`: which one, the infinitive says.
  if (/^the$/i.test(wordAt(words, i - 1).token) && wordAt(words, i + 1).kind === "to" && /^be$/i.test(wordAt(words, i + 2).token)) return false;
  // What someone is made, named or appointed is of something named: `made an officer [in the Order of Arts
  // and Letters]`, `appointed ambassador [to France]`; the honour or post alone says nothing.
  if (namedInto(words, i)) return false;
  // A verb that takes an infinitive keeps it past a phrase between: `have voted [by the narrowest of margins to introduce …]`.
  if (TAKES_INFINITIVE.test(word.token) && infinitiveAfterPhrase(words, i)) return false;
  // What something cost someone is the amount: `cost people [in the East Midlands more than £4.7m]`.
  if ([i - 1, i - 2].some((j) => /^(?:cost|costs|costing)$/i.test(wordAt(words, j).token)) && roleAt(roles, i) === "noun" && words.slice(i + 1, i + 8).some((later) => /^[$£€]\d/.test(later.token))) return false;
  // Nor on a passive `failed` before who failed them: `cyclist was failed [by a council]` would read `cyclist failed`.
  if (/^failed$/i.test(word.token) && wordAt(words, i + 1).token === "by" && /^(?:was|were|been|being|is|are)$/i.test(wordAt(words, i - 1).token)) return false;
  // A sentence says what for: `jailed for four years [for stealing £90,000 from a church fund]`.
  if (/^(?:after|for)$/.test(wordAt(words, i + 1).token) && /^\p{Ll}+ing$/u.test(wordAt(words, i + 2).token) && words.slice(Math.max(0, i - 6), i + 1).some((earlier) => SENTENCED.test(earlier.token))) return false;
  // A copula and its adverb want what the subject is: `households are still [without power]`.
  if (/^(?:still|now|also|already|again|yet|not|never)$/i.test(word.token) && /^(?:is|are|was|were|be|been|remain|remains|remained)$/i.test(wordAt(words, i - 1).token)) return false;
  // A multiple says of what: `warming almost twice [as fast as the air]`, `three times [as likely]`.
  if (/^(?:twice|thrice|half|times)$/i.test(word.token) && wordAt(words, i + 1).token === "as") return false;
  // A count has its other side: `voted seven [to four]`.
  if (word.kind === "num" && wordAt(words, i + 1).kind === "to" && wordAt(words, i + 2).kind === "num") return false;
  // Nor on a word between a determiner and the rest of its phrase: `on the edge of this small [farming town]`.
  if (betweenDeterminerAndNoun(words, roles, i)) return false;
  // Which ones `one of` them is, the relative after them says: `one of about 300 residents [whose homes were flooded]`.
  if (/^(?:who|whose|that|which)$/i.test(wordAt(words, i + 1).token) && !/,$/.test(word.token) && oneOfThem(words, i)) return false;
  // `only` says its condition after it: `will back the bill only [if irrigators are paid]`.
  if (/^only$/i.test(word.token) && i + 1 < words.length) return false;
  // A charge, a claim or a fear says what in its clause: `arrested on charges [that she embezzled $600,000]`.
  if (CONTENT.test(word.token) && wordAt(words, i + 1).token === "that") return false;
  // A verb of coming or going wants where from or to: `Marchant came [from a set down to beat …]`, `went [into administration]`.
  if (/^(?:come|comes|came|coming|go|goes|went|gone)$/i.test(word.token) && /^(?:from|to|into|onto|through)$/.test(wordAt(words, i + 1).token)) return false;
  // A year right after a verb is when, not what: `Holmes will start 2005 [with a series of races]`.
  if (/^(?:19|20)\d\d$/.test(word.token) && roleAt(roles, i - 1) === "verb" && i + 1 < words.length) return false;
  // A condition after the main verb is part of what is said: `MPs will be thrown out [if they use …]`.
  if (clause !== undefined && i >= clause.start && /^(?:if|unless)$/i.test(wordAt(words, i + 1).token)) return false;
  return roleAt(roles, i) === "verb" || (clause !== undefined && i === clause.end - 1) ? verbCanEnd(words[i + 1]) : true; // `Howard has gone [on the offensive]`
}

/**
 * Whether word `i` follows a determiner and a lower-case word goes on with the phrase: a noun (`a new
 * [plant]`), or a word in -ing before a noun (`this small [farming town]`).
 */
function betweenDeterminerAndNoun(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  if (wordAt(words, i - 1).kind !== "det" || /[,;:.]$/.test(words[i]!.token)) return false;
  const next = wordAt(words, i + 1);
  if (next.kind !== "word" || !/^\p{Ll}/u.test(next.token)) return false;
  return roleAt(roles, i + 1) === "noun" || (/^\p{Ll}+ing$/u.test(next.token) && roleAt(roles, i + 2) === "noun" && wordAt(words, i + 2).kind === "word");
}


/** Whether word `i` ends `one of [the, about 300] residents`: a few words with no verb or comma since `one of`. */
function oneOfThem(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 5); j--) {
    if (/[,;:]$/.test(words[j]!.token)) return false;
    if (words[j]!.token === "of" && /^one$/i.test(words[j - 1]!.token)) return true;
  }
  return false;
}

/**
 * Whether word `i` is a past participle right after a noun, opening the clause of detail that describes it
 * (the cut before it is `isReducedRelative`'s): `devastation left [by …]`, `decisions taken [in …]`.
 */
function describesByPhrase(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  if (roleAt(roles, i - 1) !== "noun" || /[,;:]$/.test(words[i - 1]!.token) || !canBeParticiple(words[i]!.token)) return false;
  // A compound participle the roles took for a noun: `gamers molly-coddled [with slick visuals]`.
  return isReducedRelative(words, roles, i) || (/-/.test(words[i]!.token) && wordAt(words, i + 1).kind === "prep");
}

/** Whether an `as` before an adjective or adverb opens a comparison a few words before word `i` that no second `as` has closed. */
function openAs(words: readonly Word[], i: number): boolean {
  for (let j = i; j >= Math.max(0, i - 8); j--) {
    if (words[j]!.token !== "as") continue;
    return j < i && wordAt(words, j + 1).kind === "word" && wordAt(words, j - 1).kind !== "prep" && (looksAdjective(wordAt(words, j + 1).token) || /^(?:much|many|well|good|bad|big|high|low|long|far|important|essential|likely|popular|strong|fast|quickly|soon)$/.test(wordAt(words, j + 1).token));
  }
  return false;
}

/** A sentence passed: `jailed`, `sentenced`, `fined`, `banned`. */
const SENTENCED = /^(?:jailed|sentenced|imprisoned|fined|banned|convicted)$/i;

/** Verbs whose object is an infinitive, in every form: `voted to introduce`, `agreed to pay`. */
const TAKES_INFINITIVE = /^(?:vot(?:e[sd]?|ing)|agree[sd]?|agreeing|decid(?:e[sd]?|ing)|pledg(?:e[sd]?|ing)|vow(?:s|ed|ing)?|promis(?:e[sd]?|ing)|refus(?:e[sd]?|ing)|threaten(?:s|ed|ing)?|opt(?:s|ed|ing)?|fail(?:s|ed|ing)?|tr(?:y|ies|ied|ying)|seek(?:s|ing)?|sought)$/i;

/** Whether a phrase follows word `i` and an infinitive follows it, within six words and no comma: `voted [by a narrow margin] to introduce`. */
function infinitiveAfterPhrase(words: readonly Word[], i: number): boolean {
  if (wordAt(words, i + 1).kind !== "prep" || /[,;:]$/.test(words[i]!.token)) return false;
  for (let j = i + 2; j < Math.min(words.length - 1, i + 8); j++) {
    if (/[,;:]$/.test(words[j - 1]!.token)) return false;
    if (words[j]!.kind === "to") return /^\p{Ll}+$/u.test(wordAt(words, j + 1).token) && wordAt(words, j + 1).kind === "word";
  }
  return false;
}

/** Verbs that make someone something: `made`, `named`, `appointed`, `elected`, `crowned`, `nominated`. */
const MAKES_INTO = /^(?:made|named|appointed|elected|crowned|nominated)$/i;

/**
 * Whether word `i` is the post or rank a verb of MAKES_INTO made someone, right after it or its article,
 * with a phrase after it of a name: `made an officer [in the Order of …]`, `named envoy [to the UN]`.
 */
function namedInto(words: readonly Word[], i: number): boolean {
  const verb = /^(?:an?|the)$/i.test(wordAt(words, i - 1).token) ? i - 2 : i - 1;
  // A post or a rank in lower case; an honour's own name says which (`made OBE`), and so does an adjective (`made available`).
  if (!MAKES_INTO.test(wordAt(words, verb).token) || words[i]!.kind !== "word" || looksAdjective(words[i]!.token) || /[,;:]$/.test(words[i]!.token)) return false;
  if (!/^(?:in|of|to|at|for)$/.test(wordAt(words, i + 1).token)) return false;
  const named = wordAt(words, i + 2).token.toLowerCase() === "the" ? i + 3 : i + 2;
  return wordAt(words, named).kind === "name";
}

/** `the year`, `the season`: the period an honour is of. */
export const OF_THE_PERIOD = /^the (?:year|season|month|decade|century|tournament|championships?)\b/i;

/** Nouns of likelihood, which say of what: `risk of`, `chance of`. */
export const RISK = /^(?:risks?|chances?|likelihood|dangers?)$/i;
/** Verbs of a change in amount, which `by` and an amount follow: `shares sink by 16%`. */
export const CHANGE_VERB = /^(?:rise|rises|rose|risen|rising|fall|falls|fell|fallen|falling|sink|sinks|sank|sunk|sinking|jump|jumps|jumped|jumping|drop|drops|dropped|dropping|climb|climbs|climbed|climbing|slump|slumps|slumped|slumping|surge|surges|surged|surging|plunge|plunges|plunged|plunging|grow|grows|grew|grown|growing|soar|soars|soared|soaring|slide|slides|slid|sliding|tumble|tumbles|tumbled|tumbling|shrink|shrinks|shrank|shrunk|shrinking|increase|increases|increased|increasing|decrease|decreases|decreased|decreasing|decline|declines|declined|declining|expand|expands|expanded|expanding|contract|contracts|contracted|contracting|widen|widens|widened|widening|narrow|narrows|narrowed|narrowing|gain|gains|gained|gaining|slip|slips|slipped|slipping|dip|dips|dipped|dipping|ease|eases|eased|easing)$/i;

/** Words that open a clause which leads to the main one: `If …, [then …]`. */
const LEADING_CLAUSE = /^(?:if|when|unless|although|though|because|while|whereas|once)$/i;

/**
 * Whether the sentence opens with a clause that leads to the main one and word `i` comes before any verb
 * past its comma: `If you have finished Doom 3, Half Life 2 and Halo 2, [don't worry]` says nothing.
 */
function beforeMainClause(words: readonly Word[], roles: readonly Role[], i: number, clause: MainClause | undefined): boolean {
  if ((clause && clause.from > 0) || !LEADING_CLAUSE.test(wordAt(words, 0).token)) return false;
  const comma = words.findIndex((word) => /,$/.test(word.token));
  return comma === -1 || comma >= i || !roles.slice(comma + 1, i + 1).includes("verb");
}

/** Whether ending on word `i` leaves a phrase, a list or a pair half said: what follows belongs to the word. */
function halvesPhrase(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  const word = words[i]!;
  const next = wordAt(words, i + 1);
  if (next.kind === "to" && roleAt(roles, i + 2) === "verb") return true; // `agree plans [to merge]`
  // And before a passive infinitive, which says what is to be done with it: `calls for charges [to be dropped]`.
  if (next.kind === "to" && wordAt(words, i + 2).token === "be" && canBeParticiple(wordAt(words, i + 3).token) && !/[,;:]$/.test(word.token)) return true;
  // `used` after a copula is used to something: `have become used [to the annual helping of …]`.
  if (/^used$/i.test(word.token) && next.token === "to" && /^(?:become|became|get|gets|got|getting|be|been|is|are|was|were)$/i.test(wordAt(words, i - 1).token)) return true;
  // A judgement passed on someone says what for: `TV channel Five criticised [for sending "offensive" material]`.
  if (roleAt(roles, i) === "verb" && REASON.test(word.token) && /(?:ed|ded)$/.test(word.token) && /^(?:over|for)$/.test(next.token) && i + 2 < words.length) return true;
  // A verb of change says by how much: `shares in EMI sink [by more than 16%]`, `shares jump [as much as 15%]`.
  if (roleAt(roles, i) === "verb" && CHANGE_VERB.test(word.token) && (next.token === "by" || (next.token === "as" && wordAt(words, i + 2).token === "much")) && i + 2 < words.length) return true;
  // A participle after a noun describes it by what follows: `reel at the devastation left [by the tsunami]`.
  if (describesByPhrase(words, roles, i)) return true;
  // An ordinal or a superlative wants what makes it one: `becomes first solo artist [to top the charts]`,
  // `falls to lowest level [in three years]`.
  if (ordinalWantsScope(words, roles, i) || firstBeforeItsTime(words, roles, i)) return true;
  // A member of a set wants what defines the set: `among three British authors [who have made the shortlist]`,
  // `one of five uncapped players [included in the squad]`; and a noun its clause with `not`: `any players [not involved in …]`.
  if (roleAt(roles, i) === "noun" && !/[,;:]$/.test(word.token) && (((/^(?:who|that|which)$/.test(next.token) || canBeParticiple(next.token)) && memberOfSet(words, i)) ||
    (next.token === "not" && canBeParticiple(wordAt(words, i + 2).token)))) return true;
  // A degree adverb modifies what follows it: `relied too [heavily]`, `very`, `so`; and `so` wants its `that`: `so outdated [that …]`.
  if (DEGREE.test(word.token) && i + 1 < words.length) return true;
  if (/^so$/i.test(wordAt(words, i - 1).token) && next.token === "that") return true;
  // A particle before the phrase it points to: `stuff the genie back [into the bottle]`, `run out [of cash]`.
  if (PARTICLES.has(word.token) && /^(?:into|onto|to|of|from|with)$/.test(next.token)) return true;
  if (/^(?:back|down)$/.test(word.token) && next.token === "on") return true; // `looked back [on]`, `cracks down [on fraud]`
  // A part is of something: `showing the front [of a …]`, `the rest [of the world]`.
  if ((PART.test(word.token) || KIN.test(word.token)) && next.token === "of") return true; // `a relative [of the president]`
  // Following someone's lead is doing what they did: `Wales could follow England's lead [by training with a league club]`.
  if (/^(?:lead|example|footsteps)$/i.test(word.token) && /^(?:by|in)$/.test(next.token) && words.slice(Math.max(0, i - 3), i).some((before) => /^follow(?:s|ed|ing)?$/i.test(before.token))) return true;
  // What a record is done in or how is the record: `youngest person to fly solo [around the world]`, `first woman to climb Everest [in winter]`.
  if (next.kind === "prep" && !SUBORDINATORS.has(next.token) && recordInfinitiveBefore(words, i)) return true;
  // Nor before a `for` that says how much or how long, the point of the predicate: `ride buses [for free]`,
  // `closes [for good]`, `banned [for life]`, `put up [for sale]`.
  if (next.token === "for" && /^(?:free|good|life|sale|nothing)[,;:]?$/.test(wordAt(words, i + 2).token)) return true;
  // Nor a participle after `being` before its agent: `died after being overcome [by slurry gas]`.
  if (next.token === "by" && /^being$/i.test(wordAt(words, i - 1).token) && /^\p{Ll}+$/u.test(word.token) && !/ing$/.test(word.token) && i + 2 < words.length) return true;
  // Nor a passive of such a verb before its `as`: `jawbone has been identified [as belonging to a new species]`.
  if (next.token === "as" && roleAt(roles, i) === "verb" && /(?:ed|en)$/.test(word.token) && AS_COMPLEMENT.test(word.token) && i + 2 < words.length) return true;
  // Nor what an action is done without: `homes were left [without power]`.
  if (next.token === "without" && roleAt(roles, i) === "verb") return true;
  // A risk or a chance is of something: `may lower the risk [of liver disease]`.
  if (RISK.test(word.token) && next.token === "of" && roleAt(roles, i) === "noun") return true;
  // `any month [since the pandemic began]`: the time it is the most in, without which it is the most ever.
  if (/^any$/i.test(wordAt(words, i - 1).token) && /^(?:since|in|this|for)$/.test(next.token) && i + 2 < words.length) return true;
  // A decision is on something: `meet to make a final decision [on the future of the regiments]`.
  if (/^(?:decision|decisions|ruling|verdict)$/i.test(word.token) && /^(?:on|over|about)$/.test(next.token) && roleAt(roles, i) === "noun") return true;
  // A change is in something: `a 26% increase [in the number of phones sold]`, `a sharp fall [in sales]`.
  if (CHANGE.test(word.token) && next.token === "in" && roleAt(roles, i) === "noun" && (/^(?:det|num)$/.test(wordAt(words, i - 1).kind) || (/^(?:det|num)$/.test(wordAt(words, i - 2).kind) && roleAt(roles, i - 1) === "noun"))) return true;
  // A claim, a fear or a report is what its `that` clause says: `rejects claims [that she is a declining force]`,
  // `dismisses media reports [linking him to the captaincy]`, `signs [of recovery]`.
  if (CONTENT.test(word.token) && CONTENT_OPENS.test(next.token) && roleAt(roles, i) === "noun" && i + 2 < words.length) return true;
  // A relation is with someone: `plans a long-term relationship [with the LTA]`, `to hold talks [with Iraq]`.
  if (RELATION.test(word.token) && next.token === "with" && roleAt(roles, i) === "noun") return true;
  // An act aimed at something is empty without it: `lodges appeal [against her ban]`, `launches inquiry [into …]`.
  if (AIMED.get(word.token.toLowerCase())?.test(next.token) && roleAt(roles, i) === "noun") return true;
  // A victory that something came with is one in something: `return to running with victory [in the New York Marathon]`
  // (where `Bush's victory`, `give Rangers victory` say whose).
  if (/^(?:victory|win)$/i.test(word.token) && /^(?:in|at|over|against)$/.test(next.token) && [1, 2, 3].some((back) => wordAt(words, i - back).token === "with")) return true;
  // A noun before a compound in -ing is half of it: `$102.6bn debt [restructuring offer]`, `perfect [attacking platform]`.
  if (roleAt(roles, i) === "noun" && next.kind === "word" && /^\p{Ll}{3,}ing$/u.test(next.token) && /^\p{Ll}+[,;:]?$/u.test(wordAt(words, i + 2).token) && roleAt(roles, i + 2) === "noun" && wordAt(words, i + 2).kind === "word" && !/[,;:]$/.test(word.token)) return true;
  // An adjective before a noun is half a noun phrase: `increased social [spending]`, `an eight-year [ban]`.
  if (next.kind === "word" && roleAt(roles, i + 1) !== "adverb" && /^[a-z]/.test(next.token) && (looksAdjective(word.token) || (/^[\p{Ll}\d]+-\p{Ll}+$/u.test(word.token) && roleAt(roles, i + 1) === "noun"))) return true;
  if (/^(?:how|what|why|whether)$/i.test(next.token)) return true; // `make clear [how sorry he is]`
  if (roleAt(roles, i) === "verb" && /^(?:who|where|which)$/i.test(next.token) && !/[,;:]$/.test(word.token)) return true; // `make bloggers reveal [who told them]`
  // An amount of time with no preposition of its own measures what follows it: `sacked just eight months
  // [after taking charge]`, `less than 24 hours [after …]`, where `strike for 24 hours [after talks broke down]` is whole.
  if (wordAt(words, i - 1).kind === "num" && (wordAt(words, i - 2).kind !== "prep" || wordAt(words, i - 2).token === "than") && /^(?:after|before|since|until)$/i.test(next.token)) return true;
  // A span of time says how far behind or ahead: `are running weeks [behind]`, `opens two years [late]`.
  if (/^(?:seconds|minutes|hours|days|weeks|months|years|decades)$/.test(word.token) && /^(?:behind|late|early|ahead|apart|overdue)\b/.test(next.token)) return true;
  // So does a plural of time alone: `to avoid a doping test days [before the Olympics]`.
  if (/^(?:minutes|hours|days|weeks|months)$/.test(word.token) && /^(?:after|before)$/.test(next.token) && !/^(?:prep|num)$/.test(wordAt(words, i - 1).kind)) return true;
  // A title of the year is one phrase: `named player [of the year]`, `goal [of the season]`.
  if (next.token === "of" && OF_THE_PERIOD.test(`${wordAt(words, i + 2).token} ${wordAt(words, i + 3).token}`)) return true;
  // An `as` comparison wants its second `as`: `was as essential to the festivities [as a party mood]`.
  if (next.token === "as" && openAs(words, i)) return true;
  // A comparative wants its `than`: `creates fewer jobs [than expected]`; not one a number measures, which
  // says how much by itself (`sleep 47 minutes less per night [than those who did not]`), unless what it
  // is measured against is an expectation, which is the news: `£5m lower [than expected]`.
  if (next.token === "than" && (openComparative(words, i) || againstExpectation(words, i + 2))) return true;
  // A comma between two modifiers of one noun ends nothing: `all-singing, [all-dancing devices]`.
  if (/,$/.test(word.token) && (isModifier(word.token.slice(0, -1)) || (roleAt(roles, i) === "noun" && /^\p{Ll}+,$/u.test(word.token) && /^\p{Ll}+-\p{Ll}+$/u.test(next.token))) && isModifier(next.token) && wordAt(words, i + 2).kind === "word") return true; // `small, [plant-eating dinosaur]`
  // Nor a comma inside a list: `cacophony of blips, [boops and beeps]`; nor a name joined by `&` (`Travelers Life [& Annuity]`).
  if (/,$/.test(word.token) && listGoesOn(words, roles, i + 1)) return true;
  // Nor the last but one of a list: `beat Dizzee Rascal, Jamelia, Lemar [and The Streets]`.
  if (/^(?:and|or)$/.test(next.token) && /,$/.test(wordAt(words, i - 1).token) && roleAt(roles, i) === "noun") return true;
  if (next.token === "&") return true;
  // A pair needs its other half: `the same rights [as men]`, `in both the election [and the polls]`, `from London [to Jeddah]`.
  // (`from … to` only where `to` opens no infinitive: `appoint figure from BT [to be its chief]` is whole.)
  const opener = next.kind === "to" && (roleAt(roles, i + 2) === "verb" || wordAt(words, i + 2).kind === "aux") ? undefined : PAIRS.get(next.token);
  return opener !== undefined && words.slice(Math.max(0, i - 4), i + 1).some((before) => opener.test(before.token));
}

/** Whether word `i` is a verb, or a participle, that the cut would leave without what it needs next. */
function verbLeftWanting(words: readonly Word[], roles: readonly Role[], i: number, clause: MainClause | undefined): boolean {
  const word = words[i]!;
  const next = wordAt(words, i + 1);
  // (Not the head of a compound before `and`: `banned lawn watering [and ordered …]`.)
  if (/^\p{Ll}+ing$/u.test(word.token) && i + 1 < words.length && (roleAt(roles, i) === "verb" || (roleAt(roles, i + 1) === "glue" && !(roleAt(roles, i) === "noun" && next.kind === "conj")))) return true; // `… Congress asking`
  // After a verb of saying or knowing, what follows `that` is its object: `admits before court [that he lied]`.
  if (next.token === "that" && clause && KNOWING.test(words[clause.end - 1]!.token)) return true;
  // Nor before the verb of what was said: `Cameroon says widespread corruption [has cost it …]`.
  if (clause && i >= clause.end && SAYS.test(words[clause.end - 1]!.token) && reportedVerbAfter(words, roles, clause.end, i)) return true;
  // A relative clause's too: `union leader who said conflict [between himself and Blair was harming …]`.
  const said = relativeSaying(words, i);
  if (said !== -1 && reportedVerbAfter(words, roles, said + 1, i)) return true;
  // Nor on the verb itself when the sentence goes on: `WorldCom director admits [before a court that he lied]`.
  if (clause && i === clause.end - 1 && i + 1 < words.length && !/[,;:]$/.test(word.token) && WANTS_WHAT.test(word.token)) return true;
  // Nor on how it was said, with what was said still to come: `the Home Office announced "prematurely" [a review of …]`.
  if (i + 1 < words.length && !/[,;:]$/.test(word.token) && /^["“‘]?\p{Ll}{3,}ly["”’]?$/u.test(word.token) && WANTS_WHAT.test(wordAt(words, i - 1).token) && roleAt(roles, i - 1) === "verb") return true;
  // A second clause's too: `dollar hits record low and analysts predict [further falls]`.
  if (clause && i >= clause.end && wordAt(words, i - 2).token === "and" && roleAt(roles, i - 1) === "noun" && i + 1 < words.length && !/[,;:]$/.test(word.token) && WANTS_WHAT.test(word.token)) return true;
  // A verb joined by `and` keeps its object: `posts profits and predicted [growth]`.
  if (wordAt(words, i - 1).kind === "conj" && /^\p{Ll}+ed$/u.test(word.token) && i + 1 < words.length && !/[,;:]$/.test(word.token)) return true;
  // A bare verb joined by `and` to one before it keeps its phrase: `help labels get music online and benefit [from the trend]`.
  if (wordAt(words, i - 1).token === "and" && /^\p{Ll}+[^s\W]$/u.test(word.token) && next.kind === "prep" && joinsBareVerb(words, roles, i - 1)) return true;
  // A participle after the main verb describes the noun before it by what follows: `took blips created [as players bash buttons]`.
  if (clause && i >= clause.end && /^\p{Ll}+ed$/u.test(word.token) && roleAt(roles, i - 1) === "noun" && i + 1 < words.length) return true;
  // Two infinitives share what follows the second: `in talks to write [and direct a new film]`.
  if (wordAt(words, i - 1).kind === "to" && /^(?:and|or)$/.test(next.token) && wordAt(words, i + 2).kind === "word" && /^\p{Ll}+$/u.test(wordAt(words, i + 2).token) && (wordAt(words, i + 3).kind === "det" || (wordAt(words, i + 3).kind === "word" && /^\p{Ll}/u.test(wordAt(words, i + 3).token)))) return true;
  // A passive of moving says where: `games could soon be transplanted [from … to the classroom]`, `troops to be sent [to Iraq]`.
  if (MOVED.test(word.token) && /^(?:be|been|being|is|are|was|were)$/i.test(wordAt(words, i - 1).token) && /^(?:to|into|onto|from|abroad|overseas|home)$/.test(next.token)) return true;
  // Time or money spent says on doing what: `IBM is spending $100m over three years [beefing up …]`.
  if (clause && i >= clause.end && /^(?:spend|spends|spent|spending|waste|wastes|wasted|wasting)$/i.test(words[clause.end - 1]!.token) && /^\p{Ll}{3,}ing$/u.test(next.token) && !/[,;:]$/.test(word.token)) return true;
  // A verb that takes its preposition: `do not have to abide [by the ruling]`.
  return roleAt(roles, i) === "verb" && PREPOSITIONAL.some(([verb, preposition]) => next.token === preposition && verb.test(word.token));
}

/** Whether the `and` at `i` follows a bare verb's phrase: `get [their music online] and`, where the verb comes after `to` or a verb of helping. */
function joinsBareVerb(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 5); j--) {
    if (/[,;:]$/.test(words[j]!.token) || words[j]!.kind === "conj") return false;
    if (roleAt(roles, j) === "verb") return /^\p{Ll}+$/u.test(words[j]!.token) && (words[j - 1]!.kind === "to" || roleAt(roles, j - 1) === "noun");
  }
  return false;
}

/** Whether ending on word `i`, which no comma closes, cuts a verb from the complement it asks for after its object or phrase. */
function complementLeft(words: readonly Word[], roles: readonly Role[], i: number, clause: MainClause | undefined): boolean {
  const word = words[i]!;
  const next = wordAt(words, i + 1);
  // A participle just after a comma opens a clause of detail, whose agent or phrase follows: `Aguas Argentinas, controlled [by Suez]`.
  if (/,$/.test(wordAt(words, i - 1).token) && /^\p{Ll}+(?:ed|en)$/u.test(word.token) && i + 1 < words.length) return true;
  if (asksComplement(words, roles, i)) return true;
  // What one is kept from doing, whose loss reverses it: `casinos to be banned [from using …]`.
  if (KEPT_FROM.test(word.token) && next.token === "from" && /^\p{Ll}+ing$/u.test(wordAt(words, i + 2).token)) return true;
  // What one is chosen as: `Powerbook chosen [as the greatest gadget]`.
  if (CHOSEN_AS.test(word.token) && next.token === "as") return true;
  // Past who chose: `The Aviator tipped by UK bookmakers [as the favourite]`.
  if (next.token === "as" && chosenBy(words, roles, i)) return true;
  // What one is ready for is the news: `success has made him determined [to bag world gold]`.
  if (READY_TO.test(word.token) && next.kind === "to" && /^\p{Ll}/u.test(wordAt(words, i + 2).token)) return true;
  // An idiom's noun wants its preposition: `take part [in the tournament]`, `give the go-ahead [for a pipeline]`.
  if (idiomCut(word.token, next.token, (distance) => words[i - distance]?.token)) return true;
  // Who takes the place: `Peel's show to be succeeded [by three shows]`.
  if (REPLACED.test(word.token) && next.token === "by") return true;
  // A main verb whose object comes after a short phrase: `body has postponed [by two weeks the judgement]`.
  if (clause && i === clause.end - 1 && roleAt(roles, i) === "verb" && objectAfterPhrase(words, i)) return true;
  // Nor before where the main verb takes its long object, however far: `has taken the cacophony of blips
  // … on the console [to a new level]`.
  if (clause && i >= clause.end && takenTo(words, roles, clause, i)) return true;
  // `has had more than £600 and his passport [stolen]`: what was done to the object is the news.
  if (clause && i >= clause.start && i < causedParticiple(words, roles, clause)) return true;
  // A relative clause's verb before `as` wants what it is taken for: `virus that poses [as a patch]`.
  return wordAt(words, i - 1).kind === "rel" && next.token === "as";
}

/** Whether the nouns from `i` end a list: `boops and beeps`, `boops, bleeps and beeps`. */
function listGoesOn(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  while (roleAt(roles, i) === "noun" && /,$/.test(words[i]!.token)) i++;
  const det = wordAt(words, i + 2).kind === "det" ? 1 : 0; // `Lemar and [The] Streets`
  return roleAt(roles, i) === "noun" && /^(?:and|or)$/.test(wordAt(words, i + 1).token) && roleAt(roles, i + 2 + det) === "noun";
}

/** An adjective by its ending, or a compound of two lower-case words: `political`, `low-cost`. */
function isModifier(token: string): boolean {
  return looksAdjective(token) || /^\p{Ll}+-\p{Ll}+$/u.test(token);
}

/** Whether the comma on word `i` closes an aside that a conjunction and its comma opened: `and, in internet years,`. */
function asideAfterConjunction(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (/[,;:]$/.test(words[j]!.token)) return words[j]!.kind === "conj";
  return false;
}

/**
 * A verb ends a headline only where its clause ended: before a comma, a clause or an adjunct (`Man
 * resigns [after a year]`), never before its object, its infinitive or its particle (`goes [on]`,
 * `refuses [to retract]`).
 */
function verbCanEnd(next: Word | undefined): boolean {
  // Not before `or`, which joins a second verb with the object they share: `refuse to release [or stage concerts]`.
  if (next === undefined || next.kind === "punct" || (next.kind === "conj" && next.token !== "or")) return true;
  if (next.kind === "rel") return !OBJECT_CLAUSES.has(next.token.toLowerCase()); // `understand [what …]` is the object
  return next.kind === "prep" && !TAKEN_BY_VERB.has(next.token.toLowerCase());
}

/**
 * Whether word `i` ends the object of a verb that asks for more after its object, with that cut away:
 * `leaves interest rates [unchanged]`, `thank a revival [for …]`, `software that turns colours [into notes]`.
 */
export function asksComplement(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  const next = wordAt(words, i + 1);
  const as = next.token === "as"; // `describes the win [as the highlight of his career]`
  // Nor before the `as` that such a verb's object waits for, however long the object: `declared Fahrenheit
  // 9/11 [and The Passion of the Christ as two of the most significant …]`.
  const lastVerb = roles.lastIndexOf("verb", i);
  if (lastVerb >= 0 && AS_COMPLEMENT.test(words[lastVerb]!.token) && !roles.slice(i + 1, i + 9).includes("verb") && words.slice(i + 1, i + 9).some((word) => word.token === "as")) return true;
  if (i + 1 >= words.length || next.kind === "conj" || (next.kind === "rel" && !as) || next.kind === "punct") return false;
  const verb = verbBeforeObject(words, roles, i);
  // A verb that makes its object do something wants the infinitive that says what: `will not allow new factories [to be built]`.
  const infinitive = next.kind === "to" && (roleAt(roles, i + 2) === "verb" || wordAt(words, i + 2).kind === "aux");
  if (verb >= 0 && REASON.test(words[verb]!.token) && /^(?:over|for)$/.test(next.token)) return true; // `criticises Wimbledon [over prize money]`
  if (verb >= 0 && OBJECT_THEN.some(([taking, preposition]) => preposition.test(next.token) && taking.test(words[verb]!.token))) return true; // `took his band [to the stage]`
  // An idiom around its object: `take older voters [for granted]`, `take costs [into account]`.
  if (/^(?:for\s+granted|into\s+account)\b/.test(`${next.token} ${wordAt(words, i + 2).token}`)) return true;
  return verb >= 0 && (as ? AS_COMPLEMENT : infinitive ? OBJECT_INFINITIVE : COMPLEMENT).test(words[verb]!.token);
}

/** The verb whose object ends on word `i`, back over the object only (a preposition or a clause before `i` is a complement, there already); -1 if none. */
function verbBeforeObject(words: readonly Word[], roles: readonly Role[], i: number): number {
  let verb = i - 1;
  while (verb >= 0 && roleAt(roles, verb) !== "verb" && (words[verb]!.kind === "det" || roleAt(roles, verb) === "noun" || roleAt(roles, verb) === "adverb") && !/[,;:]$/.test(words[verb]!.token)) verb--;
  return verb >= 0 && roleAt(roles, verb) === "verb" ? verb : -1;
}

/**
 * Where the participle is that says what was done to the object of a causative `have` (`has had more than
 * £600 and his passport stolen`, `has had the film rights snapped up`); -1 when the clause has none.
 */
function causedParticiple(words: readonly Word[], roles: readonly Role[], clause: MainClause): number {
  let have = -1; // `had` after an auxiliary is the main verb, whatever position made of the word after it
  for (let j = clause.start + 1; j < clause.end; j++) if (/^(?:had|have)$/i.test(words[j]!.token)) have = j;
  if (have === -1 || wordAt(words, have + 1).kind === "to") return -1; // `have to abide` is no causative
  for (let j = have + 2; j < words.length && j < have + 12; j++) {
    const word = words[j]!;
    if (/^\p{Ll}+(?:ed|en|wn)$/u.test(word.token) && (roleAt(roles, j) === "verb" || isPastForm(word.token)) && roleAt(roles, j - 1) === "noun") return j;
    // The object, with its phrases and a second one after `and`: `more than £600 and his passport`, `the film rights to her bestseller`.
    if (/[,;:]$/.test(word.token) || !["det", "num", "name", "word", "conj", "prep", "to"].includes(word.kind)) return -1;
  }
  return -1;
}

/** Whether word `i` ends, within six words, the infinitive that says what a superlative or an ordinal is of: `youngest person to fly [solo]`. */
function recordInfinitiveBefore(words: readonly Word[], i: number): boolean {
  for (let to = i - 1; to >= Math.max(2, i - 6); to--) {
    if (/[,;:]$/.test(words[to]!.token)) return false;
    if (words[to]!.kind !== "to") continue;
    const record = (j: number) => isSuperlative(words[j]!.token) || ORDINAL.test(words[j]!.token) || isOrdinal(words[j]!.token);
    return record(to - 2) || record(to - 1);
  }
  return false;
}

/**
 * Whether word `i` ends a noun phrase that an ordinal, `only` or a superlative makes one of a kind, and
 * what it is the first or the most of follows: the infinitive within a phrase (`first solo artist [to
 * top]`, `first station [in the world to offer]`), the time (`first away win [for nearly four years]`,
 * `least popular [for 20 years]`, `21st month [in a row]`, `cheapest computer [ever]`), or a superlative's
 * place (`largest bank [in Europe]`).
 */
function ordinalWantsScope(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  let ordinal = false; // no array per word: this runs for every word of every lead
  let superlative = false;
  for (let j = Math.max(0, i - 3); j <= i && !ordinal; j++) {
    const token = words[j]!.token;
    if (!RECORD_ENDING.test(token)) continue; // every ordinal and superlative ends so: most words are tested once
    superlative ||= isSuperlative(token);
    ordinal = ORDINAL.test(token) || isOrdinal(token);
  }
  if ((!ordinal && !superlative) || /[,;:]$/.test(words[i]!.token)) return false;
  const next = wordAt(words, i + 1).token;
  // What it is the first or the most of: `21st month [in a row]`, `biggest [ever]`, `lowest level [in three years]`, `largest bank [in Europe]`.
  if (/^ever[,;:]?$/.test(next) || (next === "since" && i + 2 < words.length) || (next === "in" && /^(?:a\s+row|succession)\b/.test(`${wordAt(words, i + 2).token} ${wordAt(words, i + 3).token}`))) return true; // `first time [since May]`
  // Or the time it is the first in: `first away win [for nearly four years]`, `first title [in five years]`.
  if (/^(?:for|in|since)$/i.test(wordAt(words, i + 1).token) && SPAN_COUNT.test(wordAt(words, i + 2).token) &&
    words.slice(i + 2, i + 6).some((word) => TIME_SPAN.test(word.token.replace(/[,;:.]$/, "")))) return true;
  if (superlative && !ordinal) return /^(?:in|since|on)$/.test(next) && i + 2 < words.length;
  for (let j = i + 1; j < Math.min(words.length, i + 7); j++) {
    if (words[j]!.kind === "to") return j === i + 1 || roleAt(roles, j + 1) === "verb" || wordAt(words, j + 1).kind === "aux";
    if (words[j]!.kind === "conj" || words[j]!.kind === "rel" || words[j]!.kind === "aux" || roleAt(roles, j) === "verb" || /[,;:]$/.test(words[j]!.token)) return false;
  }
  return false;
}

/**
 * Whether an ordinal a few words before word `i`, in the same phrase, has the time it is the first in still
 * to come: `first away win [in the Six Nations for nearly four years]` would claim the first ever.
 */
function firstBeforeItsTime(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  const ends = (j: number) => /[,;:]$/.test(words[j]!.token) || roleAt(roles, j) === "verb" || /^(?:conj|rel|aux|to)$/.test(words[j]!.kind);
  if (ends(i)) return false;
  let ordinal = false;
  for (let j = i; j >= Math.max(0, i - 7) && !ordinal; j--) {
    if (j < i && ends(j)) return false;
    ordinal = RECORD_ENDING.test(words[j]!.token) && (ORDINAL.test(words[j]!.token) || isOrdinal(words[j]!.token));
  }
  if (!ordinal) return false;
  for (let j = i + 1; j < Math.min(words.length - 1, i + 8); j++) {
    if (/^(?:for|in|since)$/i.test(words[j]!.token) && SPAN_COUNT.test(words[j + 1]!.token) && words.slice(j + 1, j + 5).some((word) => TIME_SPAN.test(word.token.replace(/[,;:.]$/, "")))) return true;
    if (ends(j)) return false;
  }
  return false;
}

/** Whether word `i` ends a set something is one of: `among three authors`, `one of five players` (no clause or comma between). */
function memberOfSet(words: readonly Word[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(1, i - 5); j--) {
    if (/[,;:]$/.test(words[j]!.token) || /^(?:aux|rel|conj|to)$/.test(words[j]!.kind)) return false; // not the roles' verbs: `five [uncapped] players`
    if (words[j]!.token === "among" || (words[j]!.token === "of" && /^(?:one|two|three|four|five|some|several|many|few|most|all|none)$/i.test(words[j - 1]!.token))) return true;
  }
  return false;
}

/** What may count the time after `for`, `in` or `since`: `for nearly four years`, `in a decade`. */
const SPAN_COUNT = /^(?:\d[\d,.]*|nearly|almost|more|over|about|two|three|four|five|six|seven|eight|nine|ten|a)$/i;

const ORDINAL = /^(?:first|last|only|second|third|fourth|fifth|youngest|oldest)$/i;
/** How every word ORDINAL, `isOrdinal` or `isSuperlative` accepts ends. */
const RECORD_ENDING = /(?:st|nd|rd|th|ly)$/i;

const TIME_SPAN = /^(?:years?|months?|weeks?|decades?|seasons?|matches|games|\d{4})$/i;
/** Verbs that never stand without their preposition: `abide by`, `rely on`, `consist of`. */
export const PREPOSITIONAL: ReadonlyArray<readonly [RegExp, string]> = [
  [/^abid(?:e|es|ed|ing)$/, "by"],
  [/^(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|insist(?:s|ed|ing)?)$/, "on"],
  [/^consist(?:s|ed|ing)?$/, "of"],
  [/^(?:compl(?:y|ies|ied|ying)|cop(?:e|es|ed|ing))$/, "with"],
  [/^(?:amount(?:s|ed|ing)?|refer(?:s|red|ring)?)$/, "to"],
  [/^result(?:s|ed|ing)?$/, "in"],
  [/^appear(?:s|ed|ing)?$/, "before"], // `Kenteris and Thanou appear [before a tribunal]`
  [/^appeal(?:s|ed|ing)?$/, "against"], // `Wada to appeal [against the acquittal]`
  [/^star(?:s|red|ring)?$/, "in"], // `Harry Connick Jr to star [in a Broadway revival]`
  [/^look(?:s|ed|ing)?$/, "at"], [/^look(?:s|ed|ing)?$/, "into"], // `prompting officials to look [at parking charges]`
  [/^call(?:s|ed|ing)?$/, "for"], [/^call(?:s|ed|ing)?$/, "on"], // `minister calls [for an independent body]`
  [/^(?:treat(?:s|ed|ing)?|regard(?:s|ed|ing)?|class(?:es|ed|ing)?|classif(?:y|ies|ied|ying)|brand(?:s|ed|ing)?)$/, "as"], // `drivers must be treated [as workers]`
  // Violent motion goes somewhere: `a tornado tore [through a mobile home park]`, `a lorry crashed [into a house]`.
  [/^(?:t(?:ear|ears|ore|earing)|r(?:ip|ips|ipped|ipping)|sw(?:eep|eeps|ept|eeping))$/, "through"],
  [/^(?:crash(?:es|ed|ing)?|slam(?:s|med|ming)?|plough(?:s|ed|ing)?|smash(?:es|ed|ing)?)$/, "into"],
];
/** The word that opens a pair, by the word that closes it. */
const PAIRS: ReadonlyMap<string, RegExp> = new Map([["as", /^same$/i], ["to", /^from$/i], ["and", /^(?:both|between)$/i], ["or", /^either$/i], ["nor", /^neither$/i]]);
/** Degree and focus adverbs, a closed class: they say how much of what follows, or which (`exists only [in a game]`). */
const DEGREE = /^(?:too|very|so|quite|rather|fairly|extremely|highly|increasingly|really|only|just|even|almost|nearly)$/i;
/** Verbs whose object is followed by what it is taken for: `describe X as`, `regard X as`, `saw the EU as an empire`. */
const AS_COMPLEMENT = /^(?:describ|regard|brand|label|dub|hail|portray|depict|condemn|denounc|view|declar|identif|(?:saw|sees?|seen)$)/i;

/** Verbs that keep someone from doing something: `banned from using`, `stopped from leaving`. */
export const KEPT_FROM = /^(?:bann|barr|stopp|prevent|prohibit|block|exclud|forbid|restrain|deterr|discourag)\p{Ll}*$/iu;
/**
 * Light verbs with a noun that mean one verb, which says nothing without its preposition's object: `take
 * part in`, `play a role in`, `put pressure on`, `give the go-ahead for`.
 */
const IDIOMS: ReadonlyMap<string, RegExp> = new Map([
  ["part", /^in$/], ["role", /^in$/], ["pressure", /^on$/], ["aim", /^at$/], ["go-ahead", /^(?:for|to)$/], ["ahead", /^(?:for|to)$/],
  ["money", /^(?:from|on|out)$/], // `brewers make money [from beer-flavoured drinks]`
  ["way", /^(?:to|through|into|past|for|back)$/], // `England will have to negotiate their way [through a tough draw]`
  ["clear", /^of$/], // `Chris Rock will steer clear [of bad language]`
  ["line", /^under$/], // `time to draw a line [under the controversy]`
]); // not `take charge [of]`, `take legal action [against]`: whole without it
const LIGHT_VERB = /^(?:tak(?:e|es|en|ing)|took|mak(?:e|es|ing)|made|play(?:s|ed|ing)?|giv(?:e|es|en|ing)|gave|put(?:s|ting)?|get(?:s|ting)?|got|gain(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|los(?:e|es|t|ing)|pil(?:e|es|ed|ing)|heap(?:s|ed|ing)?|keep(?:s|ing)?|kept|increas(?:e|es|ed|ing)|negotiat(?:e|es|ed|ing)|find(?:s|ing)?|found|fight(?:s|ing)?|fought|pav(?:e|es|ed|ing)|work(?:s|ed|ing)?|steer(?:s|ed|ing)?|stay(?:s|ed|ing)?|draw(?:s|n|ing)?|drew)$/i; // `pile pressure [on Arsenal]`

/**
 * Whether `noun` is an idiom's (`part`, with a light verb among the four words before it, `back(1)` the
 * nearest) and `next` the preposition it wants, which a cut there would lose. Asked with words (`canEnd`)
 * and with text (the cut to length); the words before are looked at only for an idiom's noun.
 */
export function idiomCut(noun: string, next: string, back: (distance: number) => string | undefined): boolean {
  if (!IDIOMS.get(noun.toLowerCase())?.test(next)) return false;
  for (let distance = 1; distance <= 4; distance++) if (LIGHT_VERB.test(back(distance) ?? "")) return true;
  return false;
}

/** Verbs of judging someone, whose reason (`over`, `for`) is the news: `Davenport criticises Wimbledon [over prize money]`. */
export const REASON = /^(?:(?:criticis|criticiz|condemn|prais|attack|slam|rebuk|censur|applaud|hail|defend)\p{Ll}*|sue[sd]?|suing)$/iu;
/** Adjectives that say how one stands to an act, and want the act: `determined to`, `keen to`, `unable to`. */
export const READY_TO = /^(?:determined|keen|eager|willing|unwilling|ready|able|unable|poised|desperate|anxious|reluctant|prepared|free|quick|slow)$/i;
/** A passive of taking another's place, empty without who takes it. */
export const REPLACED = /^(?:succeeded|replaced|superseded|overtaken|ousted|usurped)$/i;
/** Participles that take what someone is chosen, named or seen as: `chosen as`, `named as`, `voted as`. */
const CHOSEN_AS = /^(?:chosen|named|voted|crowned|elected|appointed|selected|picked|confirmed|hailed|described|regarded|seen|branded|labelled|labeled|dubbed|ranked|listed|billed|cast|unveiled|recognised|recognized|tipped)$/i;

/** Whether word `i` ends the agent after a participle of choosing: `tipped by [UK bookmakers]`. */
function chosenBy(words: readonly Word[], roles: readonly Role[], i: number): boolean {
  let j = i;
  while (j > 0 && i - j < 5 && (roleAt(roles, j) === "noun" || words[j]!.kind === "det") && !/[,;:]$/.test(words[j - 1]!.token)) j--;
  return j < i && words[j]!.token === "by" && CHOSEN_AS.test(wordAt(words, j - 1).token);
}

/** Whether a phrase after the verb at `i` ends on an article that opens its object: `postponed by two weeks [the judgement]`. */
function objectAfterPhrase(words: readonly Word[], i: number): boolean {
  if (wordAt(words, i + 1).kind !== "prep") return false;
  for (let j = i + 2; j < Math.min(words.length, i + 6); j++) {
    if (/[,;:]$/.test(words[j - 1]!.token)) return false;
    // Only an amount (`by two weeks`, `by 2%`) is so short a phrase: `resigned after only a year` ends where it may.
    if (words[j]!.kind === "det") return j > i + 2 && /^(?:the|a|an)$/i.test(words[j]!.token) && words.slice(i + 2, j).some((word) => word.kind === "num");
    if (words[j]!.kind !== "num" && (words[j]!.kind !== "word" || /ing$/.test(words[j]!.token))) return false;
  }
  return false;
}

/** Verbs whose object does what their infinitive says: `allow X to`, `force X to`, `urge X to`. */
const OBJECT_INFINITIVE = /^(?:allow|forc|urg|persuad|encourag|enabl|order|want|expect|tell|told|ask|invit|requir|compel|permit|oblig|pressur|press)(?:s|es|ed|d|ing|e)?$/i;
/** Verbs whose object is followed by what happens to it or what it is called: `leave X unchanged`, `blame X for Y`, `accuse X of Y`, `ask X for Y`, `call X a Y`. */
export const COMPLEMENT = /^(?:ask(?:s|ed|ing)?|call(?:s|ed|ing)?|stop(?:s|ped|ping)?|prevent(?:s|ed|ing)?|leaves?|left|leaving|thank(?:s|ed|ing)?|blam(?:e|es|ed|ing)|accus(?:e|es|ed|ing)|puts?|putting|turns?|turned|turning)$/i;
/** Whether the main verb moves its object `to` somewhere that comes after word `i` in its clause (no auxiliary, semicolon or colon between). */
function takenTo(words: readonly Word[], roles: readonly Role[], clause: MainClause, i: number): boolean {
  if (!OBJECT_THEN.some(([taking, preposition]) => preposition.test("to") && taking.test(words[clause.end - 1]!.token))) return false;
  for (let j = i + 1; j < words.length; j++) {
    if (/[;:]$/.test(words[j - 1]!.token) || words[j]!.kind === "aux") return false;
    if (words[j]!.kind === "to") return !/^up$/i.test(words[j - 1]!.token) && /^(?:det|word|num)$/.test(wordAt(words, j + 1).kind) && roleAt(roles, j + 1) !== "verb";
  }
  return false;
}

/**
 * Verbs whose object is followed by where it goes or in what: `took his new band [to the stage]`, `has beaten
 * Shrek 2 [to the main prizes]`, `has joined Wood and Jason [in attacking TV]`, `will play Saulnier [in the final]`.
 */
const OBJECT_THEN: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^(?:take|takes|took|taken|taking|beat|beats|beaten|beating)$/i, /^to$/],
  [/^(?:join|joins|joined|joining)$/i, /^(?:in|as)$/], // `hopes to join Japan [as co-host]`
  [/^(?:play|plays|played|playing|face|faces|faced|facing|meet|meets|met|meeting)$/i, /^in$/], // `will play Saulnier [in the final]`
  // A verb that moves its object says where to: `has pushed oil prices [above $50]`, `drove shares [to a record]`.
  [/^(?:push|pushes|pushed|pushing|drive|drives|drove|driven|driving|send|sends|sent|sending|lift|lifts|lifted|lifting)$/i, /^(?:above|below|to|into|past|beyond|towards?)$/],
  [/^(?:invest|invests|invested|investing)$/i, /^in$/], // `BBC to invest £9m [in new comedy]`
  // A verb that changes an amount says to what: `raises its interest rate [to its highest level in four years]`.
  [/^(?:raise|raises|raised|raising|lower|lowers|lowered|lowering)$/i, /^to$/],
  [/^(?:end|ends|ended|ending|finish|finishes|finished|finishing)$/i, /^at$/], // `Japanese shares end the year [at their highest level since July]`
];
/** Participles of moving something somewhere. */
const MOVED = /^(?:moved|transplanted|transferred|relocated|shifted|sent|brought|taken|deported|flown|switched|diverted)$/i;
/** Nouns of a person by whom they belong to, empty without them: `a relative [of the former president]`. */
export const KIN = /^(?:relatives?|sons?|daughters?|wife|wives|husbands?|widows?|brothers?|sisters?|fathers?|mothers?|cousins?|nephews?|nieces?|friends?|allies|ally|aides?|colleagues?)$/i;
/** Nouns that name a part of what follows `of`, or an amount of it: `draws an average [of 10.9m viewers]`. */
export const PART = /^(?:front|back|side|top|bottom|edge|end|centre|center|middle|heart|rest|part|half|start|beginning|scene|site|average|total|maximum|minimum)$/i;
/** Nouns of a change, which say in what with `in`. */
export const CHANGE = /^(?:increase|rise|fall|drop|decline|cut|reduction|growth|jump|surge|slump|boost|dip|rebound)s?$/i;
/**
 * Whether word `i` is inside the `that` clause of a claim or a ruling, or of a verb of saying or ruling,
 * before the clause's verb: `ruling that detention of terror suspects [is unlawful]` says nothing yet. A
 * verb is known by an auxiliary, a past form or a pronoun before it.
 */
function insideContentClause(words: readonly Word[], i: number): boolean {
  let that = -1;
  for (let j = i - 1; j > 0 && j >= i - 20 && that === -1; j--) if (words[j]!.token === "that") that = j;
  // After a noun of saying or deciding, or such a verb (`has ruled that a woman [… can be allowed to die]`).
  if (that === -1 || !(CONTENT.test(words[that - 1]!.token) || RULED.test(words[that - 1]!.token) || KNOWING.test(words[that - 1]!.token) || /^rule[sd]$/i.test(words[that - 1]!.token))) return false;
  // A relative's verbs are its own: in `a woman who was kept on life support [can be allowed …]`, the
  // clause's verb is the auxiliary after the relative's words.
  let relative = -1;
  for (let j = that + 1; j <= i; j++) {
    const token = words[j]!.token;
    if (relative === -1 && /^(?:who|which)$/i.test(token)) relative = j;
    else if (relative !== -1) {
      if (words[j]!.kind === "aux" && j > relative + 2 && /^(?:word|name)$/.test(words[j - 1]!.kind)) return false;
    } else if (words[j]!.kind === "aux" || words[j]!.kind === "pron" || /[,;:]$/.test(token) || isPastForm(token.toLowerCase())) return false; // a pronoun's verb follows it: `that he [used] to lie`
  }
  return true;
}
/** Nouns of a decision or a view, whose `that` clause says what it is. */
const RULED = /^(?:rulings?|decisions?|verdicts?|findings?|beliefs?|views?|ideas?|news|facts?|arguments?|proposals?|promises?|pledges?|suspicions?|theory|theories|notion|insistence|admission|confirmation|announcement)$/i;
/** Nouns whose content a `that` clause gives. */
/** What opens the content of a CONTENT noun: `that`, `of`, `linking` (a clause of saying after it often leaves no end that fits). */
const CONTENT_OPENS = /^(?:that|of|linking)$/;
/** Nouns of a relation between two sides, which name the other with `with`. */
/** Nouns of an act aimed at something, and the preposition that says at what: `appeal against`, `inquiry into`, `ban on` (not `legal action [against]`, whole without it). */
const AIMED: ReadonlyMap<string, RegExp> = new Map([
  ["appeal", /^against$/], ["inquiry", /^into$/], ["investigation", /^into$/], ["probe", /^into$/], ["ban", /^on$/],
  ["crackdown", /^on$/], ["curbs", /^on$/], ["search", /^for$/], ["hunt", /^for$/], ["bid", /^for$/], ["campaign", /^(?:against|for)$/],
  ["protest", /^(?:against|over)$/], ["war", /^on$/],
  ["winners", /^(?:in|at|of)$/], // `Snow Patrol big winners [at the Meteor Awards]`
  ["influence", /^(?:on|over)$/], ["interest", /^in$/], ["involvement", /^in$/], // `exploit interest [in David Beckham]`
]);
export const RELATION = /^(?:relationship|relations|talks|ties|links|partnership|alliance|dispute|row|clash|feud|truce|rift)$/i;
/** Verbs of saying whose object is a clause, not a thing: `says`, `warns`, `insists`. */
const SAYS = /^(?:says|said|insists|insisted|claims|claimed|warns|warned|believes|believed)$/i;

/** Where a relative clause's verb of saying is before word `i` (`who said`), or -1. */
function relativeSaying(words: readonly Word[], i: number): number {
  for (let k = i - 1; k > 0 && !/[,;:]$/.test(words[k]!.token); k--) if (SAYS.test(words[k]!.token) && words[k - 1]!.kind === "rel") return k;
  return -1;
}

/** Whether an auxiliary or a verb in -s or -ed past word `i` (before any comma) says what the clause said from `start` does. */
function reportedVerbAfter(words: readonly Word[], roles: readonly Role[], start: number, i: number): boolean {
  if (/^that$/i.test(wordAt(words, start).token)) return false; // a rule of its own above
  const finite = (k: number) => words[k]!.kind === "aux" || (roleAt(roles, k) === "verb" && /\p{Ll}(?:[^s'’]s|ed)$/u.test(words[k]!.token));
  for (let k = start; k <= i; k++) if (/[,;:]$/.test(words[k]!.token) || finite(k)) return false;
  // A clause of its own opens on a subordinator or a relative: `needs to review actions [after he kicked …]`.
  const opens = (k: number) => SUBORDINATORS.has(words[k]!.token.toLowerCase()) || /^(?:who|which|that)$/i.test(words[k]!.token);
  for (let k = i + 1; k < words.length && !/[,;:]$/.test(words[k - 1]!.token) && !opens(k); k++) if (finite(k)) return true;
  return false;
}

/** Verbs of saying and knowing that never stand without what is said or known (`warns`, `agrees` can). */
const WANTS_WHAT = /^(?:admit|prove|say|said|claim|insist|believe|predict|reveal|confirm|den(?:y|ie)|argue|accept|suggest|show|found|find|fear|think|thought|know|knew|announce|report|conclude)/i;
const OBJECT_CLAUSES = new Set(["how", "what", "why", "whether", "that", "who", "which", "where", "if"]);
/** Particles and prepositions a verb takes with it (`goes [on]`, `looks [into]`), the common particles among them. */
const TAKEN_BY_VERB = new Set([...PARTICLES, "on", "in", "into", "onto", "over", "through", "around", "about", "across", "along", "apart", "ahead", "of", "for", "with", "like", "than", "as"]);

/** Whether a comparative within the three words before word `i` (and `i` itself) wants its `than`: not one a number measures (`20% more`, `47 minutes less`). */
function openComparative(words: readonly Word[], i: number): boolean {
  for (let j = i; j >= Math.max(0, i - 3); j--) {
    if (!/^(?:more|less|fewer|\p{Ll}{3,}er)$/u.test(words[j]!.token)) continue;
    return !(wordAt(words, j - 1).kind === "num" || (wordAt(words, j - 2).kind === "num" && wordAt(words, j - 1).kind === "word"));
  }
  return false;
}

/** Whether word `i` (after `than`) is an expectation: `expected`, `forecast`, `first thought`, `previously reported`. */
function againstExpectation(words: readonly Word[], i: number): boolean {
  const word = /^(?:first|initially|originally|previously|\p{Ll}+ly)$/u.test(wordAt(words, i).token) ? wordAt(words, i + 1) : wordAt(words, i);
  return /^forecast$/i.test(word.token) || (canBeParticiple(word.token) && word.kind === "word");
}
