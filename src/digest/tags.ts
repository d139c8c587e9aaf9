import { namedPhrases, type Phrase } from "./phrases.ts";
import { isPastForm } from "./verbs.ts";

export const MAX_TAGS = 5;
/** Fewer names than this, and the article's repeated word pairs and words fill the rest. */
export const MIN_TAGS = 3;

/**
 * Key phrases: the names an article keeps coming back to (people, places, organisations), whole and
 * spelled the same way each time (`Michael Howard`, also where the article later says `Mr Howard`), most
 * used first. Short stories that repeat few names are filled up with repeated word pairs (`interest
 * rates`), then names used once, then repeated words.
 */
export function deriveTags(sentences: readonly string[], max = MAX_TAGS): string[] {
  const phrases = namedPhrases(sentences);
  const tags: string[] = [];
  const taken = new Set<string>();
  const add = (phrase: string) => {
    tags.push(phrase);
    for (const word of phrase.toLowerCase().split(" ")) taken.add(word);
  };
  for (const phrase of phrases) {
    if (tags.length >= max || phrase.count < 2) break; // ranked by count: one mention is not the story
    if (!overlaps(phrase.text, taken)) add(phrase.text);
  }
  if (tags.length === 0 && phrases[0]) add(phrases[0].text);
  if (tags.length < MIN_TAGS) {
    const words = sentences.map(lowerWords);
    const fills = [() => repeatedPairs(sentences, words), () => phrases.filter((phrase) => phrase.count < 2).map((phrase: Phrase) => phrase.text), () => repeatedWords(words)];
    for (const fill of fills) {
      if (tags.length >= MIN_TAGS) break;
      for (const phrase of fill()) {
        if (tags.length >= MIN_TAGS) break;
        if (!overlaps(phrase, taken)) add(phrase);
      }
    }
  }
  return tags;
}

function overlaps(phrase: string, taken: ReadonlySet<string>): boolean {
  return phrase.toLowerCase().split(" ").some((word) => taken.has(word) || taken.has(`${word}s`) || (word.endsWith("s") && taken.has(word.slice(0, -1))));
}

/** Words too common in news to say what one story is about. */
const COMMON = new Set(("about above after again against also although among another because been before being below between " +
  "both could does doing down during each either enough every from further have having here however into itself just " +
  "like made make many more most much must never next only other over part same should since some still such than that " +
  "their them then there these they this those through under until very were what when where whether which while " +
  "will with within without would year years said says told added people time last first week weeks month months " +
  "including around across already well back even want wants come came going know think percent cent million billion " +
  "number good great little long high best better large small also took taken says saying asked today yesterday " +
  "always never often really perhaps likely whole").split(" "));

/**
 * A sentence's lower-case words of four letters or more, `null` where anything else stands between: each
 * piece between spaces without what follows its last letter a to z, kept if all of it is a to z, and a
 * `null` after it if anything followed (a comma or a full stop ends a pair). Read by character code: the
 * two regular expressions it took per word were most of what topics cost.
 */
function lowerWords(sentence: string): Array<string | null> {
  const words: Array<string | null> = [];
  for (let at = 0; at <= sentence.length; ) {
    let next = sentence.indexOf(" ", at);
    if (next === -1) next = sentence.length;
    let end = next;
    while (end > at && !isAsciiLower(sentence.charCodeAt(end - 1))) end--;
    let lower = end - at >= 4;
    for (let i = at; lower && i < end; i++) lower = isAsciiLower(sentence.charCodeAt(i));
    words.push(lower ? sentence.slice(at, end) : null);
    if (end < next) words.push(null);
    at = next + 1;
  }
  return words;
}

function isAsciiLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

/**
 * Pairs of content words used twice or more, most used first: `interest rates`, `stem cell`. Not an
 * amount or an order (`three times`, `fourth quarter`), nor a verb and its object (`raise money`), which
 * the article shows by using the first word after `to` or a modal.
 */
function repeatedPairs(sentences: readonly string[], words: ReadonlyArray<ReadonlyArray<string | null>>): string[] {
  const counts = new Map<string, number>();
  for (const sentence of words) {
    let previous: string | null = null;
    for (const word of sentence) {
      // Noun pairs, not a verb or an adverb with its neighbour: `interest rates`, not `employing women`,
      // `unemployment rose` or `found guilty`.
      if (previous && word && !COMMON.has(word) && !/(?:ed|ing|ly)$/.test(word) && !/(?:ing|ly)$/.test(previous) && !isPastForm(word) && !isPastForm(previous)) {
        const pair = `${previous} ${word}`;
        counts.set(pair, (counts.get(pair) ?? 0) + 1);
      }
      previous = word && !COMMON.has(word) ? word : null;
    }
  }
  const repeated = [...counts].filter(([pair, count]) => count >= 2 && !QUANTITY.test(pair));
  if (repeated.length === 0) return [];
  const verbs = usedAsVerbs(sentences, [...new Set(repeated.map(([pair]) => pair.slice(0, pair.indexOf(" "))))]);
  return repeated.filter(([pair]) => !verbs.has(pair.slice(0, pair.indexOf(" ")))).sort((a, b) => b[1] - a[1]).map(([pair]) => pair);
}

const QUANTITY = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|twice|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|half|several|few|final|previous|latest) /;

/**
 * Which of `words` the article uses as verbs: right after a modal or `not`, or after `to` where the
 * article also has the word's `-ed` or `-ing` form (`to raise` and `raised`; `according to budget
 * figures` makes no verb). Only the few first words of repeated pairs are looked up.
 */
function usedAsVerbs(sentences: readonly string[], words: readonly string[]): Set<string> {
  const text = ` ${sentences.join(" ")} `;
  const verbs = new Set<string>();
  for (const word of words) {
    const stem = word.replace(/e$/, "");
    if (MODALS.some((modal) => text.includes(`${modal} ${word} `)) || (text.includes(` to ${word} `) && (text.includes(` ${stem}ed`) || text.includes(` ${stem}ing`)))) verbs.add(word);
  }
  return verbs;
}

const MODALS = [" will", " would", " could", " can", " should", " must", " might", " may", " not"];

/**
 * Content words used twice or more, most used first, the first used first among equals. A past form or
 * an adverb (`plunged`, `convicted`, `sharply`) comes last: what happened, not what it happened to.
 */
function repeatedWords(words: ReadonlyArray<ReadonlyArray<string | null>>): string[] {
  const counts = new Map<string, number>();
  for (const sentence of words) {
    for (const word of sentence) if (word && !COMMON.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]); // stable: among equals, the order of first use
  const happened = ([word]: [string, number]) => /ly$/.test(word) || isPastForm(word);
  return [...ranked.filter((entry) => entry[1] >= 2 && !happened(entry)), ...ranked.filter((entry) => entry[1] < 2 && !happened(entry)), ...ranked.filter(happened)].map(([word]) => word);
}
