export const MAX_TAGS = 5;
/** Fewer names than this, and frequent content words fill the rest. */
export const MIN_TAGS = 3;

/** Words too common to say what a story is about. */
const COMMON = new Set(("about above after again against also although among another because been before being below between " +
  "both could does doing down during each either enough every from further have having here however into itself just " +
  "like made make many more most much must never next only other over part same should since some still such than that " +
  "their them then there these they this those through under until very were what when where whether which while " +
  "will with within without would year years said says told added people time last first week weeks month months " +
  "told including around across already well back even want wants come came going made make takes take know think " +
  "percent cent million billion number also another such good great little long high best better large small").split(" "));

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
    const phrase = candidate.phrase;
    if (tags.some((tag) => sameTopic(tag, phrase) || containsWords(tag, phrase))) continue;
    const shorter = tags.findIndex((tag) => containsWords(phrase, tag)); // `Wright-Phillips` → `Shaun Wright-Phillips`
    if (shorter === -1) tags.push(phrase);
    else tags[shorter] = phrase;
  }
  // Short stories repeat little: fill up with words used twice, then names and words used once.
  if (tags.length < MIN_TAGS) {
    const once = ranked.filter((entry) => entry.count < 2).map((entry) => entry.phrase);
    const taken = new Set(tags.flatMap((tag) => tag.toLowerCase().split(" ")));
    const words = frequentWords(sentences);
    for (const candidate of [...words.filter(([, count]) => count >= 2), ...once.map((phrase) => [phrase, 1] as const), ...words.filter(([, count]) => count < 2)]) {
      if (tags.length >= MIN_TAGS) break;
      const phrase = candidate[0];
      if (phrase.toLowerCase().split(" ").some((word) => taken.has(word))) continue;
      tags.push(phrase);
      for (const word of phrase.toLowerCase().split(" ")) taken.add(word);
    }
  }
  return tags;
}

/** `Muslim` and `Muslims`, `POLITICO` and `Politico`. */
function sameTopic(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x === y || x === `${y}s` || y === `${x}s`;
}

/** Whether phrase `outer` holds all of `inner` as whole words: `Deutsche Boerse` holds `Deutsche`. */
function containsWords(outer: string, inner: string): boolean {
  return outer.length > inner.length && ` ${outer.toLowerCase()} `.includes(` ${inner.toLowerCase()} `);
}

/** Content words by use, most used first, the first used first among equals: `ferry`, `budget`. */
function frequentWords(sentences: readonly string[]): Array<readonly [string, number]> {
  const counts = new Map<string, number>();
  for (const sentence of sentences) {
    for (const word of sentence.match(/\b\p{Ll}{4,}\b/gu) ?? []) {
      if (!COMMON.has(word) && !NOT_TOPICS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]); // stable: among equals, the order of first use
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const INITIALISM = /^(?:\p{L}\.)+$/u;
const NOT_LETTER_OR_DOT = /[^\p{L}.]/gu;
const TRAILING = /(?:['’]s)?[^\p{L}\p{N}.]*$/u;
const POSSESSIVE = /['’]s?$/;
const CLAUSE_END = /[,;:!?)"”]$|[^.]\.$/;

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
    // Cheap checks first: most words are lower-case and end no run.
    const code = raw.charCodeAt(0);
    if (code >= 97 && code <= 122) {
      if (run.length > 0 && CONNECTORS.has(raw)) run.push(raw);
      else flush();
      return;
    }
    const first = raw.search(LETTER_OR_DIGIT);
    if (first === -1 || !UPPER.test(raw[first]!)) {
      if (run.length > 0 && CONNECTORS.has(raw) ) run.push(raw);
      else flush();
      return;
    }
    const initialism = INITIALISM.test(raw.replace(NOT_LETTER_OR_DOT, ""));
    const word = raw.slice(first).replace(TRAILING, "").replace(/\.$/, initialism ? "." : "");
    const lower = word.toLowerCase();
    if (word.length > 1 && !(index === 0 && NOT_TOPICS.has(lower)) && !(run.length === 0 && NOT_TOPICS.has(lower))) run.push(word);
    else flush();
    // `Manchester City's Paul Bosvelt` is two topics; so is a run that ends a clause.
    if ((CLAUSE_END.test(raw) && !INITIALISM.test(raw)) || POSSESSIVE.test(raw)) flush();
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
