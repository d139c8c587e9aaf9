/**
 * The names in an article: runs of capitalised words (`Hong Kong`, `Bank of England`, `Top of the Pops`),
 * counted, with a person's later short forms (`Mr Howard`, `Howard said`) counted as the full name the
 * article used first (`Michael Howard`).
 */
export interface Phrase {
  text: string;
  count: number;
  /** Order of first use, to break ties. */
  first: number;
}

/** Words that join a name's parts: `Bank of England`, `Top of the Pops`, `Charles de Gaulle`. */
const CONNECTORS = new Set(["of", "de", "du", "la", "le", "von", "van", "der", "den", "al", "bin", "&"]);
/** Titles and roles before a name are not part of it: `President Joe Biden`, `Labour MP Jo Cox`. */
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "president", "sen", "sens", "senator", "rep", "gov", "governor", "former", "prime", "minister", "chancellor", "secretary", "king", "prince", "princess", "judge", "chief", "executive", "chairman", "boss", "coach", "manager", "captain", "mayor", "councillor", "mp", "mps", "mep", "msp", "st"]);
/** Capitalised words that are never a name on their own: sentence openers, pronouns, days, months, directions. */
const NEVER_ALONE = new Set([
  "a", "an", "the", "he", "she", "it", "they", "we", "i", "i've", "i'm", "i'd", "i'll", "you", "but", "and", "or", "in", "on", "at", "this",
  "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "after", "before", "when", "while", "if", "however",
  "meanwhile", "although", "though", "because", "for", "of", "some", "many", "most", "one", "so", "yet", "also", "other", "another",
  "with", "from", "by", "what", "who", "why", "how", "where", "all", "no", "not", "last", "next", "new", "said", "according", "both",
  "each", "every", "any", "than", "then", "now", "to", "is", "was", "are", "were", "be", "has", "have", "had", "will", "would",
  "can", "could", "should", "may", "my", "me", "us", "top", "north", "south", "east", "west", "northern", "southern", "eastern",
  "western", "central", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "june", "july", "august", "september", "october", "november", "december", "mr", "mrs", "ms", "dr", "sir",
  "even", "only", "just", "still", "here", "such", "more", "less", "much", "very", "since", "until", "during", "despite", "under",
]);
const NEVER_ALONE_CAPITALISED = new Set([...NEVER_ALONE].map((word) => word[0]!.toUpperCase() + word.slice(1)).concat(["I", "I've", "I'm", "I'd", "I'll"]));
/** `Some of`, `Most of`: a sentence's opening quantity, never the start of a name. */
const QUANTIFIERS = new Set(["Some", "Many", "Most", "All", "One", "Each", "Both", "Any", "None", "Much", "Part", "Half", "Few"]);
/** A nationality on its own describes (`Italian club`), it names nothing: `British`, `Japanese`. */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|ean|ican|ese|ish)$|^(?:French|Dutch|Greek|Swiss|Thai|Welsh|Czech|German|Briton|Iraqi|Israeli|Pakistani|Saudi)$/u;

interface Run {
  words: string[];
  /** The run began a sentence: its capital may only mean that. */
  opening: boolean;
  at: number;
}

/** Names of `sentences`, most used first. */
export function namedPhrases(sentences: readonly string[]): Phrase[] {
  const runs: Run[] = [];
  const inside = new Set<string>(); // words the article capitalises inside a sentence: names, not openers
  for (const sentence of sentences) collectRuns(sentence, runs, inside);
  const counts = new Map<string, Phrase>();
  let text: string | undefined;
  // A sentence's first word is a name only if the article capitalises it inside a sentence too, or never
  // writes it in lower case: `Shares in Exel` has no name `Shares`, `Politico said` has one.
  const isName = (word: string) => {
    if (inside.has(word)) return true;
    text ??= ` ${sentences.join(" ")} `;
    const lower = word.toLowerCase();
    return !text.includes(` ${lower} `) && !(lower.endsWith("s") && text.includes(` ${lower.slice(0, -1)} `)); // `Sales` beside `a sale`
  };
  for (const run of runs) {
    let words = run.words;
    const first = words[0]!;
    if (run.opening && NEVER_ALONE_CAPITALISED.has(first) && (words.length === 1 || !CONNECTORS.has(words[1]!) || QUANTIFIERS.has(first))) {
      words = words.slice(1); // `Although Wal-Mart`, `Some of Elvis Presley's`; not `Top of the Pops`
      while (words.length > 0 && (CONNECTORS.has(words[0]!) || words[0] === "the")) words = words.slice(1);
    }
    else if (run.opening && words.length === 1 && !isName(first)) continue;
    if (words.length > 2 && DEMONYM.test(words[0]!)) words = words.slice(1); // `Kenyan Susan Chepkemei`, not `British Airways`
    if (words.length === 0 || (words.length === 1 && (NEVER_ALONE_CAPITALISED.has(words[0]!) || DEMONYM.test(words[0]!)))) continue;
    const phrase = words.length === 1 ? words[0]! : words.join(" ");
    const key = phrase.toLowerCase();
    const seen = counts.get(key);
    if (!seen) counts.set(key, { text: phrase, count: 1, first: run.at });
    else {
      seen.count++;
      if (isShouting(seen.text) && !isShouting(phrase)) seen.text = phrase; // `Politico` over `POLITICO`
    }
  }
  return rank(mergeShortForms(mergePlurals([...counts.values()])));
}

/** Runs of capitalised words in one sentence, in order. */
function collectRuns(sentence: string, runs: Run[], inside: Set<string>): void {
  let run: string[] = [];
  let pending: string[] = []; // connectors waiting for the next capitalised word
  let opening = false;
  const flush = () => {
    while (run.length > 1 && isTitle(run[0]!) && !CONNECTORS.has(run[1]!)) run.shift(); // not `Lord of the Rings`
    if (run.length > 0 && !(run.length === 1 && isTitle(run[0]!))) runs.push({ words: run, opening, at: runs.length });
    run = [];
    pending = [];
  };
  // Token by token without splitting the sentence: most words are lower case and only end a run, so
  // only capitalised words and, inside a run, short connectors are ever cut out as strings.
  for (let at = 0; at < sentence.length; ) {
    let next = sentence.indexOf(" ", at);
    if (next === -1) next = sentence.length;
    const code = sentence.charCodeAt(at);
    if (code >= 97 && code <= 122) {
      if (run.length > 0) {
        // `Bank of England`, `Royal Bank of Scotland`; not `Mira Okafor of Harbourline`, two names.
        const raw = next - at <= 3 ? sentence.slice(at, next) : "";
        const joins = run.length === 1 || (run.length === 2 && (run[0] === "Royal" || run[0] === "National"));
        if (joins && (CONNECTORS.has(raw) || (raw === "the" && pending.length === 1 && pending[0] === "of"))) pending.push(raw);
        else flush();
      }
    } else if (next > at) {
      const raw = sentence.slice(at, next);
      const word = bareWord(raw);
      if (!isCapitalised(word)) {
        if (run.length > 0) flush();
      } else {
        if (run.length > 0 && pending.length === 0 && isTitle(word)) flush(); // `Labour MP Jo Cox`: a role splits two names
        if (run.length === 0) opening = at === 0;
        if (at > 0) inside.add(word);
        if (pending.length > 0) run.push(...pending);
        run.push(word);
        pending = [];
        if (endsName(raw, word)) flush();
      }
    }
    at = next + 1;
  }
  flush();
}

/**
 * Whether a name ends with this token: at a possessive (`Manchester City's Paul Bosvelt` is two names),
 * or at punctuation that ends a clause (but not an initialism's full stop, `U.S.`).
 */
function endsName(raw: string, word: string): boolean {
  const last = raw.charCodeAt(raw.length - 1);
  if (last === 115 && raw.length > 2) return raw.charCodeAt(raw.length - 2) === 39 || raw.charCodeAt(raw.length - 2) === 8217; // `'s`
  if (isLetterOrDigit(last)) return false;
  if (last === 46) return !word.endsWith("."); // `.`: a sentence's end, unless part of an initialism
  return true; // `,` `;` `:` `!` `?` `)` quotes, and a possessive's apostrophe or `'s`
}

/** A token without surrounding punctuation or a possessive: `(Hong` → `Hong`, `Rover's,` → `Rover`. */
function bareWord(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && !isLetterOrDigit(raw.charCodeAt(start))) start++;
  while (end > start && !isLetterOrDigit(raw.charCodeAt(end - 1)) && raw.charCodeAt(end - 1) !== 46) end--;
  const apostrophe = end - start > 2 ? raw.charCodeAt(end - 2) : 0;
  if ((apostrophe === 39 || apostrophe === 8217) && raw.charCodeAt(end - 1) === 115) end -= 2; // `'s`
  const word = raw.slice(start, end);
  if (end === start || raw.charCodeAt(end - 1) !== 46) return word;
  return isInitialism(word) ? word : word.replace(/\.+$/, "");
}

const TITLE_FORMS = new Set([...TITLES].flatMap((title) => [title[0]!.toUpperCase() + title.slice(1), title.toUpperCase()]));
const isTitle = (word: string) => TITLE_FORMS.has(word);

function isCapitalised(word: string): boolean {
  if (word.length < 2) return false;
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  return code > 127 && word[0] !== word[0]!.toLowerCase();
}

function isInitialism(word: string): boolean {
  return /^(?:\p{L}\.){2,}$/u.test(word);
}

function isLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 38 || code > 191;
}

/** `Muslim` and `Muslims`, `PC` and `PCs`: one topic, the more used spelling. */
function mergePlurals(phrases: Phrase[]): Phrase[] {
  const byKey = new Map(phrases.map((phrase) => [phrase.text.toLowerCase(), phrase]));
  for (const phrase of phrases) {
    const singular = byKey.get(phrase.text.toLowerCase().replace(/s$/, ""));
    if (singular && singular !== phrase && singular.count > 0 && phrase.count > 0) {
      const [keep, drop] = singular.count >= phrase.count ? [singular, phrase] : [phrase, singular];
      keep.count += drop.count;
      keep.first = Math.min(keep.first, drop.first);
      drop.count = 0;
    }
  }
  return phrases.filter((phrase) => phrase.count > 0);
}

/**
 * A person named in full, then by one name (`Michael Howard` … `Mr Howard`, `Manchester United` …
 * `United`): the short form counts as the full one. Only where the full name came first, as news names
 * people, and never for an acronym (`UK` is not short for `UK Coal`).
 */
function mergeShortForms(phrases: Phrase[]): Phrase[] {
  const full = phrases.filter((phrase) => /^(?:\p{Lu}[\p{Ll}'’-]+ ){1,2}\p{Lu}[\p{Ll}'’-]+$/u.test(phrase.text));
  for (const phrase of phrases) {
    if (phrase.text.includes(" ") || !/^\p{Lu}\p{Ll}/u.test(phrase.text)) continue;
    const names = full.filter((name) => name.first < phrase.first && name.count > 0 && (name.text.startsWith(`${phrase.text} `) || name.text.endsWith(` ${phrase.text}`)));
    const name = names.sort((a, b) => b.count - a.count)[0];
    if (!name) continue;
    name.count += phrase.count;
    phrase.count = 0;
  }
  return phrases.filter((phrase) => phrase.count > 0);
}

function rank(phrases: Phrase[]): Phrase[] {
  const spaces = new Map(phrases.map((phrase) => [phrase, phrase.text.split(" ").length]));
  return phrases.sort((a, b) => b.count - a.count || spaces.get(b)! - spaces.get(a)! || a.first - b.first);
}

function isShouting(text: string): boolean {
  return text.length > 3 && text === text.toUpperCase();
}

/** The names of one sentence, in order: `Averly City's Jon Hale signed` → `Averly City`, `Jon Hale`. */
export function capitalisedRuns(sentence: string): string[] {
  return namedPhrases([sentence]).sort((a, b) => a.first - b.first).map((phrase) => phrase.text);
}
