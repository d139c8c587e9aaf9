import { wordCount } from "./limits.ts";

/**
 * What a lead sentence carries and a headline never does: asides in brackets, who said it, when it
 * happened, filler subjects, appositives and scene-setting adverbials.
 */
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const TIME_WORDS = new RegExp(
  [
    `(?:\\s*,)?\\s+(?:(?:on|last|this|next|late|early|by)\\s+)?${WEEKDAY}(?:\\s+(?:morning|afternoon|evening|night))?\\b(?!\\s+\\p{Lu})`,
    `\\s+(?:yesterday|today|tonight)\\b`,
    `\\s+(?:on|in|by|since|from|until)\\s+(?:the\\s+)?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:,?\\s+\\d{4})?\\b`,
    `\\s+(?:last|this|next|earlier this|later this)\\s+(?:week|month|year|weekend|summer|winter|spring|autumn)\\b(?!['’])`,
    `\\s+(?:on|in|by|since)\\s+(?:19|20)\\d{2}\\b`,
    `\\s+(?:in|over|during)\\s+the\\s+(?:\\w+\\s+)?(?:months|weeks|quarter|year)\\s+(?:to|ending|ended)\\s+(?:\\d{1,2}\\s+)?${MONTH}\\b`,
  ].join("|"),
  "gu",
);
const FILLER_SUBJECT = /^(?:A|An|The)\s+(?:group|number|team|coalition|handful|pair|couple|series|host|range|variety|total|set|collection)\s+of\s+/;
const SAYING = "(?:said|says|reported|reports|announced|claimed|confirmed|warned|added|pledged|promised|insisted|argued|admitted|revealed|predicted|stated|believes|believe|told\\s+[\\w\\s.'’-]+)";
const ATTRIBUTION_TAIL = new RegExp(
  `,?\\s+(?:according\\s+to\\b.*|(?:the\\s+)?[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,4}\\s+(?:(?:has|have|had)\\s+)?${SAYING}(?:\\s+(?:on|in|at)\\s+[\\w\\s.'’-]+)?)$`,
);
const LEADING_ATTRIBUTION = /^(?:According\s+to\s+[^,]+,\s*|[\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3}\s+(?:said|says|reported|announced)\s+(?:that\s+)?)/u;
const LEADING_ADVERBIAL = /^(?:In|On|At|After|Despite|Following|Amid|With|For|Since|As|Under|Speaking|Writing)\b[^,]{3,60},\s+(?=\p{L})/u;

/** `Hyundai has announced that it plans to build` → `Hyundai plans to build`: the news is the plan. */
const REPORTING_FRAME = /(?<=\p{L}\s)(?:(?:has|have)\s+)?(?:announced|announces|confirmed|confirms|said|says|revealed|reveals|admitted|admits|insisted|insists|claimed|claims|warned|warns|stated|states)\s+(?:that\s+)?(?:it|they)\s+(?=\p{Ll})/u;

export const dropParentheticals = (text: string) => text.replace(/\s*\([^()]*\)/g, "").replace(/\s*\[[^\]]*\]/g, "");
export const dropLeadingAttribution = (text: string) => text.replace(LEADING_ATTRIBUTION, "");
export const dropLeadingAdverbial = (text: string) => text.replace(LEADING_ADVERBIAL, "");
export const dropTimeWords = (text: string) => text.replace(TIME_WORDS, "");
export const dropFillerSubject = (text: string) => text.replace(FILLER_SUBJECT, "");
export const dropReportingFrame = (text: string) => text.replace(REPORTING_FRAME, "");
export const dropInnerRelativeClause = (text: string) => text.replace(/,\s+(?:which|who|whose|where)\b[^,]{3,80},\s+/g, " ");

export function dropAttributionTail(text: string): string {
  const trimmed = text.replace(/[.!?]+$/, "");
  const shorter = trimmed.replace(ATTRIBUTION_TAIL, "");
  return wordCount(shorter) >= 4 ? shorter : text;
}

/** `General Motors, the world's largest car maker, has cut…` → `General Motors has cut…`. */
export function dropAppositive(text: string): string {
  return text.replace(/^([^,]{2,50}),\s+[^,]{2,120},\s+(?=\p{Ll})/u, "$1 ");
}
