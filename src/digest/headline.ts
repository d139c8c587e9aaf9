import { wordCount } from "./headline/limits.ts";
import { balanceQuotes, capitalize, cutAtWordBoundary, dropDanglingEnd } from "./headline/finish.ts";
import { headlinese, headlineStyle } from "./headline/headlinese.ts";
import * as lead from "./headline/lead.ts";
import { surnamesOnly } from "./headline/surnames.ts";
import { trimToWords } from "./headline/trim.ts";

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
  ["dropFillerSubject", lead.dropFillerSubject],
  ["dropAppositive", lead.dropAppositive],
  ["dropFinalPunctuation", (text) => text.replace(/[\s.!?,;:]+$/, "")],
  ["headlinese", headlinese],
  ["dropInnerRelativeClause", lead.dropInnerRelativeClause],
  ["headlineStyle", headlineStyle],
  ["trimToWords", (text) => trimToWords(text)],
  ["cutAtWordBoundary", (text) => cutAtWordBoundary(text)],
  ["balanceQuotes", balanceQuotes],
  ["dropDanglingEnd", dropDanglingEnd],
  ["capitalize", capitalize],
];

/**
 * A headline from an article's sentences (the lead, and the rest as context): at most 90 characters,
 * ending on a content word.
 */
export function deriveHeadline(sentences: readonly string[], steps: readonly HeadlineStep[] = HEADLINE_STEPS): string {
  // The first real sentence: not a dateline or a venue line (`Murrayfield, Edinburgh`).
  const first = sentences.slice(0, 4).find((sentence) => wordCount(sentence) >= 6) ?? sentences[0] ?? "";
  let headline = first.replace(/\s+/g, " ").trim();
  for (const [, step] of steps) {
    const next = step(headline, sentences).replace(/\s+/g, " ").replace(/\s+([,;:])/g, "$1").trim();
    if (wordCount(next) >= 2 || wordCount(headline) < 2) headline = next;
  }
  return headline || "Untitled";
}
