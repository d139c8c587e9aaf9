import { wordCount } from "./headline/limits.ts";
import { isProse } from "./sentences.ts";
import { balanceQuotes, capitalize, dropDanglingEnd, dropLeadingAmount } from "./headline/finish.ts";
import { headlinese, headlineStyle, nameBeforeNoun, namesAsModifiers } from "./headline/headlinese.ts";
import * as lead from "./headline/lead.ts";
import { surnamesOnly } from "./headline/surnames.ts";
import { compressBySalience } from "./headline/compress.ts";
import { presentTense } from "./headline/roles.ts";
import { trimToLength, trimToWords } from "./headline/trim.ts";

export { HEADLINE_MAX, HEADLINE_WORDS } from "./headline/limits.ts";

/** A headline step sees the text so far and the article's sentences (the lead first). */
export type HeadlineStep = readonly [name: string, run: (text: string, sentences: readonly string[]) => string];

/** The ordered steps that turn a lead sentence into a headline; each is small and tested on its own. */
export const HEADLINE_STEPS: readonly HeadlineStep[] = [
  ["dropParentheticals", lead.dropParentheticals],
  ["surnamesOnly", surnamesOnly],
  ["dropLeadingAttribution", lead.dropLeadingAttribution],
  ["dropAttributionTail", lead.dropAttributionTail],
  ["dropLeadingAdverbial", lead.dropLeadingAdverbial],
  ["dropTimeWords", lead.dropTimeWords],
  ["dropInnerAttribution", lead.dropInnerAttribution],
  ["dropFillerSubject", lead.dropFillerSubject],
  ["dropAppositive", lead.dropAppositive],
  ["dropReportingFrame", lead.dropReportingFrame],
  ["dropFinalPunctuation", (text) => text.replace(/[\s.!?,;:]+$/, "")],
  ["dropInnerRelativeClause", lead.dropInnerRelativeClause],
  ["headlineStyle", headlineStyle],
  ["compressBySalience", compressBySalience],
  ["presentTense", presentTense],
  ["headlinese", headlinese],
  ["nameBeforeNoun", nameBeforeNoun],
  ["namesAsModifiers", namesAsModifiers],
  // With no article to weigh words against, compressBySalience leaves the lead whole: trim it instead.
  ["trimLoneLead", (text, sentences) => (sentences.length > 1 ? text : trimToWords(text))],
  ["trimToLength", (text) => trimToLength(text)],
  ["balanceQuotes", balanceQuotes],
  ["dropDanglingEnd", dropDanglingEnd],
  ["dropLeadingAmount", dropLeadingAmount],
  ["capitalize", capitalize],
];

/** Space a step may leave: doubled, at an end, or before punctuation. */
const UNTIDY = /\s\s|^\s|\s$|\s[,;:]|[^ \S]/;

/**
 * A headline from an article's sentences (the lead, and the rest as context): at most 90 characters,
 * ending on a content word.
 */
export function deriveHeadline(sentences: readonly string[], steps: readonly HeadlineStep[] = HEADLINE_STEPS): string {
  const first = sentences.slice(0, 8).find(isProse) ?? sentences[0] ?? "";
  let headline = first.replace(/\s+/g, " ").trim();
  let words = wordCount(headline);
  for (const [, step] of steps) {
    const stepped = step(headline, sentences);
    if (stepped === headline) continue; // most steps find nothing to do
    const next = UNTIDY.test(stepped) ? stepped.replace(/\s+/g, " ").replace(/\s+([,;:])/g, "$1").trim() : stepped;
    const nextWords = wordCount(next);
    if (nextWords >= 2 || words < 2) [headline, words] = [next, nextWords];
  }
  return headline || "Untitled";
}

