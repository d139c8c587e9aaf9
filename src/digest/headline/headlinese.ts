import { escapeRegExp } from "../words.ts";
import { baseForm, baseOfGerund, isParticipleOnly, isPastForm, thirdPerson } from "../verbs.ts";
import { HEADLINE_MIN_WORDS, wordCount } from "./limits.ts";
import { capitalisedInside } from "./salience.ts";
import { COMPARATIVE, opensMainClause } from "./roles.ts";
import { COMPLEMENT } from "./endings.ts";
import { usedAsPerson } from "./surnames.ts";

/**
 * A possessive that opens a clause, its noun the clause's subject, stays: `says [his] side can win`,
 * `frustrated [his] side did not score`, `after [their] plan was`; not `label [its] feta has reached`.
 */
const OWNS_SUBJECT = String.raw`(?!(?<=\b(?:says?|said|believes?|thinks?|thought|admits?|admitted|insists?|insisted|claims?|claimed|warns?|warned|feels?|felt|hopes?|fears?|knows?|knew|that|after|before|because|as|when|while|if|how|why|where|\p{Ll}+ed)\s+\p{Ll}+)\s+\p{Ll}+\s+(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|should|may|might|must)\b)`;
/** Headlinese: no articles (but `all of its`, `all the way`, `a few`, `up a notch`), the present tense, `to` for the future, no `has been` before a participle, no copula before a place or state. */
// `on her own` keeps its owner; `given to her by` and `made her determined to` its object; `more than a
// decade` its `a`.
const DETERMINERS = new RegExp(String.raw`(?<=^|\s)(?<!\b(?:all|some|most|many|much|one|none|each|both|half|part|any|two|three) of )(?:(?<!\ball )the|(?:a|an)(?!(?<=\bthan a)\s+(?:decade|century|year|month|week|day|hour|million|billion|third|quarter|half|dozen|hundred|thousand)\b)|(?:its|their|his)(?!\s+own\b)${OWNS_SUBJECT}|her(?!\s+(?:own|by|to|for|with|from|in|on|at|as|and|or|that)\b)(?!\s+(?:\p{Ll}+ed|able|unable|keen|eager|ready|willing|free)\s+to\s)${OWNS_SUBJECT})\s+`, "giu");
const FUTURE = /\b(?:(?:is|are|was|were)\s+(?:set|due|expected|likely|poised|about)\s+to|(?:is|are)\s+to|will(?!\s+have\s+\p{Ll}+(?:ed|en|wn|ne|un|ome)\b))\s+(?=\p{Ll})/gu; // a future perfect keeps its `will`: `fans will have become used to`
/** `has cut` → `cuts`, `have been hearing` → `hear`; not after `to`: `appears to have been put on hold` keeps its infinitive. */
const PERFECT = /(?<!\bto\s)\b(has|have|had)\s+(?:(?:already|now|also|again|just|recently|finally)\s+)?(?:(\p{Ll}{3,}ly)\s+)?(been\s+)?(\p{Ll}+(?:-\p{Ll}+)?)\b/gu;
/**
 * `Man was arrested` → `Man arrested`, `downloads are being included` → `downloads included`; not after a
 * pronoun (`after she was suspended` keeps its verb).
 */
const PASSIVE = /(?<!\b(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I|[Yy]ou)\s)\b(?:was|were|is|are)\s+(being\s+)?(?=(\p{Ll}+)\b)/gu;
/**
 * No copula before where, how or what the subject is: `Absa is in talks` → `Absa in talks`, `Dunne is
 * ready to commit` → `Dunne ready to commit`, `consumers are biggest buyers` → `consumers biggest buyers`.
 * Not after a pronoun (`there is fresh hope`), nor before a participle, which the rules above and below
 * turn, nor before a clause (`odds are that`).
 */
const COPULA = /(?<!\b(?:[Tt]here|[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|[Yy]ou|[Tt]his|[Tt]hat|[Ww]hat|who|which)\s)\b(?:is|are|was|were)\s+(?!\p{Ll}+ing\b|(?:that|what|how|so|as|of|to|being|been|(?:not|reportedly|allegedly)\s+\p{Ll}+ing)\b)(?=\p{Ll})/u;
/**
 * A subject whose noun in -s stands between a name and a name keeps its copula: without it, `BBC hits
 * Little Britain and Strictly Come Dancing [are] among shows nominated` reads as the BBC hitting them.
 */
const NOUN_READ_AS_VERB = /^\p{Lu}\S*\s+\p{Ll}+[^s'’]s\s+\p{Lu}/u;
/** An action with its object as the subject keeps its copula: `Hiding women away is a backward view`, not `… away backward view`. */
const ACTION_SUBJECT = /^\p{Lu}\p{Ll}+ing\s+(?!(?:is|are|was|were|in|on|at|for|of|to|with|by|under)\b)\p{Ll}/u;
/**
 * A copula between a singular word and a plural noun stays: without it, `Immigration and asylum [have been]
 * issues politicians have tiptoed around` reads as `asylum issues`, one noun.
 */
function readsAsCompound(before: string, after: string): boolean {
  const last = before.trimEnd();
  return /(?:^|\s)\p{Ll}+$/u.test(last) && !last.endsWith("s") && /^\p{Ll}+[^su'’s]s\b/u.test(after);
}
/** A clause opened before a copula is the copula's own: `shows that the plan is legal`, `making sure networks are safe` keep their `is`. */
const OPENED = /\b(?:that|how|what|whether|if|when|why|because|while|knows?|knew|feels?|felt|shows?|showed|sure)\s/;
/**
 * `admits that he lied` → `admits he lied`: after a verb of saying or thinking, `that` only joins. Kept
 * before a noun, which could be read as the verb's object (`accept that people … are`), except after `say`.
 */
const SAID_THAT = /\b(?:((?:insist|believe|think|claim|warn|admit|confirm|announce|hope|fear|expect|predict|pledge|vow|promise|argue|accept|reveal|suggest|show|find)s?|deny|denies)\s+that\s+(?=(?:he|she|it|they|we|I|you|there)\s|["“‘]|\p{Lu})|(say|says|said)\s+that\s+)/gu;
/** `is closing` → `closes`; not `is going to`, the future. */
const PROGRESSIVE = /\b(is|are|was|were)\s+(?!going to\b)(?:(reportedly|allegedly)\s+)?(\p{Ll}+ing)\b/gu;
/** A future in progress is a future: `will be closing the pier` → `to close pier`, `will not be bringing charges` → `will not bring charges`. */
const FUTURE_PROGRESSIVE = /\b(will(?:\s+not|\s+never)?|(?:is|are)\s+to)\s+be\s+(?!going\b)(\p{Ll}+ing)\b/gu;
/** Adverbs a headline does without; not `reportedly` or `allegedly`, without which a claim reads as fact (see `hedged`). */
const SOFTENERS = /\b(?:already|also|still|finally|currently|recently|previously|officially|now)\s+/g;
/** A verb of saying in the present and the subject of what is said: `says [that] hackers `. */
const REPORTED = /\b(?:says|say)\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){1,4}$/u;
/** What someone had done to them is in the present too: `man had [his] conviction quashed` → `man has conviction quashed`. */
const HAD_DONE = /\bhad\s+(?=(?:\p{Ll}[\p{Ll}-]*\s+){1,2}\p{Ll}+(?:ed|en)\b)(?!(?:been|\p{Ll}+(?:ed|en))\s)/gu;
/** `has reportedly been drawn up` → `reportedly drawn up`: the hedge stays with the verb it hedges. */
const hedged = (hedge: string | undefined, verb: string) => (hedge ? `${hedge} ${verb}` : verb);
/**
 * Titles before a name: a headline names the person (`Prime Minister Tony Blair` → `Tony Blair`); not a
 * title that is part of a longer one (`First Lady Melania Trump`, `Former Prime Minister John Major`).
 */
const TITLES = /(?<!\p{Lu}[\p{L}'’.-]*\s)(?<![-–])\b(?:Prime Minister|Chancellor|President|Vice President|Foreign Secretary|Home Secretary|Health Secretary|Education Secretary|Culture Secretary|Defence Secretary|Secretary of State|First Minister|Dr|Sir|Dame|Lord|Lady)\.?\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/gu;
/** A courtesy title before a name, whole or a surname alone: `Mr Toshitsune` is `Toshitsune` in a headline (not `Dr Who`, not `Mr Bean` in quotes or a title). */
const COURTESY = /(?<![\p{Lu}"“‘][\p{L}'’.-]*\s)(?<![-–"“‘])\b(?:Mr|Mrs|Ms)\.?\s+(?=\p{Lu}\p{Ll})/gu;

/**
 * Editors drop articles and write in the present: `The firm has cut 90 jobs` → `Firm cuts 90 jobs`,
 * `A man has been arrested` → `Man arrested`, `The council will vote` → `Council to vote`. Only the main
 * clause's verb changes: in `Hague says he will not stand`, `he will not stand` keeps its grammar.
 */
export function headlinese(text: string, sentences: readonly string[] = []): string {
  let shared: [participle: string, present: string] | undefined;
  let sharedGerund: [gerund: string, present: string] | undefined;
  const result = text
    .replace(DETERMINERS, (article, offset: number, whole: string) => (insideName(whole, offset, article.length) || writtenInName(whole, offset, article, sentences) || isRate(whole, offset) || keepsArticle(whole, offset) ? article : ""))
    .replace(HAD_DONE, (phrase, offset: number, whole: string) => (inClause(whole, offset) ? phrase : pluralSubject(whole.slice(0, offset)) ? "have " : "has "))
    .replace(FUTURE_PROGRESSIVE, (phrase, future: string, verb: string) => {
      const base = baseOfGerund(verb);
      return base ? `${future} ${base}` : phrase;
    })
    .replace(FUTURE, (phrase, offset: number, whole: string) => (inClause(whole, offset) || /^will\s+(?:not|never)\b/.test(whole.slice(offset)) ? phrase : "to "))
    .replace(PERFECT, (phrase, auxiliary: string, hedge: string | undefined, been: string | undefined, verb: string, offset: number, whole: string) => {
      const turned = perfect(phrase, auxiliary, been, verb, offset, whole);
      return turned === phrase ? phrase : hedged(hedge, turned);
    })
    .replace(AND_PARTICIPLE, (phrase, participle: string) => (shared && participle === shared[0] ? `and ${shared[1]}` : phrase))
    .replace(PASSIVE, (phrase, being: string | undefined, participle: string, offset: number, whole: string) => (inClause(whole, offset) || !isParticiple(participle, being !== undefined) ? phrase : ""))
    .replace(COPULA, (phrase, offset: number, whole: string) => (offset === 0 || inClause(whole, offset) || /["“]/.test(whole.slice(0, offset)) || OPENED.test(whole.slice(0, offset)) || ACTION_SUBJECT.test(whole) || NOUN_READ_AS_VERB.test(whole.slice(0, offset)) || readsAsCompound(whole.slice(0, offset), whole.slice(offset + phrase.length)) ? phrase : ""))
    .replace(PROGRESSIVE, (phrase, auxiliary: string, hedge: string | undefined, verb: string, offset: number, whole: string) => {
      const base = baseOfGerund(verb);
      if (!base || inClause(whole, offset)) return phrase;
      const present = (form: string) => ((auxiliary === "is" || auxiliary === "was") && !pluralSubject(whole.slice(0, offset)) ? thirdPerson(form) : form);
      // A second verb in -ing sharing the auxiliary turns too: `are counting losses and rebuilding fences` → `count … and rebuild …`.
      const second = SHARED_GERUND.exec(whole.slice(offset + phrase.length))?.[1];
      const secondBase = second ? baseOfGerund(second) : undefined;
      if (second && secondBase) sharedGerund = [second, present(secondBase)];
      return hedged(hedge, present(base));
    })
    .replace(AND_GERUND, (phrase, gerund: string) => (sharedGerund && gerund === sharedGerund[0] ? `and ${sharedGerund[1]}` : phrase))
    .replace(SAID_THAT, (_, verb: string | undefined, say: string | undefined) => `${verb ?? say} `)
    .replace(TITLES, "")
    .replace(COURTESY, "")
    .replace(SOFTENERS, "");
  // Two words are a headline once the tense turned: `Raskin has died` → `Raskin dies`.
  return wordCount(result) >= 2 ? result : text;

  /** The perfect at `offset` in the present, or the phrase as it was. */
  function perfect(phrase: string, auxiliary: string, been: string | undefined, verb: string, offset: number, whole: string): string {
    if (inClause(whole, offset) && !opensMainClause(whole, offset)) {
      // What someone says had happened, happened: `Brightmart says hackers had accessed …` → `… hackers accessed …`.
      return auxiliary === "had" && !been && REPORTED.test(whole.slice(0, offset)) && isPastForm(verb) && !isParticipleOnly(verb) ? verb : phrase;
    }
    // `had` says nothing of the number: the subject does (`Dorvant AG had secured` → `Dorvant AG secures`).
    const plural = auxiliary === "have" || pluralSubject(whole.slice(0, offset));
    const present = (form: string) => (plural ? form : thirdPerson(form));
    const progressive = been ? baseOfGerund(verb) : undefined; // `have been marking` → `mark`
    if (progressive) return present(progressive);
    if (been && baseForm(verb)) return verb; // passive: `has been arrested` → `arrested`
    // Copula: `nominees have been least popular` → `nominees least popular`, as `is` goes before what the subject is.
    if (been) {
      if (auxiliary === "had" || /^(?:that|what|how|so|as|of|to)$/.test(verb) || OPENED.test(whole.slice(0, offset)) || offset === 0) return phrase;
      // A copula that must stay is in the present: `have been issues` → `are issues`.
      return readsAsCompound(whole.slice(0, offset), verb) ? `${plural ? "are" : "is"} ${verb}` : verb;
    }
    const base = baseForm(verb);
    if (!base) return phrase;
    // A second participle sharing the auxiliary turns too: `has posted profits and predicted growth`.
    // Before a noun too, unless the first verb still wants what comes after its object: in `has put tax
    // cuts and increased spending at the centre`, `increased spending` is part of what was put.
    const second = (COMPLEMENT.test(verb) ? SHARED_PARTICIPLE : SHARED_PARTICIPLE_BEFORE_NOUN).exec(whole.slice(offset + phrase.length))?.[1];
    const secondBase = second ? baseForm(second) : undefined;
    if (second && secondBase) shared = [second, present(secondBase)];
    return present(base);
  }
}

/**
 * Whether a subject is plural though its verb was singular, as when a filler subject went (`A group of
 * artists in Poland has` → `artists in Poland take`) or the writer slipped (`Albania, Bulgaria and
 * Macedonia has`): names listed with commas and `and`, or a head noun in -s (the last word before a
 * phrase or clause opens; not `news`, `series`, `species`, `means`, `politics`).
 */
function pluralSubject(subject: string): boolean {
  const text = subject.trim();
  if (/^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*(?:,\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*)+,?\sand\s\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*$/u.test(text)) return true;
  const words = text.split(/\s+/);
  const opens = words.findIndex((word) => PHRASE_OPENER.test(word) || /^\p{Ll}+(?:ing|ed)$/u.test(word) || /,$/.test(word));
  const head = opens === -1 ? words[words.length - 1]! : opens > 0 && !/,$/.test(words[opens]!) ? words[opens - 1]! : words[opens]!.replace(/,$/, "");
  // And the plurals not in -s that news uses most: `Police in Niger State had rescued` → `… rescue`.
  return (/^\p{Ll}+[^suiy'’]s$/u.test(head) && !/(?:ics|news|series|species|means)$/.test(head)) || /^(?:people|men|women|children|police)$/i.test(head);
}

/** Words that open a phrase or clause after a noun: the noun before them heads the subject. */
const PHRASE_OPENER = /^(?:of|in|for|at|on|with|from|to|by|over|under|near|across|behind|among|between|into|about|against|after|before|during|without|within|that|which|who|whose|where|and|or|but|than|as)$/;

/**
 * Whether the article at `offset` belongs to a name or a title, which keeps its words as written:
 * between capitalised words (`Meet the Fockers`, `I'm a Celebrity`, `Harry Potter and the Half-Blood
 * Prince`), or inside a quotation.
 */
function insideName(text: string, offset: number, length: number): boolean {
  const before = text.slice(0, offset);
  // `over The Office`: a capital article inside a sentence starts a title.
  if (offset > 0 && /^\p{Lu}/u.test(text.slice(offset))) return true;
  if (((before.match(/["“”]/g)?.length ?? 0) % 2 === 1) || /“[^”]*$/.test(before)) return true;
  // A capital at the very start proves nothing: `Stars of the Eurovision Song Contest` is no name.
  return /^\p{Lu}/u.test(text.slice(offset + length)) && /\s["“‘]?\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|of|&)\s+)?$/u.test(before);
}

/** An `a` that changes the meaning when it goes: `a few` is not `few`, `in a row` not `in row`. */
function keepsArticle(text: string, offset: number): boolean {
  const rest = text.slice(offset);
  // An amount (`a few`, `up a notch`), `in a row`, and what a copula says something is: `Reyes is a hero`
  // is `Reyes a hero` once the copula goes, never `Reyes hero`.
  // A fraction before a comparison too, not an ordinal: `a third less likely`; `a third term` is `third term`.
  return /^a\s+(?:few|little|lot|bit|notch|tad|while)\b/i.test(rest) || /^a\s+(?:third|quarter|fifth|tenth)\s+(?:less|more|fewer|lower|higher|smaller|bigger|larger|cheaper)\b/i.test(rest) || (/^a\s+row\b/.test(rest) && /\bin\s$/.test(text.slice(0, offset))) ||
    (/^an?\s/i.test(rest) && /\b(?:is|are|was|were)\s$/.test(text.slice(0, offset)));
}

/** `a` meaning `per` after an amount: `1bn francs a month`, `twice a week`, `$50 a barrel`, `three cups of green tea a day`. */
function isRate(text: string, offset: number): boolean {
  return /^an?\s+(?:day|week|month|year|hour|minute|head|barrel|share|gallon|litre|tonne)\b/i.test(text.slice(offset)) && /(?:(?:\d\S*|\b(?:two|three|four|five|six|seven|eight|nine|ten|more|dozens|hundreds|thousands|millions))(?:\s+\S+){0,4}|\b(?:once|twice|times))\s+$/.test(text.slice(Math.max(0, offset - 40), offset));
}

/**
 * Whether the article, past its lead, writes the article at `offset` between the same two capitalised
 * words: `Top of the Pops` opening a headline is a name when the story writes `Top of the Pops` again,
 * where the capital that opens a sentence proves nothing on its own (see `insideName`). A `The` that
 * opens the headline is a title's when the story, its lead too, writes it with its capital inside a sentence.
 */
function writtenInName(text: string, offset: number, article: string, sentences: readonly string[]): boolean {
  // A title that opens the headline with its own `The`: the story writes `The Aviator` inside a sentence too (`tip The Aviator`).
  const title = offset === 0 && /^The\s/.test(article) ? /^\p{Lu}[\p{L}'’.-]*/u.exec(text.slice(article.length))?.[0]?.replace(/['’]s$/, "") : undefined; // `The Office's Ricky Gervais`
  if (title) {
    const written = new RegExp(`[\\p{Ll},]\\s+The\\s+${escapeRegExp(title)}\\b`, "u");
    if (sentences.some((sentence) => sentence.includes(title) && written.test(sentence))) return true;
  }
  const before = /(?:^|\s)(\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|and|&)\s+)?)$/u.exec(text.slice(0, offset))?.[1];
  const after = /^\p{Lu}[\p{L}'’.-]*/u.exec(text.slice(offset + article.length))?.[0];
  if (!before || !after) return false;
  const name = `${before}${article}${after}`;
  return sentences.slice(1).some((sentence) => sentence.includes(name));
}

/**
 * `arrested`, `taken`: a word a passive's auxiliary may go before. An irregular one (`made`, `sought`)
 * only after `being`, which no adjective or noun follows (`how the money is spent` is no main clause).
 */
function isParticiple(word: string, afterBeing: boolean): boolean {
  return /(?:ed|en)$/.test(word) || (afterBeing && baseForm(word) !== undefined);
}

/**
 * `… and predicted that`: a participle after `and`, before any comma, that shares the perfect's
 * auxiliary; only before what can only be its object, since `and increased spending` is an adjective.
 */
const SHARED_PARTICIPLE = /^[^,;]*?\band\s+(\p{Ll}+ed)\s+(?=that\b|to\b|its\b|their\b|his\b|her\b|\p{Lu})/u; // not `and increased spending`
const SHARED_PARTICIPLE_BEFORE_NOUN = /^[^,;]*?\band\s+(\p{Ll}+ed)\s+(?=\p{L})/u;
const AND_PARTICIPLE = /\band\s+(\p{Ll}+ed)\b/u;
/** A second verb in -ing after `and`, a few words on and no comma between: `counting stock losses [and rebuilding] fences`. */
const SHARED_GERUND = /^(?:\s+(?!(?:after|before|of|in|on|at|for|from|with|by|over|under|amid|despite|during|about|into|to|than|as)\b)[^\s,;:]+){1,4}?\s+and\s+(\p{Ll}{2,}ing)\s+(?=\p{Ll})/u; // not in a phrase: `after floods and rising costs`
const AND_GERUND = /\band\s+(\p{Ll}{2,}ing)\b/u;

/** A verb of saying or thinking: what follows it is a clause of its own (`Blair says he will …`). */
const REPORTING = /\b(?:says|said|insists|insisted|believes|believed|thinks|claims|claimed|warns|warned|admits|admitted|denies|denied|confirms|confirmed|announces|announced|hopes|fears|expects|predicts|pledges|vows|promises|argues|accepts|reveals|revealed|told|tells|saying|claiming|warning)\b(?!\s+(?:against|of|for|about|over|by|from|at)\b)/; // not a noun before its phrase: `doping claims against Jones`
const AUXILIARY = /\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|did)\s/;
const RELATIVE_AUXILIARY = /\b(?:who|which|that)\s+\w+\s/g;
const OPENS_CLAUSE = /\b(?:he|she|it|they|we|i|you|there|who|which|that|if|when|whether|as|because|while|after|before|unless|until|and|or|but)\s+(?:(?:already|also|still|now|not|never|just)\s+)?$/i;

/**
 * Whether the verb at `offset` is not the main clause's: a verb comes before it (a leading clause that a
 * comma closes does not count), or it follows a pronoun or a word that opens a clause.
 */
function inClause(text: string, offset: number): boolean {
  const before = text.slice(text.lastIndexOf(",", offset) + 1, offset);
  // A relative clause's own auxiliary (`bakery that has fed the town will close`) is not the main verb.
  return AUXILIARY.test(before.replace(RELATIVE_AUXILIARY, " ")) || REPORTING.test(before) || OPENS_CLAUSE.test(before);
}

/** House style of headlines: `40%`, `$9.3bn`, `£5m`, `US`, `UK`. */
export function headlineStyle(text: string): string {
  return text
    .replace(/(\d)\s*per\s*cent\b/g, "$1%")
    .replace(/([$£€]\s?\d[\d.,]*)\s+billion\b/g, "$1bn")
    .replace(/([$£€]\s?\d[\d.,]*)\s+million\b/g, "$1m")
    .replace(/\bUnited States\b/g, "US")
    .replace(/\bUnited Kingdom\b/g, "UK");
}

/**
 * A name before a noun needs no possessive in a headline: `Japan's economy` → `Japan economy`,
 * `UK's jobless total` → `UK jobless total`; not before a superlative (`Europe's largest bank`), nor
 * further in (`one of Britain's big unions`).
 */
export function namesAsModifiers(text: string, sentences: readonly string[] = []): string {
  if (!text.includes("'s ") && !text.includes("’s ")) return text;
  // Only the name that opens the headline: inside it, a name without its possessive reads as a broken
  // name (`Two of Britain big unions`, `one of Clive Woodward many surprises`).
  // Not a pronoun's `'s`, which is `is`: `That's what I call …`.
  if (/^(?:That|It|What|There|Here|He|She|Who|Let|This)['’]s\s/.test(text)) return text;
  // Nor a name in 's before its verb, whose 's is its own: `Brightwell's to close 140 stores`.
  // Nor a person's: `Blair's personal standing`, where the rest of the article writes `Mr Blair` or `Blair said`.
  // Nor an owner of something named in turn, where the names would run together: `Mike Leigh's
  // award-winning drama Vera Drake` (not `Mike Leigh award-winning drama Vera Drake`); only across words
  // that describe it, no verb in -s and no preposition (`Kenya athletics body suspends Susan Chepkemei`).
  return text.replace(/^((?:\p{Lu}[\p{L}.&-]*\s+){0,3}\p{Lu}[\p{L}.-]*)['’]s(?= (?!\p{L}+est\b|own\b|first\b|most\b|next\b|last\b|only\b|to\b|(?:will|has|have|is|was|says|said)\b)\p{Ll})/u,
    (whole, name: string, offset: number) => (ownsNamed(text.slice(offset + whole.length)) || usedAsPerson(sentences.slice(1).join(" "), name.slice(name.lastIndexOf(" ") + 1)) ? whole : name));
}

/** Whether what a possessive owns (`rest`, after it) is described, then named: ` award-winning drama Vera Drake`. */
function ownsNamed(rest: string): boolean {
  const words = rest.trim().split(" ", 6);
  for (let i = 0; i < words.length; i++) {
    if (/^\p{Lu}/u.test(words[i]!)) return i > 0;
    if (i === 4 || /^\p{Ll}*[^s\s]s$/u.test(words[i]!) || /^(?:at|as|to|in|on|of|for|with|by|from|and)$/.test(words[i]!) || !/^\p{Ll}[\p{Ll}-]*$/u.test(words[i]!)) return false;
  }
  return false;
}

/** Words that say what kind of place a name is: `Waimāra district`, `Tākaro valley`. */
const PLACE_KIND = /^(?:district|county|region|valley|area|city|town|village|borough|province|state|shire|island|islands|coast|peninsula|township)$/;

/**
 * Headlines put the name before the noun it owns: `Shares in Exel jump` → `Exel shares jump`, `Owners
 * of Yukos to sue` → `Yukos owners to sue`. Only for a subject of one or two words and a name of one to
 * three, right before the verb; not for a quantity (`Thousands of Britons`) or a name of its own (`Bank
 * of England`, which the article capitalises inside a sentence).
 */
export function nameBeforeNoun(text: string, sentences: readonly string[] = []): string {
  // One or two words come first: no Unicode expression on most headlines.
  const opening = text.slice(0, 28);
  if (!opening.includes(" of ") && !opening.includes(" in ") && !opening.includes(" at ")) return text;
  const match = NOUN_OF_NAME.exec(text);
  if (!match) return text;
  const [whole, noun, name] = match as unknown as [string, string, string];
  const head = noun.slice(0, noun.indexOf(" ") >>> 0);
  // Whether the article writes the head as a name (`Head of …` in `Head of Lloyd's`): asked of its
  // capitalised form, since headlinese may have dropped the article before it (`the owners` → `owners`).
  const asWritten = head.charAt(0).toUpperCase() + head.slice(1);
  // A name that describes what follows is no owner: `Shares in [US] phone firm MCI`, `Family of [Iraqi] civilian`.
  // Nor one before more of the noun phrase, whose verb comes later: `Ticket sales at [US] box office predicted`.
  const next = text.slice(whole.length + 1).split(" ", 4);
  // The name must end the noun phrase: a verb follows it, not more nouns (`Chief executive of Fiat [conglomerate]`).
  const verbLike = (word = "") => /^(?:to|is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|\p{Ll}+(?:[^s'’]s|ed))$/u.test(word);
  if (!verbLike(next[0]) && (verbLike(next[1]) || verbLike(next[2]))) return text;
  // Nor a place named with what kind of place it is: `Ratepayers in [Waimāra district]`.
  if (PLACE_KIND.test(next[0] ?? "")) return text;
  // Nor a name the article writes before the next word as one term: `Clutch of [Oscar nominees]`.
  if (next[0] && sentences.slice(1).some((sentence) => sentence.includes(`${name} ${next[0]}`))) return text;
  // Nor a person's surname, which before a noun reads as a label: `memory of Charles` (Ray Charles), never `Charles memory`.
  if (!name.includes(" ") && isSurname(sentences.join(" "), name)) return text;
  // Nor before a comparison, which the name would split from its noun: `[UK] faster broadband`.
  if (QUANTITIES.test(head) || COMPARATIVE.test(head.toLowerCase()) || DESCRIBING.test(name) || next.some((word) => /\p{Lu}/u.test(word)) || next.slice(1, 3).some((word) => /\p{Ll}ed$/u.test(word)) || sentences.slice(0, 8).some((sentence) => capitalisedInside(sentence, asWritten))) return text;
  return `${name} ${noun.toLowerCase()}${text.slice(whole.length)}`;
}

/** Whether the article writes `surname` after a first name (`Ray Charles`) and uses it as a person's. */
function isSurname(text: string, surname: string): boolean {
  return new RegExp(`\\p{Lu}\\p{Ll}+ ${escapeRegExp(surname)}\\b`, "u").test(text) && usedAsPerson(text, surname);
}

const NOUN_OF_NAME = /^(\p{L}[\p{Ll}-]+(?: (?!\p{Ll}+(?:ing|ed)\b)\p{Ll}[\p{Ll}-]+)?) (?:of|in|at) ((?:\p{Lu}[\p{L}&.-]*)(?: \p{Lu}[\p{L}&.-]*){0,2})(?= \p{Ll})(?! (?:of|and|in|on|at|for|from|by|with)\b)/u;
/** Quantities and parts own nothing: `Thousands of Britons`, `Most of Europe`, `Rest of UK`. */
const QUANTITIES = /^(?:thousands|millions|hundreds|dozens|billions|tens|scores|number|numbers|some|most|many|much|all|none|one|two|three|four|five|half|part|rest|majority|minority|bulk|lot|lots|group|series|pair|couple|each|any|both|few|fewer|several|more|less|top|end|start|beginning|heart|centre|middle|side|front|back|bottom|edge|home)$/i;
/** A nationality describes: `Indian drugmaker`, `Swedish pop quartet`. */
const DESCRIBING = /(?:ian|ean|ese|ish|ic)$|^(?:French|Dutch|Greek|Swiss|Thai|German|Iraqi|Israeli|Saudi)$/;
