/**
 * Runs of capitalised words in one sentence (`Hong Kong`, `Bank of England`, `Top of the Pops`), the raw
 * material of an article's names (see phrases.ts): titles and roles split off (`Labour MP Jo Cox`),
 * possessives and clause ends close a run.
 */

/** Words that join a name's parts: `Bank of England`, `Top of the Pops`, `Charles de Gaulle`. */
export const CONNECTORS = new Set(["of", "de", "du", "la", "le", "von", "van", "der", "den", "al", "bin", "&"]);
/** Titles and roles before a name are not part of it: `President Joe Biden`, `Labour MP Jo Cox`. */
const TITLES = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "president", "sen", "sens", "senator", "rep", "gov", "governor", "former", "prime", "minister", "chancellor", "secretary", "king", "prince", "princess", "judge", "chief", "executive", "chairman", "boss", "coach", "manager", "captain", "mayor", "councillor", "mp", "mps", "mep", "msp", "st"]);

export interface Run {
  words: string[];
  /** The run began a sentence: its capital may only mean that. */
  opening: boolean;
  at: number;
}

/** Runs of capitalised words in one sentence, in order. */
export function collectRuns(sentence: string, runs: Run[], inside: Set<string>): void {
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
      let raw = sentence.slice(at, next);
      // `Paris-based Euronext`, `US-led`: the name before the hyphen, and the run ends with it.
      const described = raw.includes("-") ? DESCRIBED.exec(raw) : null;
      if (described) raw = `${described[1]!},`;
      const word = bareWord(raw);
      // A capitalised word right after a number is its unit: `1900 GMT`, `40 MW`.
      if (isUnit(sentence, at, word)) {
        if (run.length > 0) flush();
      } else if (!isCapitalised(word)) {
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
 * A capitalised word joined by a hyphen to a participle that describes: `York-based`, `US-led`,
 * `Oscar-winning`, `Tunisian-born`; not a name's own part (`Chong-gyu`).
 */
const DESCRIBED = /^([^\s-]*\p{Lu}[^\s-]*)-\p{Ll}+(?:ed|ing|born|run|made|style|wide)[^\p{L}\s]*$/u;

/** Whether the word at `at` is in capitals and follows a number: `1900 GMT`. */
function isUnit(sentence: string, at: number, word: string): boolean {
  const before = at >= 2 ? sentence.charCodeAt(at - 2) : 0;
  if (before < 48 || before > 57 || word.length > 4) return false; // most words follow no digit
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) < 65 || word.charCodeAt(i) > 90) return false;
  return true;
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
export const isTitle = (word: string) => TITLE_FORMS.has(word);

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

