/** The eval's reading checks: headlines a reader would stop at, and tags a reader would trip over. */

/**
 * Headlines a reader would stop at, by cheap general checks. Which words exist, and which can be verbs,
 * is learnt from the corpus's own articles, not from a word list: a verb is a word (or the base of an
 * `-s` form) the corpus uses after `to`, a modal, `not`, a subject pronoun or an auxiliary at least a
 * tenth as often as after an article or a possessive; a misspelt inflection is a form whose base the corpus never uses, or
 * uses only with the `e` the form lost (`describs`, `prepar`).
 */
export function suspectHeadlines(headlines: readonly string[], texts: readonly string[]): Array<{ headline: string; reason: string }> {
  const vocabulary = new Set<string>();
  const cues = new Map<string, [verb: number, noun: number]>();
  // How often each lower-case form ends a clause (before `.`, `,`, `;`, `:`, `?`, `!`), of all its uses.
  const endings = new Map<string, [ends: number, uses: number]>();
  const cue = (word: string, as: 0 | 1) => { const seen = cues.get(word) ?? [0, 0]; seen[as]++; cues.set(word, seen); };
  for (const text of texts) {
    const lower = text.toLowerCase().replace(/’/g, "'");
    // Words as the corpus writes them in lower case: `Haile` is a name, not a lost `e`.
    for (const word of text.replace(/’/g, "'").match(/(?<![\p{L}'])[a-z]+(?:'[a-z]+)?/gu) ?? []) vocabulary.add(word);
    for (const match of lower.matchAll(/\b([a-z]+)(?=(\s*[.,;:?!])?)/g)) {
      const seen = endings.get(match[1]!) ?? [0, 0];
      seen[0] += match[2] ? 1 : 0;
      seen[1]++;
      endings.set(match[1]!, seen);
    }
    for (const match of lower.matchAll(/\b(?:to|will|would|could|can|should|may|might|must|not|n't|did|does|he|she|it|they|we|i|has|have|had|was|were|been|is|are)\s+([a-z]+)/g)) cue(match[1]!, 0);
    for (const match of lower.matchAll(/\b(?:the|a|an|its|their|his|her|our|this|these)\s+([a-z]+)/g)) cue(match[1]!, 1);
  }
  const bases = (word: string) => [word, ...(/[^s]s$/.test(word) ? [word.slice(0, -1)] : []), ...(/(?:sh|ch|ss|x|z|o)es$/.test(word) ? [word.slice(0, -2)] : []), ...(/ies$/.test(word) ? [`${word.slice(0, -3)}y`] : [])];
  const used = (base: string) => [base, `${base}s`, `${base}es`, base.endsWith("e") ? `${base}d` : `${base}ed`, `${base.replace(/e$/, "")}ing`].some((form) => vocabulary.has(form));
  const misspelt = (word: string) => !vocabulary.has(word) && !bases(word).some((base) => used(base) && !vocabulary.has(`${base}e`) && !vocabulary.has(`${base}es`));
  const isVerb = (word: string) => !word.endsWith("ing") && bases(word).some((base) => { const [verb, noun] = cues.get(base) ?? [0, 0]; return verb >= 1 && verb * 10 >= noun; });
  // A verb the corpus almost never lets end a clause wants what follows it: `WorldCom director admits`.
  // Only a present in `-s` that never follows an article (`critics`, `takings` do): a participle ending a
  // headline is a passive (`Brown arrested`).
  const wantsObject = (word: string) => {
    const [ends, uses] = endings.get(word) ?? [0, 0];
    return /[^s]s$/.test(word) && !/(?:ing|ful)s$/.test(word) && uses >= 3 && ends * 5 < uses && isVerb(word) && (cues.get(word)?.[1] ?? 0) === 0;
  };
  const CLOSED = /^(?:the|a|an|this|that|these|those|than|then|there|where|when|who|which|what|how|why|more|most|very|so|too|also|not|no)$/;
  // Not an object pronoun, which ends a clause (`reveal who told them`), nor the month (`since May`).
  const ENDS_ON_GLUE = /\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|should|can|might|must|shall|do|does|did|he|she|it|they|we|i|you|his|its|their|the|a|an|and|or|but|of|to|in|on|at|for|from|by|with|as|than|that|which|who|such|very|more|most)$/i;
  const suspects: Array<{ headline: string; reason: string }> = [];
  for (const credited of headlines) {
    const headline = withoutCredit(credited);
    const words = headline.replace(/’/g, "'").match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? [];
    const reason =
      ENDS_ON_GLUE.test(headline) || /\bmay$/.test(headline) ? "ends on a function word" :
      /\bto (?:not|never)\b|\b(?:he|she|it|they|we|i|you) to \p{Ll}/iu.test(headline) ? "`to not` or a pronoun before `to`" :
      words.some((word) => /^[a-z]+$/.test(word) && misspelt(word)) ? "a misspelt word" :
      (/(?<!-)\bthan\b(?!-)/.test(headline) && !/\b(?:more|less|fewer|rather|other|different|\p{L}+er)\s+(?:\S+\s+){0,5}than\b/iu.test(headline)) || (/\bbetween\b/.test(headline) && !/\bbetween\b.*\band\b/.test(headline)) ||
        (/\bsame\b/.test(headline) && !/\bsame\b.*\bas\b/.test(headline)) || (/\bboth\b/.test(headline) && !/\band\b/.test(headline)) ? "a comparison or pair cut in half" :
      !words.slice(1).some((word) => /^[a-z]/.test(word) && isVerb(word)) ? "no verb" :
      // Not after a preposition or an article, which make it a noun: `series of [races]`.
      wantsObject(words[words.length - 1] ?? "") && !/^(?:of|to|in|on|at|for|with|by|from|the|a|an|his|her|its|their)$/i.test(words[words.length - 2] ?? "") ? "ends on a verb that wants its object" :
      relativeOnly(words, isVerb) ? "a relative clause without a main clause" :
      spliced(words, (word) => !CLOSED.test(word) && isVerb(word) && (cues.get(word)?.[1] ?? 0) === 0) ? "two clauses spliced" : "";
    if (reason) suspects.push({ headline: credited, reason });
  }
  return suspects;
}

/** The claim of a headline that credits it (`Climate change could be out of control, Sepa warns`): its ends are the claim's. */
const withoutCredit = (headline: string) => headline.replace(/,\s+(?:[\p{L}'’&.-]+\s+){1,4}(?:says|say|warns|warn|claims|claim|predicts|predict|shows|show|suggests|suggest|finds|find|rules|rule|reports|report)$/u, "");

/** `German firm whose main product derived`: a noun, a relative pronoun, and no verb before it nor a second after. */
function relativeOnly(words: readonly string[], isVerb: (word: string) => boolean): boolean {
  const relative = words.findIndex((word, i) => i > 0 && /^(?:who|whose|which)$/.test(word));
  if (relative === -1) return false;
  const verbs = (from: number, to: number) => words.slice(from, to).filter((word) => /^[a-z]/.test(word) && isVerb(word)).length;
  return verbs(1, relative) === 0 && verbs(relative + 1, words.length) <= 1;
}

/**
 * `owners continue to break records with text were sent in total`: `is`, `are`, `was` or `were` after a
 * verb of the headline's own (one the corpus never puts after an article; headlinese drops the main
 * clause's auxiliaries), with nothing before it that opens a clause (a conjunction, a relative, a
 * pronoun, a verb of saying or knowing).
 */
function spliced(words: readonly string[], isVerb: (word: string) => boolean): boolean {
  const passive = words.findIndex((word, i) => i > 1 && /^(?:is|are|was|were)$/.test(word));
  const opens = /^(?:and|or|but|that|who|which|whose|what|how|why|whether|when|where|while|as|after|before|because|if|since|until|he|she|it|they|we|i|you|there|(?:say|confirm|den|warn|know|feel|believe|think|claim|admit|insist|fear|hope|reveal)\p{L}*|said|felt|knew|thought)$/iu;
  return passive > 1 && words.slice(1, passive - 1).some((word) => /^[a-z]/.test(word) && isVerb(word)) && !words.slice(0, passive).some((word) => opens.test(word));
}

/**
 * What a reader trips over at once, whatever the rest of the headline says: a start that points
 * elsewhere (a pronoun or `There`, whose person is in another sentence), another newsroom's time words
 * at the front (`Yesterday,`, `On Friday,`, `Early morning,`), and a name or a title of a work that lost
 * a word (`Meet Fockers` for `Meet the Fockers`, `Terry Melcher Ry Cooder` from two names) or a
 * possessive it needed (`Two of Britain big unions`). `text` is the article the headline came from.
 */
export function readsWrong(credited: string, text: string): string {
  const headline = withoutCredit(credited);
  if (POINTING_START.test(headline)) return "starts with a pronoun or There";
  if (JOINING_START.test(headline)) return "starts with a word that joins it to a sentence before"; // `Then goes on …`, `So what is …`
  if (ADDRESSING_START.test(headline)) return "speaks to the reader"; // `If you have finished Doom 3, …`, `Spin radio dial in US`
  if (INTERJECTION_START.test(headline)) return "starts with an interjection"; // `Well, it's goodbye …`
  if (TIME_START.test(headline)) return "starts with a time word";
  if (brokenName(headline, text)) return "a broken name or title";
  if (notHeadlineTense(headline)) return "not in headline tense";
  if (OPENED_END.test(headline)) return "a clause cut just after it opened";
  if (DEGREE_END.test(headline)) return "ends on a word that says how much of what follows"; // `had relied too`
  if (misquotes(headline, text)) return "a quotation the article does not have word for word";
  if (lostProportion(headline, text)) return "a proportion without its number"; // `One in Americans`
  if (cutBeforeVerb(headline, text)) return "cut before its main verb"; // `Plans to portray … as cannibals [… have been criticised]`
  if (cutBeforeNeeded(headline, text)) return "a verb cut before what it needs"; // `banned [from using]`, `chosen [as …]`
  if (conditionCut(headline, text)) return "a condition cut"; // `MPs to be thrown out of Commons [if they use …]`
  if (nounCutBeforeNeeded(headline, text)) return "a noun cut before what it is in or with"; // `26% increase [in …]`
  if (lostSuperlativeOwner(headline, text)) return "a superlative without what bounds it"; // `of [the world's] most important`
  if (listCut(headline, text)) return "a list cut before its last item"; // `beats Dizzee Rascal, Jamelia, Lemar [and The Streets]`
  if (scopeCut(headline, text)) return "a superlative or an ordinal cut from what it is the most or first of"; // `lowest level [in three years]`, `21st month [in a row]`
  if (uncredited(credited, text)) return "a claim without who makes it"; // `Climate change could be out of control[, Sepa warns]`
  if (hedgeDropped(credited, text)) return "a hedge dropped"; // `Plans [reportedly] drawn up by Fox`
  return "";
}

/** Whether the headline ends on a list of two commas or more that the article goes on with `and` or `or`. */
function listCut(headline: string, text: string): boolean {
  const list = /,\s+[^,]+,\s+([^,]+)$/.exec(headline);
  if (!list || /\b(?:and|or)\b/.test(list[1]!)) return false;
  return new RegExp(`\\b${escape(list[1]!.split(" ").slice(-2).join(" "))},?\\s+(?:and|or)\\s`).test(text);
}

/** The article's first sentence: the lead whose hedges and credits the headline must keep. */
function firstSentence(text: string): string {
  return /^[^\n]*?[.!?]["”’]?(?=\s|$)/.exec(text.trim())?.[0] ?? "";
}

/**
 * Whether the lead hedges a verb (`have reportedly been drawn up`, `allegedly suggesting`) that the headline
 * keeps without its hedge and without saying who claims it: a report reads as fact.
 */
function hedgeDropped(headline: string, text: string): boolean {
  const lead = firstSentence(text);
  const hedged = /\b(reportedly|allegedly)\s+(?:(?:been|being|have|has)\s+)*(\p{Ll}{3,})/u.exec(lead);
  if (!hedged || headline.includes(hedged[1]!) || /\b(?:says?|said|reports?|claims?|alleges?)\b/.test(headline)) return false;
  return new RegExp(`\\b${escape(hedged[2]!.slice(0, 4))}`).test(headline);
}

/**
 * Whether the article's lead ends by saying whose claim it is (`…, a trade body has warned.`, `…, according
 * to a report.`) and the headline names no one who says it: the claim reads as the newsletter's own.
 */
function uncredited(headline: string, text: string): boolean {
  if (/^\p{Lu}[\p{L}'’.-]*:\s/u.test(headline)) return false; // `Mandelson: BBC should …` names who says it first
  const lead = firstSentence(text);
  // Or opens on who says it (`Film-maker Spike Lee says …`), a name the headline then leaves out.
  const speaker = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(\p{Lu}[\p{L}'’.-]*)\s+(?:says|said|insists|insisted|claims|claimed|believes|warns|warned)\s/u.exec(lead)?.[1];
  if (speaker && !headline.includes(speaker) && !/\b(?:says?|said|warns?|claims?|insists?)\b/.test(headline)) return true;
  const source = /,\s+(?:according\s+to\s+(?<after>[^,]+)|(?:said|says|warned|warns)\s+(?<after2>[^,]+)|(?<before>[^,]{2,60}?)\s+(?:has\s+|have\s+)?(?:said|says|say|warned|warns|warn|claimed|claims|predicted|suggests|suggest|suggested|found|finds|ruled|rules|heard|hears|pledged|promised|vowed)(?:\s+(?:as|when|while|after|before)\s[^,]+)?)[.!?]["”’]?$/u.exec(lead)?.groups;
  if (!source) return false;
  const who = (source.after ?? source.after2 ?? source.before ?? "").trim();
  if (/^(?:it|he|she|they|we|I|you|this|that|which|who|as|so|but|and)\b/i.test(who) || /["”’]/.test(who)) return false;
  return !/\b(?:says?|said|warns?|claims?|predicts?|shows?|according|suggests?|finds?|rules?|hears?|pledges?|promises?|vows?)\b/.test(headline);
}

/**
 * Whether the headline stops where the article's sentence goes on with what its last word needs: a verb
 * of keeping before `from` and a gerund (`casinos to be banned [from using …]`, the opposite), a
 * participle of choosing before `as` (`Powerbook chosen [as the greatest gadget]`), the bare verb after
 * `make`/`let`/`help` and its object before a question (`make bloggers reveal [who told them]`). Its
 * word lists are its own, like every check here: the eval judges the headline code and imports none of it.
 */
function cutBeforeNeeded(headline: string, text: string): boolean {
  const words = headline.split(" ");
  const last = words[words.length - 1]!;
  if (!/^\p{Ll}+$/u.test(last)) return false;
  const escaped = `${words.length > 1 ? `${escape(words[words.length - 2]!)}\\s+(?:(?:the|a|an|has|have|had|is|are|was|were|be|been|being|will)\\s+){0,3}` : ""}${last}`; // headlinese dropped `the`, `has been`
  // The first place the article has these words, even where punctuation follows: not a later sentence
  // that happens to go on (`and has failed, Howard said` is whole; `has failed to tackle` comes later).
  const at = new RegExp(`\\b${escaped}\\b(?=(\\s+[^.;:!?]{0,40}|[,;:.!?]))`, "i").exec(text);
  if (!at) return false;
  const rest = at[1]!;
  if (/^(?:bann|barr|stopp|prevent|prohibit|block|exclud|forbid)\p{Ll}*$/u.test(last) && /^\s+from\s+\p{Ll}+ing\b/u.test(rest)) return true;
  if (/^(?:chosen|named|voted|crowned|elected|appointed|selected|picked|hailed|described|regarded|branded|labelled|dubbed)$/.test(last) && /^\s+as\s/.test(rest)) return true;
  if (/^(?:meant|supposed|intended|designed|aimed|bound|able|unable|likely|unlikely|due)$/.test(last) && /^\s+to\s/.test(rest)) return true; // `targets were meant [to help …]`
  if (/\b(?:make|makes|made|let|lets|help|helps|helped)\s+(?:\S+\s+){1,3}\p{Ll}+$/u.test(headline) && /^\s+(?:who|what|how|whether|why)\b/.test(rest)) return true;
  // An idiom cut from its preposition: `UK gamers get chance to take part [in a $1m tournament]`, `give go ahead [for …]`.
  if (/\b(?:take|takes|took|taking|play|plays|played|playing|give|gives|gave|given)\s+(?:\S+\s+)?(?:part|role|ahead|go-ahead)$/.test(headline) && /^\s+(?:in|for|to)\s/.test(rest)) return true;
  // A participle that describes the noun before it, after the headline's own verb, cut before its agent or
  // phrase: `agencies reel at devastation left [by the tsunami]`, `writes to two men freed [from Guantanamo]`.
  const before = words.slice(1, -2).some((word) => /^\p{Ll}+(?:[^s'’]s)$/u.test(word) && !/(?:ss|us|is)$/.test(word));
  if (before && /^\p{Ll}+s$/u.test(words[words.length - 2] ?? "") && /^(?:\p{Ll}+ed|left|made|taken|given|held|built|sold|freed|seen|shown|known|found)$/u.test(last) && /^\s+(?:by|from|as|with|in|at|for|to)\s/.test(rest)) return true;
  return false;
}

/**
 * Whether the headline is all words the lead writes before its main verb, in order: the lead's first
 * auxiliary that opens no clause of its own (not after `who`, `that`, a pronoun or `and`), nor says whose
 * claim it is (`, figures have shown`), comes after them all (`Director … of His Dark Materials [is to
 * remove …]`, `Warm reception that has greeted Star Wars [is a reflection …]`).
 */
function cutBeforeVerb(headline: string, text: string): boolean {
  const lead = firstSentence(text).toLowerCase();
  const words = headline.toLowerCase().match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length < 2) return false;
  let at = 0;
  for (const word of words) {
    const found = new RegExp(`(?<![\\p{L}\\p{N}])${escape(word)}(?![\\p{L}\\p{N}])`, "u").exec(lead.slice(at));
    if (!found) return false;
    at += found.index + word.length;
  }
  for (const aux of lead.matchAll(/\b(?:has|have|had|is|are|was|were|will|would|could|should|may|might|must|can)\b/g)) {
    const before = lead.slice(Math.max(0, aux.index - 50), aux.index);
    if (/\b(?:who|which|that|whose|where|when|if|whether|because|as|he|she|it|they|we|i|you|there)\s+(?:\S+\s+){0,4}$/.test(before) || /\b(?:and|or|but)\s+$/.test(before)) continue;
    if (aux[0] === "may" && /(?:\d|\b(?:in|on|since|until|by|from|to|of|last|next|this|early|late|mid))\s+$/.test(before)) continue; // the month
    if (/^\s+(?:\S+\s+)?(?:said|say|warned|shown|found|reported|suggested|claimed|told|revealed|announced|confirmed|admitted|learned)\b/.test(lead.slice(aux.index + aux[0].length))) continue;
    // A main verb without an auxiliary comes first: `Shares in Lenovo jumped …, which has …` (not `to hit`).
    return at <= aux.index && !/(?<!\bto\s)\b(?:\p{Ll}{2,}ed|fell|rose|won|lost|made|took|gave|saw|came|went|said|told|set|put|hit|cut|left|held|kept|sold|bought|paid|met|led|became|began|grew|showed)\b/u.test(lead.slice(0, aux.index));
  }
  return false;
}

/** What the article's sentence goes on with after the headline's last word (and the one before it), if the article has them. */
function restAfterEnd(headline: string, text: string): string | undefined {
  const words = headline.split(" ");
  const last = words[words.length - 1]!.replace(/[.,;:!?]+$/, "");
  if (words.length < 2 || !/^[\p{L}\d%]+$/u.test(last)) return undefined;
  const at = new RegExp(`\\b${escape(words[words.length - 2]!)}\\s+(?:(?:the|a|an)\\s+)?${escape(last)}(?=(\\s+[^.;:!?]{0,40}))`, "i").exec(text);
  return at?.[1];
}

/** The headline ends where the article's sentence goes on with `if` or `unless`: a condition stated as a fact. */
function conditionCut(headline: string, text: string): boolean {
  return /^,?\s+(?:if|unless)\s/.test(restAfterEnd(headline, text) ?? "");
}

/** A change without what it is in (`26% increase [in the number of phones]`), a relation without whom it is with (`talks [with Iraq]`). */
function nounCutBeforeNeeded(headline: string, text: string): boolean {
  const words = headline.split(" ");
  const last = words[words.length - 1]!;
  const rest = restAfterEnd(headline, text) ?? "";
  if (/^(?:to|will|would|could|may|might|can|should|must)$/i.test(words[words.length - 2] ?? "")) return false; // a verb: `continues to rise [in November]`
  if (/^\s+in\s+(?:\d{4}\b|January|February|March|April|May|June|July|August|September|October|November|December|the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half))/.test(rest)) return false; // when, not in what
  return (/^(?:increase|rise|fall|drop|decline|reduction|growth|jump|surge|slump)s?$/.test(last) && /^\s+in\s/.test(rest)) ||
    (/^(?:relationship|relations|talks|ties|partnership|alliance|dispute|row|clash|feud)$/.test(last) && /^\s+with\s/.test(rest));
}

/**
 * The headline ends a few words after a superlative or an ordinal, where the article goes on with what it
 * is the most or the first of: `falls to lowest level [in three years]`, `rises for 21st month [in a row]`,
 * `cheapest Apple computer [ever]`. Read without it, the record is of all time.
 */
function scopeCut(headline: string, text: string): boolean {
  const last = headline.split(" ").slice(-3);
  if (!last.some((word) => /^(?:best|worst|most|least|first|second|third|\d+(?:st|nd|rd|th)|\p{Ll}{2,}(?:[^aeiou]est|iest))$/u.test(word) && !/(?:latest|interest|protest|arrest|contest|invest|harvest|honest|modest|forest|suggest|digest|unrest|request)$/.test(word))) return false;
  return /^\s+(?:ever\b|in\s+a\s+row\b|in\s+succession\b|(?:in|for|since)\s+(?:\d|nearly|almost|more\s+than|over|two|three|four|five|six|seven|eight|nine|ten|a\s+decade|decades|years|a\s+generation))/.test(restAfterEnd(headline, text) ?? "");
}

/** `of most important institutions` where the article says `of the world's most important`: the superlative lost its owner. */
function lostSuperlativeOwner(headline: string, text: string): boolean {
  for (const match of headline.matchAll(/\b(?:of|in|at|on|for)\s+(most\s+\p{Ll}+|\p{Ll}{2,}est)\b/gu)) {
    if (new RegExp(`\\p{L}['’]s\\s+${escape(match[1]!)}\\b`, "u").test(text)) return true;
  }
  return false;
}

/** A degree adverb last: `relied too`, `so`, `very`; it says how much of something that is not there. */
const DEGREE_END = /\b(?:too|very|quite|rather|fairly|extremely|increasingly|really)$/i;
/** A spoken opening, closed by a comma: `Well,`, `Oh,`, `Obviously,`. */
const INTERJECTION_START = /^(?:Well|Oh|Ah|Alas|Yes|No|Now|OK|Okay|Indeed|Of course|Anyway|\p{Lu}\p{Ll}+ly),\s/u;

/**
 * Whether a quotation of three words or more in `headline` is not in the article as written: a word
 * taken out of a quotation misquotes (`challenge "the rates"` for `"the high rates"`). Short ones are
 * often a single quoted word the article gives in other quotes, and are left alone.
 */
function misquotes(headline: string, text: string): boolean {
  const plain = (s: string) => s.replace(/[“”"‘’']/g, "'").replace(/\s+/g, " ").toLowerCase();
  const article = plain(text);
  for (const match of headline.matchAll(/["“]([^"“”]+)["”]/g)) {
    const quote = plain(match[1]!).replace(/[,.;:!?]+$/, "");
    if (quote.split(" ").length >= 2 && !article.includes(quote)) return true;
  }
  return false;
}

/** `One in Americans` where the article says `one in 10 adult Americans`: the number went. */
function lostProportion(headline: string, text: string): boolean {
  const match = /\b(one|two|three)\s+in\s+(\p{L}+)/iu.exec(headline);
  return match !== null && !/^(?:ten|five|four|three|two|hundred|thousand|every|each|a)$/i.test(match[2]!) && new RegExp(`\\b${match[1]}\\s+in\\s+[\\d,]+`, "i").test(text);
}

/**
 * The main clause in the perfect (`Raskin has died`, `director has re-opened debate`): headlines say it
 * in the present. Only before anything that opens another clause, whose grammar is its own (`says he
 * has resigned`, `man who has …`, `row over whether … has reached`), and not inside a quotation.
 */
function notHeadlineTense(headline: string): boolean {
  // The main verb in the simple past with its object after it, straight after a subject of names or
  // nouns: `Benitez admitted victory …`, `Harbourline sold the ferry` (not a passive: `Brown arrested after
  // fight`, `Gallagher fined 50,000 euros`; not a past the headline dates: `vanished 10 years ago`).
  const past = /^(?:[\p{L}'’.&-]+\s+){1,4}?(?:(admitted|claimed|denied|insisted|revealed|warned|said|told)\s(?!(?:to|about|of|over|by|against|on)\s)|(\p{Ll}{2,}[^e\s]ed|shrank|rose|fell|grew|won|lost|sold|bought|took|gave|made|led|left|beat|saw)\s+(?:the|a|an|his|her|its|their|that)\s)/u.exec(headline);
  const subject = past ? headline.slice(0, past.index! + past[0].lastIndexOf((past[1] ?? past[2])!)) : "";
  if (past && !/\bago\b/.test(headline) && !/\b(?:to|is|are|was|were|be|been|being|has|have|had|will|would|could|should|may|might|must|can|who|which|that|says?|as|after|when|if|by|of|in|on|at|for|from|with|he|she|it|they|we|i|you|\p{Ll}+ing)\s/iu.test(`${subject} `)) return true;
  // A present main verb, then a clause of the same time left in the past: `profits fall 93% as research costs rose`.
  if (/^(?:[\p{L}'’.&%\d-]+\s+){1,5}?\p{Ll}{2,}s\s.*\b(?:as|while)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:\p{Ll}{2,}[^e\s]ed|rose|fell|grew|shrank|led|won|lost|took|saw)(?:\s|$)/u.test(headline)) return true;
  const perfect = /\b(?:has|have)\s+(?:been\s+)?(?!been\b)\p{Ll}+(?:-\p{Ll}+)?(?:ed|en|wn)\b/u.exec(headline);
  if (!perfect) return false;
  const before = headline.slice(0, perfect.index);
  // After a present copula, the perfect is a clause's of its own: `Ferry fares are issues councillors have avoided`.
  return !/["“‘,:-]|\b(?:says?|said|that|what|how|why|where|who|which|whose|whether|if|when|as|because|after|before|while|he|she|it|they|we|I|you|to|may|might|could|would|should|must|will|can|is|are)\b/i.test(before);
}

/**
 * A clause that `that`, `if` or `whether` opens one word before the end (`so dependent that one`, `if
 * appearance`), or an aside a participle opens after a comma (`Aguas Argentinas, controlled`).
 */
const OPENED_END = /\b(?:that|if|whether|because|unless)\s+\S+$|,\s+\p{Ll}+(?:ed|en)$/iu;

const JOINING_START = /^["“‘']?(?:But|And|Yet|So|Or|Then)\s/;
/** `you`, or a verb telling the reader to do something, first: a feature's opening, no news. */
const ADDRESSING_START = /^["“‘']?(?:(?:If|When|Now|Whether|Once)\s+)?you\b|^(?:Forget|Imagine|Picture|Spin|Think|Consider|Remember|Try)\s+\p{Ll}/iu;
const POINTING_START = /^["“‘']?(?:(?:But|And|Yet|So|Or)\s+(?:he|she|it|they|we|I|you|his|her|its|their|our|there)|He|She|It|They|We|I|You|Him|Her|Them|Us|His|Its|Their|Our|There)(?![\p{L}])(?!['’]s\s+\p{Lu})/u; // not `It's A Wonderful Life`
const TIME_WORDS = "yesterday|today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|overnight|earlier|later|recently|week|weekend|month|year";
/** A time word first, or a short phrase ending in one and closed by a comma: `On Friday,`, `Early morning,`, `Last week,`. */
const TIME_START = new RegExp(`^(?:(?:${TIME_WORDS})\\b(?!['’])|(?:\\S+\\s+){0,3}(?:${TIME_WORDS})\\s*,)`, "i");

/** The name or title broken in `headline`, if any: see `readsWrong`. */
export function brokenName(headline: string, text: string): string {
  const tokens = headline.split(" ");
  // Paragraphs stay apart: the word that ends one does not stand before the first of the next.
  const plain = ` ${text.replace(/[“”"‘]|[’'](?!\p{L})/gu, "").replace(/’/g, "'").replace(/\b(\p{Lu})\./gu, "$1").replace(/\s*\n\s*\n\s*/g, " | ").replace(/\s+/g, " ")} `;
  const lower = plain.toLowerCase();
  const bareOf = (token: string) => token.toLowerCase().replace(/^["“‘'(]+|["”’'),.;:!?]+$/g, "").replace(/’/g, "'");
  const capital = (token: string) => /^["“‘'(]?\p{Lu}/u.test(token);
  // The first word is capitalised by the headline: it is a name only where the article writes it so mid-sentence.
  const named = (token: string, i: number) => capital(token) && (i > 0 || new RegExp(`[\\p{Ll},] ${escape(token.replace(/^["“‘'(]+|["”’'),.;:!?]+$/g, ""))}(?![\\p{L}])`, "u").test(plain));
  // `Aviator tipped …` where the article writes `tip The Aviator`: a title that lost its own `The`.
  const first = tokens[0]!.replace(/[,;:]$/, "");
  if (capital(first) && first !== "The" && new RegExp(`[\\p{Ll},] The ${escape(first)}(?![\\p{L}])`, "u").test(plain) && !new RegExp(`(?<![\\p{L}])\\p{Ll}[\\p{L}'-]*,? (?:the )?${escape(first)}(?![\\p{L}])`, "u").test(plain)) return `The ${first}`;
  let runStart = 0; // where the run of capitalised words holding token i starts
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (i > 0 && !(capital(a) && capital(tokens[i - 1]!) && !/[,;:]$/.test(tokens[i - 1]!))) runStart = i;
    if (/[,;:)”"’']$|\.\.\.$|…$/.test(a) || /^["“‘'(]/.test(b) || /^\p{Lu}{2,}/u.test(a) || /^\p{Lu}{2,}/u.test(b)) continue;
    const [x, y] = [bareOf(a), bareOf(b)];
    if (named(a, i) && capital(b) && !lower.includes(` ${x} ${y}`) && !firstNameBetween(plain, x, y)) return `${a} ${b}`;
    if (runStart > 0 && capital(a) && /^\p{Ll}/u.test(b) && lower.includes(` ${x}'s ${y} `) && !lower.includes(` ${x} ${y} `)) return `${a} ${b}`;
    // `Top of Pops` where the article only writes `Top of the Pops`: a title that lost its `the`.
    const c = tokens[i + 2] ?? "";
    if (capital(a) && b === "of" && capital(c) && plain.includes(` ${a} of the ${c} `) && !plain.includes(` ${a} of ${c} `)) return `${a} of ${c}`;
    // `Republic of Kerr` where the article only writes `Republic of Ireland manager Brian Kerr`: words went from inside a name.
    if (named(a, i) && b === "of" && capital(c) && !lower.includes(`${x} of ${bareOf(c)}`) && !lower.includes(`${x} of the ${bareOf(c)}`)) return `${a} of ${c}`;
  }
  return "";
}

/** `Minister [Silvio] Berlusconi`: the article has only a capitalised word or two between `x` and `y` (a first name went). */
function firstNameBetween(plain: string, x: string, y: string): boolean {
  const either = (word: string) => `[${word[0]!.toUpperCase()}${word[0]!}]${escape(word.slice(1))}`;
  return new RegExp(`(?<![\\p{L}])${either(x)}(?: \\p{Lu}[\\p{L}.'-]*){1,2} ${either(y)}(?![\\p{L}])`, "u").test(plain);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function countReasons(suspects: ReadonlyArray<{ reason: string }>): string {
  const counts = new Map<string, number>();
  for (const { reason } of suspects) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, count]) => `${count} ${reason}`).join(", ") || "none";
}

/**
 * What a reader of the topic pages would trip over: tags in lower case (generic words), tags that start
 * with a function word (`Although Wal-Mart`), single words where the article itself uses a longer name
 * that is a tag elsewhere (`Howard` in an article naming `Michael Howard`, `Zealand` for `New Zealand`),
 * and how many tags two or more articles share, each of which gets a topic page.
 */
export function tagQuality(tags: readonly string[][], texts: readonly string[]): string {
  const all = tags.flat();
  // Not `The`: it starts titles (`The Aviator`).
  const FUNCTION_WORD = /^(?:a|an|and|or|but|although|though|however|other|another|some|many|most|more|this|that|these|those|there|it|its|he|she|they|we|i|i've|i'm|you|in|on|at|for|of|to|with|from|by|as|after|before|when|while|if|yet|so|all|no|not)$/i;
  const longer = new Map<string, string[]>();
  for (const tag of new Set(all)) {
    const words = tag.split(" ");
    if (words.length < 2 || words.length > 3) continue;
    for (const word of [words[0]!, words[words.length - 1]!]) longer.set(word, [...(longer.get(word) ?? []), tag]);
  }
  const partial = tags.reduce((sum, articleTags, i) => sum + articleTags.filter((tag) => (longer.get(tag) ?? []).some((name) => texts[i]!.includes(name))).length, 0);
  const counts = new Map<string, number>();
  for (const tag of all) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [
    `${all.filter((tag) => /^\p{Ll}/u.test(tag)).length} lower-case`,
    `${all.filter((tag) => FUNCTION_WORD.test(tag.split(" ")[0]!)).length} starting with a function word`,
    `${partial} one word of a longer name the article uses`,
    `${[...counts.values()].filter((count) => count >= 2).length} shared by two or more articles (of ${counts.size})`,
  ].join(", ");
}
