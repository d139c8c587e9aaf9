import { wordCount } from "./headline/limits.ts";
import { isProse, leadIndex } from "./sentences.ts";
import { baseOfGerund } from "./verbs.ts";
import { balanceQuotes, capitalize, dropDanglingEnd, dropLeadingAmount, dropLeadingConjunction, keepQuestion } from "./headline/finish.ts";
import { headlinese, headlineStyle, nameBeforeNoun, namesAsModifiers } from "./headline/headlinese.ts";
import * as lead from "./headline/lead.ts";
import { surnamesOnly } from "./headline/surnames.ts";
import { compressBySalience } from "./headline/compress.ts";
import { creditSource } from "./headline/credit.ts";
import { preferComplement } from "./headline/complement.ts";
import { presentTense } from "./headline/roles.ts";
import { trimToLength, trimToWords } from "./headline/trim.ts";

export { HEADLINE_MAX, HEADLINE_WORDS } from "./headline/limits.ts";

/** A headline step sees the text so far and the article's sentences (the lead first). */
export type HeadlineStep = readonly [name: string, run: (text: string, sentences: readonly string[]) => string];

/** The ordered steps that turn a lead sentence into a headline; each is small and tested on its own. */
export const HEADLINE_STEPS: readonly HeadlineStep[] = [
  ["unshoutFirstWord", lead.unshoutFirstWord],
  ["dropParentheticals", lead.dropParentheticals],
  ["dropRepeatedWords", lead.dropRepeatedWords],
  ["surnamesOnly", surnamesOnly],
  ["dropLeadingAttribution", lead.dropLeadingAttribution],
  ["dropAttributionTail", lead.dropAttributionTail],
  ["nameThePair", lead.nameThePair],
  ["tellTheDeath", lead.tellTheDeath],
  ["raiseSubject", lead.raiseSubject],
  ["dropLeadingAdverbial", lead.dropLeadingAdverbial],
  ["dropTimeWords", lead.dropTimeWords],
  ["dropInnerAttribution", lead.dropInnerAttribution],
  ["dropFillerSubject", lead.dropFillerSubject],
  ["dropAppositive", lead.dropAppositive],
  ["dropReportingFrame", lead.dropReportingFrame],
  ["preferComplement", preferComplement],
  ["dropFinalPunctuation", (text) => text.replace(/[\s.!?,;:]+$/, "")],
  ["dropInnerRelativeClause", lead.dropInnerRelativeClause],
  ["headlineStyle", headlineStyle],
  ["compressBySalience", compressBySalience],
  ["speakerForPronoun", lead.speakerForPronoun],
  ["presentTense", presentTense],
  ["headlinese", headlinese],
  ["nameBeforeNoun", nameBeforeNoun],
  ["namesAsModifiers", namesAsModifiers],
  // Before the cut to length, which then has the room: `[£240m] computer system branded "a textbook example of …"`.
  ["dropLeadingAmount", dropLeadingAmount],
  // With no article to weigh words against, compressBySalience leaves the lead whole: trim it instead.
  ["trimLoneLead", (text, sentences) => (sentences.length > 1 ? text : trimToWords(text))],
  ["trimToLength", (text) => trimToLength(text)],
  ["balanceQuotes", balanceQuotes],
  ["dropDanglingEnd", dropDanglingEnd],
  ["dropLeadingConjunction", dropLeadingConjunction],
  ["capitalize", capitalize],
  ["creditSource", creditSource],
  ["keepQuestion", keepQuestion],
];

/** Space a step may leave: doubled, at an end, or before punctuation. */
const UNTIDY = /\s\s|^\s|\s$|\s[,;:]|[^ \S]/;

/**
 * A start that points at someone another sentence names (`He has no desire …`, `It was back to …`), at
 * nothing (`There is no doubt …`) or at what follows (`Here's what you need to know`): read on its own, as
 * in an inbox, it tells nobody who or what.
 */
const POINTING = /^["“‘]?(?:(?:(?:But|And|Yet|So|Or|Then)\s+(?:he|she|it|they|we|I|you|his|her|its|their|our|there)|He|She|It|They|We|I|You|His|Her|Its|Their|Our|There)(?![\p{L}])(?!['’]s\s+\p{Lu})|Then\s+\p{Ll}|Here(?:['’]s|\s+(?:is|are)\b)|(?:\p{Lu}[^,]{2,40},\s+)?(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:is|was|are|were|has|have|had|will|would|could|may|might|means?|seems?)\b)/u; // `But he denied …`, and `Then goes on …`, whose subject went; `That is no longer hypothetical`
/**
 * A lead that speaks to the reader, as a feature's does: `you` (`If you have finished Doom 3, don't worry`)
 * or a verb of asking the reader to do something before what it is about (`Forget about going to a crowded
 * bar …`, `Spin the radio dial in the US …`; not a name, `Spin Doctors`). It says no news: the next sentence may.
 */
const ADDRESSING = /^["“‘]?(?:(?:If|When|Now|Whether|Once)\s+)?you\b/iu;
const IMPERATIVE = /^(?:Forget|Imagine|Picture|Spin|Think|Consider|Remember|Try|Look|Turn|Take)\s+(?:about\s|the\s|a\s|an\s|your\s|\p{Ll}+ing\b)/u;
const REACTION = /^["“][^"”]{3,200}[,.!?]["”]\s+([^"“”]{3,100}?)\s+(?:said|says|added|told\s+[^,"“”]{2,60}?)(?:\s+(?:yesterday|today|on\s+\p{Lu}\p{Ll}+day))?\s+(?:after|as)\s+(\p{Ll}[^"“”]{20,})$/u;
/** A quotation, its speaker, and the many the speaker is one of, with what they do or what was done to them. */
const ONE_OF_MANY = /^["“][^"”]{3,300}["”]\s+said\s+[^,"“”]{3,80},\s+one\s+of\s+(?:dozens|hundreds|thousands|scores|many|several)\s+of\s+(\p{Ll}+)\s+(\p{Ll}+(?:ing|ed))\s+([^"“”]{10,})$/u;
/** What a reaction's speaker did, the speaker named for the pronoun: `organisers … said as [they] cancelled` → `organisers … cancelled`. */
function reactionNews(speaker: string, clause: string): string {
  const named = /^(?:they|he|she)\s+(?=\p{Ll})/u.test(clause) && !/^(?:he|she|they|it)$/i.test(speaker) ? clause.replace(/^\S+/, speaker) : clause;
  return named.charAt(0).toUpperCase() + named.slice(1);
}
const BUT_PHRASE = /^(?:But|And|Yet)\s+(?:for|in|on|at|after|with|by|from|during|despite|within)\s[^,]{3,80},\s/u;
/** How many sentences of prose past the lead may stand in for it when its headline would point elsewhere. */
const STAND_INS = 3;

/**
 * A headline from an article's sentences (the lead, and the rest as context): at most 90 characters,
 * ending on a content word. When the lead's headline would start with a pronoun or `There`, or the lead
 * speaks to the reader, the next sentence of prose that makes one that does not stands in (news repeats
 * its subject by name early); failing that, the lead's stays.
 */
export function deriveHeadline(sentences: readonly string[], steps: readonly HeadlineStep[] = HEADLINE_STEPS): string {
  const lead = leadIndex(sentences);
  let first = headlineOf(sentences, lead, steps);
  // A lead that concedes before its news, cut to the concession alone, gives way to the news:
  // `Crows may get the credit …, but pigeons can remember faces for years, scientists have found`.
  const turn = / but /.test(first) ? undefined : newsAfterBut(sentences[lead] ?? "");
  if (turn) {
    const headline = headlineOf([turn, ...sentences.slice(lead + 1)], 0, steps);
    if (!POINTING.test(headline) && !ADDRESSING.test(headline)) first = headline;
  }
  // A speaker quoted first as one of many says what the many do: `"…," said Margaret Ellery, one of dozens of
  // residents fighting plans to scrap the only bus service` → `Residents fight plans to scrap only bus service`.
  const many = ONE_OF_MANY.exec(sentences[lead] ?? "");
  // (What was done to them keeps its passive: `residents forced from their homes` → `Residents forced from homes`.)
  const base = many && /ing$/.test(many[2]!) ? baseOfGerund(many[2]!) : many && `were ${many[2]}`;
  if (many && base) {
    const headline = headlineOf([`${many[1]!.charAt(0).toUpperCase()}${many[1]!.slice(1)} ${base} ${many[3]!}`, ...sentences.slice(lead + 1)], 0, steps);
    if (!POINTING.test(headline) && !ADDRESSING.test(headline)) return headline;
  }
  if (!POINTING.test(first) && !ADDRESSING.test(first) && !IMPERATIVE.test(sentences[lead] ?? "")) return first;
  // A reaction quoted first says what it reacts to after its speaker: `"We are not going anywhere," the owner
  // said after the council rejected plans to demolish the bakery` → `Council rejects plans to demolish bakery`.
  const reaction = REACTION.exec(sentences[lead] ?? "");
  if (reaction) {
    const headline = headlineOf([reactionNews(reaction[1]!, reaction[2]!), ...sentences.slice(lead + 1)], 0, steps);
    if (!POINTING.test(headline) && !ADDRESSING.test(headline)) return headline;
  }
  let tried = 0;
  for (let i = lead + 1; i < sentences.length && tried < STAND_INS; i++) {
    if (!isProse(sentences[i]!)) continue;
    tried++;
    // Nor one that opens with `But`, unless a phrase and a comma follow it, which go: `But for the 180
    // passengers on board, the journey turned into a nightmare` → `Journey turns into nightmare`.
    if (POINTING.test(sentences[i]!) || ADDRESSING.test(sentences[i]!) || IMPERATIVE.test(sentences[i]!) || (/^(?:But|And|Or|So|Yet)\b/.test(sentences[i]!) && !BUT_PHRASE.test(sentences[i]!))) continue;
    const headline = headlineOf(sentences.slice(i), 0, steps);
    if (!POINTING.test(headline) && !ADDRESSING.test(headline)) return headline;
  }
  return first;
}

/**
 * What a lead says after its `but` when what comes before only concedes (`may`, `might`) or sets the scene
 * for what is so now (`…, but councillors are now set to reverse the decision`), as a sentence of its own;
 * undefined where it has no subject of its own (`…, but it looks unlikely`).
 */
function newsAfterBut(lead: string): string | undefined {
  const but = /,?\s+but\s+/.exec(lead);
  if (!but) return undefined;
  const before = lead.slice(0, but.index);
  const after = lead.slice(but.index + but[0].length);
  if (!/^\p{L}/u.test(after) || /^(?:it|he|she|they|we|I|you|your|this|that|these|those|there|its|his|her|their|our|not|also|then|so|how|what|why|when|where|who|which|whether|if)\b/i.test(after)) return undefined;
  const concedes = /\b(?:may|might)\s+(?:well\s+)?\p{Ll}+/u.test(before) && !/[,;:]/.test(before.slice(before.search(/\b(?:may|might)\b/)));
  const now = /^(?:[\p{L}'’-]+\s+){1,4}?(?:(?:is|are|has|have|will|would)\s+)?now\b/u.test(after);
  return concedes || now ? after.charAt(0).toUpperCase() + after.slice(1) : undefined;
}

/** The headline that sentence `lead` (the first of prose) of `sentences` makes, with them all as context. */
function headlineOf(sentences: readonly string[], lead: number, steps: readonly HeadlineStep[]): string {
  let headline = (sentences[lead] ?? "").replace(/\s+/g, " ").trim();
  const context = sentences; // the steps find the lead in it themselves: the first sentence of prose
  let words = wordCount(headline);
  for (const [, step] of steps) {
    const stepped = step(headline, context);
    if (stepped === headline) continue; // most steps find nothing to do
    const next = UNTIDY.test(stepped) ? stepped.replace(/\s+/g, " ").replace(/\s+([,;:])/g, "$1").trim() : stepped;
    const nextWords = wordCount(next);
    if (nextWords >= 2 || words < 2) [headline, words] = [next, nextWords];
  }
  return headline || "Untitled";
}
