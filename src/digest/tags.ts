export const MAX_TAGS = 5;

/** Capitalised words that are never topics on their own. */
const NOT_TOPICS = new Set([
  "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "but", "and", "or", "in", "on", "at", "this", "that",
  "these", "those", "there", "his", "her", "their", "its", "our", "as", "after", "before", "when", "while", "if",
  "however", "meanwhile", "for", "of", "some", "many", "most", "one", "so", "yet", "mr", "mrs", "ms", "dr", "sir",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
  "april", "may", "june", "july", "august", "september", "october", "november", "december", "with", "from", "by",
  "what", "who", "why", "how", "where", "all", "no", "not", "also", "last", "next", "new", "said", "according",
  "sens", "sen", "rep", "gov", "president", "former", "both", "each", "every", "any", "than", "then", "now", "to",
  "is", "was", "are", "were", "be", "has", "have", "had", "will", "would", "can", "could", "should", "my", "me", "us",
]);

const CONNECTORS = new Set(["of", "de", "du", "la", "von", "van", "der", "al", "bin"]);
/** Titles before a name are not part of the topic: `President Joe Biden` is `Joe Biden`. */
const TITLES = new Set(["president", "sen", "sens", "senator", "rep", "gov", "governor", "mr", "mrs", "ms", "dr", "sir", "former", "prime", "minister", "chancellor", "secretary", "king", "queen", "prince", "lord", "lady", "judge", "chief", "executive", "chairman", "boss", "coach", "manager", "captain"]);

/**
 * Key phrases: runs of capitalised words (names of people, places, organisations), ranked by how often
 * they occur, multi-word names kept whole. `POLITICO` and `Politico` count as one phrase.
 */
export function deriveTags(sentences: readonly string[], max = MAX_TAGS): string[] {
  const counts = new Map<string, { phrase: string; count: number; first: number; forms: Map<string, number> }>();
  let position = 0;
  for (const sentence of sentences) {
    for (const phrase of capitalisedRuns(sentence)) {
      const key = phrase.toLowerCase();
      const seen = counts.get(key) ?? { phrase, count: 0, first: position++, forms: new Map() };
      seen.count++;
      seen.forms.set(phrase, (seen.forms.get(phrase) ?? 0) + 1);
      counts.set(key, seen);
    }
  }
  const ranked = [...counts.values()]
    .map((entry) => ({ ...entry, phrase: preferredForm(entry.forms) }))
    .sort((a, b) => b.count - a.count || b.phrase.split(" ").length - a.phrase.split(" ").length || a.first - b.first);
  const tags: string[] = [];
  for (const candidate of ranked) {
    if (tags.length >= max) break;
    if (tags.length > 0 && candidate.count < 2) break; // one mention is not what the story is about (ranked by count)
    if (tags.some((tag) => tag.toLowerCase() === candidate.phrase.toLowerCase())) continue;
    tags.push(candidate.phrase);
  }
  return tags;
}

/** Runs like `Hong Kong`, `Marco Rubio`, `Bank of England`, `U.S.`; a sentence's first word only when part of a run. */
export function capitalisedRuns(sentence: string): string[] {
  const words = sentence.split(/\s+/);
  const runs: string[] = [];
  let run: string[] = [];
  const flush = () => {
    while (run.length > 0 && CONNECTORS.has(run[run.length - 1]!.toLowerCase())) run.pop();
    while (run.length > 1 && TITLES.has(run[0]!.toLowerCase().replace(/\.$/, ""))) run.shift();
    if (run.length > 0) {
      const phrase = run.join(" ");
      if (!(run.length === 1 && NOT_TOPICS.has(phrase.toLowerCase()))) runs.push(phrase);
    }
    run = [];
  };
  words.forEach((raw, index) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, "").replace(/(?:['’]s)?[^\p{L}\p{N}.]*$/u, "").replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(raw.replace(/[^\p{L}.]/gu, "")) ? dot : ""));
    const capitalised = /^\p{Lu}/u.test(word) && word.length > 1;
    const isConnector = run.length > 0 && CONNECTORS.has(word.toLowerCase()) && word === word.toLowerCase();
    const sentenceStart = index === 0 && NOT_TOPICS.has(word.toLowerCase());
    if (capitalised && !sentenceStart && !(run.length === 0 && NOT_TOPICS.has(word.toLowerCase()))) {
      run.push(word);
    } else if (isConnector) {
      run.push(word);
    } else {
      flush();
    }
    if (/[,;:!?)"”]$|[^.]\.$/.test(raw) && !/^(?:\p{L}\.)+$/u.test(raw)) flush();
  });
  flush();
  return runs.filter((phrase) => /\p{L}{2}/u.test(phrase));
}

/** The spelling used most, preferring one that is not all capitals (`Politico` over `POLITICO`). */
function preferredForm(forms: Map<string, number>): string {
  return [...forms.entries()].sort((a, b) => Number(isShouting(a[0])) - Number(isShouting(b[0])) || b[1] - a[1])[0]![0];
}

function isShouting(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase();
}
