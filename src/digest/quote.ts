import type { Quote } from "./types.ts";

const SPEAKER = "((?:(?:Mr|Mrs|Ms|Dr|Sir|Sen|Rep|Gov)\\.?\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})";
const VERB = "(?:said|says|added|told|explained|insisted|warned|argued)";
const QUOTED = "[“\"]([^”\"]{20,400}?)[,.!?]?[”\"]";
/** `“…,” Rubio said`, `“…,” said Marco Rubio`, `Rubio said: “…”`. */
const PATTERNS = [
  new RegExp(`${QUOTED}\\s*,?\\s*${SPEAKER}\\s+${VERB}`, "gu"),
  new RegExp(`${QUOTED}\\s*,?\\s*${VERB}\\s+([^,.;:“”"]{2,80})`, "gu"),
  new RegExp(`${SPEAKER}\\s+${VERB}(?:\\s+\\w+){0,3}:\\s*${QUOTED}`, "gu"),
];
const COLON_QUOTE = /:\s*[“"]/;
const SPEAKER_AT_END = new RegExp(`${SPEAKER}\\s*$`, "u");
const NOT_NAMES = new Set(["He", "She", "It", "They", "We", "I", "The", "This", "That", "But", "And", "A", "An", "His", "Her", "Their"]);

/**
 * The most telling quote of an article and who said it: the longest quote with a named speaker that
 * still reads as a pull quote (6 to 45 words). Undefined when nobody named is quoted.
 */
export function pickQuote(paragraphs: readonly string[]): Quote | undefined {
  let best: Quote | undefined;
  let bestWords = 0;
  for (const paragraph of paragraphs) {
    if (!paragraph.includes("“") && !paragraph.includes('"')) continue; // most paragraphs quote nobody
    for (const [index, pattern] of PATTERNS.entries()) {
      // The speaker-first pattern tries at every capital: only where a colon opens a quote.
      if (index === 2 && !COLON_QUOTE.test(paragraph)) continue;
      for (const match of paragraph.matchAll(pattern)) {
        const [text, phrase] = index === 2 ? [match[2]!, match[1]!] : [match[1]!, match[2]!];
        // `said Moscow-based US lawyer Jamie Firestone`: the name is the phrase's last capitalised run.
        const speaker = index === 1 ? (SPEAKER_AT_END.exec(phrase.trim())?.[1] ?? "") : phrase;
        if (!speaker) continue;
        const words = text.trim().split(/\s+/).length;
        if (words < 6 || words > 45 || NOT_NAMES.has(speaker.split(/\s+/)[0]!)) continue;
        if (words > bestWords) {
          best = { text: text.trim().replace(/[,;:]$/, ""), speaker: speaker.replace(/\s+/g, " ").trim() };
          bestWords = words;
        }
      }
    }
  }
  return best;
}
