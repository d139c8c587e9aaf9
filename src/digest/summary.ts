import { isProse, splitSentences } from "./sentences.ts";

export const SUMMARY_MAX_WORDS = 60;

/** The paragraph a summary comes from: the first that opens with prose, not a venue line or a score in brackets. */
export function leadParagraph(paragraphs: readonly string[]): string {
  // Only the opening is split: a first sentence longer than that is prose anyway.
  return paragraphs.find((paragraph) => isProse(splitSentences(paragraph.slice(0, 300))[0] ?? "")) ?? paragraphs[0] ?? "";
}

/** The lede: the first one or two sentences, at most 60 words, never the headline again. */
export function deriveSummary(leadSentences: readonly string[], headline: string): string {
  const picked: string[] = [];
  const repeats = normalise(headline);
  let words = 0;
  for (const sentence of leadSentences) {
    const count = sentence.split(/\s+/).length;
    if (picked.length > 0 && (words + count > SUMMARY_MAX_WORDS || picked.length === 2)) break;
    picked.push(sentence);
    words += count;
    if (words >= 25 && normalise(picked.join(" ")) !== repeats) break;
  }
  const summary = picked.join(" ");
  return summary.split(/\s+/).length > SUMMARY_MAX_WORDS ? cutWords(summary, SUMMARY_MAX_WORDS) : summary;
}

function cutWords(text: string, max: number): string {
  return `${text.split(/\s+/).slice(0, max).join(" ").replace(/[\s,;:.—–-]+$/, "")}…`;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
