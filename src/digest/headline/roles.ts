import { escapeRegExp } from "../words.ts";
import { leadIndex } from "../sentences.ts";
import { DEMONYM } from "../phrases.ts";
import { baseOfPast, canBeParticiple, isParticipleOnly, isPastForm, thirdPerson } from "../verbs.ts";
import { findMainClause, KNOWING, type MainClause } from "./clauses.ts";
import { CHANGE_VERB } from "./endings.ts";
import { capitalisedInside, roleAt, wordAt, type Role, type Word } from "./salience.ts";
import { classify, looksAdjective, lowerWord } from "./wordclass.ts";

/**
 * Nouns, verbs and adverbs told apart by position: a verb follows an auxiliary, `to` or a pronoun,
 * precedes an article (`unveiled its`), or is a past form after a noun (`economy shrank`).
 */
export function assignRoles(words: ReadonlyArray<Pick<Word, "token" | "kind">>): Role[] {
  const roles: Role[] = []; // pushed, not mapped: one array shape for V8 (see `wordAt`)
  for (const word of words) roles.push(word.kind === "name" || word.kind === "num" || word.kind === "word" ? "noun" : "glue");
  // `thanks to`, `due to`, `according to`: a preposition of two words, which ends a noun run (`profits soar [thanks] to`).
  for (let i = 0; i + 1 < words.length; i++) if (words[i + 1]!.kind === "to" && TO_PREPOSITION.test(words[i]!.token)) roles[i] = "glue";
  const subject = subjectNumber(words);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.kind !== "word") continue;
    // A particle inside a name is part of it: `Tour [des] Lacs Alpins`, `Ludwig [van] Beethoven`.
    if (NAME_PARTICLE.test(word.token) && wordAt(words as Word[], i - 1).kind === "name" && wordAt(words as Word[], i + 1).kind === "name") continue;
    const lower = lowerWord(word.token);
    let back = i - 1;
    while (back >= 0 && roleAt(roles, back) === "adverb") back--;
    const before = words[back];
    const after = words[i + 1];
    const afterNoun = before !== undefined && roleAt(roles, back) === "noun";
    // A quantifier floated after an auxiliary leaves the verb after it one: `have [both] launched`.
    if (FLOATING.has(lower) && before?.kind === "aux") roles[i] = "adverb";
    else if (ADVERBS.has(lower) || (/^(?:much|far)$/.test(lower) && COMPARATIVE.test(after?.token ?? "")) || (/^\p{Ll}/u.test(word.token) && /^\p{Ll}{3,}ly$/u.test(lower) && !NOT_ADVERBS.has(lower) && !endsNounPhrase(words, roles, i))) roles[i] = "adverb";
    // A second verb joined to a first of the same form: `who injure or even [kill] intruders`, `to buy and [sell]`.
    else if (before?.kind === "conj" && before.token !== "but" && roleAt(roles, back - 1) === "verb" && /^\p{Ll}/u.test(word.token) && sameForm(lowerWord(words[back - 1]!.token), lower) &&
      !(wordAt(words as Word[], back - 2).kind === "to" && /s$/.test(lower))) roles[i] = "verb"; // after `to`, a word in -s was no verb: `stress to [victims] and witnesses`
    // So is a past in -ed after `and` and before its object, past the object of a first past in -ed: `banned lawn watering and [ordered] restaurants to …`.
    else if (before?.kind === "conj" && before.token === "and" && /^\p{Ll}+ed$/u.test(word.token) && isPastForm(lower) && LEADS_OBJECT.has(after?.kind ?? "") && after?.kind !== "prep" &&
      roles.some((role, j) => j < back && role === "verb" && /^\p{Ll}+ed$/u.test(words[j]!.token))) roles[i] = "verb";
    // Not after a preposition's relative, which opens a clause with its own subject: `the level at which [house] buyers pay`.
    // Not after a `to` that is a preposition: `belonging to [payroll] software provider Tallyfield`.
    else if (before && ((VERB_AFTER.has(before.kind) && !(before.kind === "to" && TO_PREPOSITION.test(wordAt(words as Word[], back - 1).token))) || (RELATIVES.has(before.token) && wordAt(words as Word[], back - 1).kind !== "prep"))) roles[i] = "verb";
    // Not before a capital `The` inside the sentence, which opens a title: `blockbuster The Aviator`.
    // Nor before `such as`, which lists examples of a noun: `other [features] such as playback`.
    // Nor right after a count, which it counts: `at least 7,000 [steps] a day`, `three [cups] a day` (a year may open a clause: `2004 saw the …`).
    else if (i > 0 && before?.kind !== "det" && !(before?.kind === "num" && !YEAR.test(before.token)) && !/[,;:]$/.test(word.token) && ((after?.kind === "det" && !/^\p{Lu}/u.test(after.token) && !(after.token === "such" && wordAt(words as Word[], i + 2).token === "as")) || OBJECT_PRONOUNS.has(after?.token ?? ""))) roles[i] = "verb";
    else if (TAKES_TO.test(lower) && after?.kind === "to" && before?.kind !== "det" && before?.kind !== "prep") roles[i] = "verb"; // `campaign to target websites [appears] to have been`
    else if ((afterNoun || closesAside(words, back)) && isPastForm(lower)) roles[i] = "verb"; // `West - who leads the race - [rose] to prominence`
    else if (closesAside(words, back) && PLURAL.test(lower) && /^\p{Ll}/u.test(word.token)) roles[i] = "verb"; // `win at Fulham - confirming their position - [proves] that`
    else if (afterNoun && bareAfterObject(words, roles, back)) roles[i] = "verb"; // `make three bloggers reveal`, `let their currencies rise`
    else if (afterNoun && back < i - 1 && /[^s'’]s$/.test(lower)) roles[i] = "verb"; // an adverb between a noun and it: `Dallaglio still harbours`
    else if (afterNoun && back < i - 1 && before.kind === "word" && PLURAL.test(before.token) && /^\p{Ll}+$/u.test(word.token) && !/(?:s|ed|ing|er|ly)$/.test(lower)) roles[i] = "verb"; // and after a plural: `temperatures regularly soar`
    else if (before?.kind === "name" && after?.kind === "name" && /[^sui'’]s$/.test(lower)) roles[i] = "verb"; // `Nadal beats Roddick`
    else if (afterNoun && /^(?:he|she|it|they|we|i|you)$/i.test(after?.token ?? "") && (/^\p{Ll}+[^sui'’]s$/u.test(word.token) || KNOWING.test(word.token))) roles[i] = "verb"; // `Woodward says he`, `Leicester say they`, before the subject of its clause
    // `win at Saltmarsh proves that`; not a plural whose `that` opens a relative with no subject of its own (`programs that secretly spy`, `firms that have`).
    else if (afterNoun && after?.token === "that" && /[^sui'’]s$/.test(lower) && !opensRelative(words, i + 1)) roles[i] = "verb";
    else if (before?.kind === "word" && GERUND.test(lower) && after?.kind !== "aux" && after?.kind !== "punct" && !isCompoundHead(words, roles, back, i) && !/['’]s?$/.test(before.token) && !DEMONYM.test(before.token)) roles[i] = "verb"; // `claim accusing`, not `offering was`, `officials' handling` nor `Belgian brewing giant`
    // After a plural noun, a plain word is its verb: `banks face hard times`, `firms drop`, past a participle
    // clause (`messages claiming to be from delivery firms [cost] people £4.7m`); not when the
    // subject is singular, whose verb ends in -s (`budget for 2027 cuts [street] cleaning`).
    // Before a name, only a verb that takes an object and what it is made to be (`visitors make Cebit the
    // place`): other words there end a compound (`telecoms firm Deutsche Telekom`).
    // Not a word a past form and its object follow, which is the verb: `state appeals [court] overturned the conviction`;
    // nor one an `a` before the plural makes the head of its phrase: `at a brake parts [plant]`.
    else if (afterNoun && (subject !== "singular" || i <= subjectEnd(words)) && before.kind === "word" && PLURAL.test(before.token) && !/s$/.test(lower) && !roles.slice(0, i).some((role, j) => role === "verb" && !/ing$/.test(words[j]!.token)) && (LEADS_OBJECT.has(after?.kind ?? "") || (after?.kind === "name" && CAUSATIVE.test(lower))) &&
      !(after?.kind === "word" && isPastForm(lowerWord(after.token)) && wordAt(words as Word[], i + 2).kind === "det") && !singularArticleBefore(words, roles, back)) roles[i] = "verb";
    // A singular subject's verb ends in -s: past its subject and a phrase, the first such word is the verb
    // (`Port Averly's draft budget for 2027 cuts street cleaning`), as it is after `and` once one was
    // (`cuts street cleaning by 8% and raises parking fees`).
    // A year ends its phrase (`for 2027 cuts`), where a count would not (`2,000 leaders`); an article
    // after the word starts its object (`for the port cuts the …`), where a compound goes on (`health services firm`).
    else if (subject === "singular" && i > subjectEnd(words) && /^\p{Ll}/u.test(word.token) && PLURAL.test(lower) && (after?.kind === "det" || after?.kind === "word" || after?.kind === "num") &&
      ((afterNoun && (YEAR.test(before.token) || after?.kind === "det") && !roles.slice(0, i).includes("verb")) ||
        (before?.kind === "conj" && before.token === "and" && roles.slice(0, i).some((role, j) => role === "verb" && PLURAL.test(words[j]!.token))))) roles[i] = "verb";
    // A subject that is an action, past a phrase of its own, is one thing: `Detaining suspects without trial [breaks] human rights laws`.
    else if (GERUND_START.test(words[0]!.token) && afterNoun && before.kind === "word" && /^\p{Ll}+[^s'’]s$/u.test(word.token) && (after?.kind === "det" || after?.kind === "word") &&
      words.slice(1, back).some((other) => other.kind === "prep") && !roles.slice(0, i).includes("verb")) roles[i] = "verb";
    // Forms that are verbs and nothing else, wherever they stand: `the prime minister [goes] head to head`.
    else if (ONLY_VERBS.has(lower)) roles[i] = "verb";
  }
  const verb = verbAfterName(words, roles);
  if (verb !== -1) roles[verb] = "verb";
  return roles;
}

/**
 * In a clause with no verb before its first comma, the word in -s after a name that an object or a phrase
 * follows: `the Merriman Glass Museum in Fairlow [reopens] to the public`; -1 if the clause has its verb.
 */
function verbAfterName(words: ReadonlyArray<Pick<Word, "token" | "kind">>, roles: readonly Role[]): number {
  let verb = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.kind === "aux" || (roles[i] === "verb" && !/ing$/.test(word.token))) return -1;
    if (verb === -1 && i > 0 && words[i - 1]!.kind === "name" && /^\p{Ll}+[^s'’]s$/u.test(word.token) && FOLLOWS_VERB.has(wordAt(words as Word[], i + 1).kind)) verb = i;
    if (/[,;:]$/.test(word.token)) break;
  }
  return verb;
}
const FOLLOWS_VERB = new Set(["det", "prep", "to", "num"]);

/** Whether the noun run that ends at `end` opens with `a` or `an`: `a brake parts`, whose head is still to come. */
function singularArticleBefore(words: ReadonlyArray<Pick<Word, "token" | "kind">>, roles: readonly Role[], end: number): boolean {
  let j = end;
  while (j > 0 && roleAt(roles, j - 1) === "noun" && words[j - 1]!.kind === "word") j--;
  return /^an?$/i.test(wordAt(words as Word[], j - 1).token);
}

/** Whether two verbs have one form: both in -ed, both in -s, or both bare (`injure`, `kill`). */
function sameForm(a: string, b: string): boolean {
  const form = (verb: string) => (/ed$/.test(verb) ? "ed" : /ing$/.test(verb) ? "ing" : /[^su'’]s$/.test(verb) ? "s" : /s$/.test(verb) ? "" : "bare");
  return form(a) !== "" && form(a) === form(b);
}

/** A capitalised word in -ing that opens the sentence: `Detaining`, `Selling`. */
const GERUND_START = /^\p{Lu}\p{Ll}+ing$/u;

/** Third-person forms that no noun shares (unlike `makes`, `remains`, `takes`; `says` has rules of its own). */
const ONLY_VERBS = new Set(["goes", "does", "seems", "becomes"]);

/**
 * Whether the word in -ly at `i` ends a noun phrase an article opened (`his goal [tally] to 13`): no adverb
 * sits between a noun and a phrase, where the article's noun phrase would be left without its head.
 */
function endsNounPhrase(words: ReadonlyArray<Pick<Word, "token" | "kind">>, roles: readonly Role[], i: number): boolean {
  const after = wordAt(words as Word[], i + 1).kind;
  return wordAt(words as Word[], i - 2).kind === "det" && words[i - 1]!.kind === "word" && roleAt(roles, i - 1) === "noun" &&
    (after === "prep" || after === "to" || after === "conj" || after === "punct" || i + 1 === words.length);
}

/** Whether the `that` at `i` opens a relative clause, its verb straight after it: an auxiliary or an adverb in -ly (`that secretly spy`, `that have`). */
function opensRelative(words: ReadonlyArray<Pick<Word, "token" | "kind">>, i: number): boolean {
  const next = wordAt(words as Word[], i + 1);
  return next.kind === "aux" || /^\p{Ll}{3,}ly$/u.test(next.token);
}

/**
 * Whether the noun at `end` ends the object of a verb that takes a bare verb after it (`make`, `let`,
 * `help`): the plain word after that object is what the object is made to do, a verb.
 */
function bareAfterObject(words: ReadonlyArray<Pick<Word, "token" | "kind">>, roles: readonly Role[], end: number): boolean {
  // The object is people or things (`three bloggers`, `their currencies`, `Spain`), not one of a kind a light
  // verb makes (`make its stock market debut`); the verb then takes its own object or phrase.
  const next = wordAt(words as Word[], end + 1).token;
  const after = wordAt(words as Word[], end + 2).kind;
  if (!/^\p{Ll}+$/u.test(next) || /(?:s|ed|ing|ly|er)$/.test(next) || /[,;:'’]s?$/.test(words[end]!.token) || !(words[end]!.kind === "name" || /[^s'’]s$/.test(words[end]!.token))) return false;
  if (after === "word" || after === "conj" || after === "aux") return false;
  let j = end;
  while (j > 0 && end - j < 4 && (roleAt(roles, j) === "noun" || words[j]!.kind === "det") && !/^an?$/i.test(words[j]!.token) && !/[,;:]$/.test(words[j - 1]!.token)) j--;
  return j < end && roleAt(roles, j) === "verb" && CAUSATIVE.test(words[j]!.token);
}

/** Verbs that take an object and a bare verb: `make them reveal`, `let prices rise`, `help Spain try`, `see their bills fall`. */
const CAUSATIVE = /^(?:make|makes|made|making|let|lets|letting|help|helps|helped|helping|see|sees|saw|seen|seeing|watch|watched|hear|heard)$/i;

/** The last word of a firm's name in -s: one firm, one verb in -s. */
const FIRM = /^(?:Holdings|Industries|Resources|Systems|Technologies|Airlines|Airways|Motors|Partners|Properties|Communications|Pharmaceuticals|Therapeutics|Foods|Brands|Stores|Solutions|Networks|Logistics|Electronics|Minerals|Metals)$/;
/** The last word of a place's name in -s: one place, one verb in -s (`Alder Springs`, `Fenwick Falls`, `Kestrel Heights`). */
const PLACE_IN_S = /^(?:Springs|Falls|Heights|Hills|Rapids|Plains|Sands|Woods|Lakes|Gardens|Oaks|Pines|Flats|Mills|Wells|Cliffs|Bluffs|Meadows)$/;
/** Particles that join the parts of a name in many languages: `de`, `van`, `des`, `bin`. */
const NAME_PARTICLE = /^(?:de|des|du|di|da|del|della|la|le|les|van|von|der|den|dos|das|y|al|el|bin|ibn|ter|op)$/;
/** Words that make a preposition with `to`: `thanks to`, `due to`, `prior to`, `close to`, `belonging to`. */
const TO_PREPOSITION = /^(?:thanks|due|owing|according|prior|next|close|contrary|belonging|related|relating|compared|similar|opposed)$/i;
/** A word in -ing whose stem has a vowel (`using`, `suing`, `creating`), not `thing` or `bring`. */
const GERUND = /^(?:\p{Ll}{3,}|\p{Ll}*[aeiouy]\p{Ll}*)ing$/u;
/** Quantifiers that float after an auxiliary: `have both launched`, `are all facing`. */
const FLOATING = new Set(["both", "all", "each"]);
/** A plural noun, or a verb of a singular subject: `banks`, `cuts`; not `news`, `bus`, `crisis`, `Rover's`. */
const PLURAL = /[^sui'’]s$/;
const YEAR = /^(?:19|20)\d\d$/;

/** Where the opening noun run (the subject's head, before any phrase) ends; 0 when the sentence opens otherwise. */
function subjectEnd(words: ReadonlyArray<Pick<Word, "token" | "kind">>): number {
  let i = wordAt(words as Word[], 0).kind === "det" ? 1 : 0;
  const start = i;
  while (i < words.length && (words[i]!.kind === "word" || words[i]!.kind === "name" || words[i]!.kind === "num")) {
    i++;
    if (/[,;:]$/.test(words[i - 1]!.token)) return 0;
  }
  return i > start ? i : 0;
}

/**
 * Whether the sentence's subject is one thing (its head a lower-case word not in -s, no `and`), many,
 * or unknown (a name, a number, a sentence that opens with a phrase or a clause).
 */
function subjectNumber(words: ReadonlyArray<Pick<Word, "token" | "kind">>): "singular" | "plural" | "" {
  const end = subjectEnd(words);
  if (end === 0) return "";
  const head = words[end - 1]!;
  if (wordAt(words as Word[], end).kind === "conj") return "plural";
  // Only a head a phrase follows (`budget for 2027`) is sure to end the subject: `investors unhappy` is no head.
  if (wordAt(words as Word[], end).kind !== "prep" || /^(?:more|less|most|fewer)$/i.test(head.token)) return "";
  if (head.kind !== "word" || /['’]s$/.test(head.token)) return "";
  return PLURAL.test(head.token) ? "plural" : /s$/.test(head.token) ? "" : "singular";
}

/**
 * Whether the word in -ing at `i` heads a compound with the bare singular noun before it, as the object
 * of a verb or a preposition: `cuts [street] cleaning by 8%`, `on fox hunting`, `such as suicide bombing`; not a participle with
 * an object of its own (`rejects claim accusing him`).
 */
/** Whether word `i` is a dash that closes an aside a dash opened: `West - who leads the race -`. */
function closesAside(words: ReadonlyArray<Pick<Word, "token" | "kind">>, i: number): boolean {
  const dash = (j: number) => /^[-–—]$/.test(words[j]?.token ?? "");
  if (!dash(i)) return false;
  for (let j = i - 1; j > 0; j--) if (dash(j)) return true;
  return false;
}

function isCompoundHead(words: ReadonlyArray<Pick<Word, "token" | "kind">>, roles: readonly Role[], noun: number, i: number): boolean {
  if (noun !== i - 1 || roleAt(roles, noun) !== "noun" || /s$/.test(words[noun]!.token) || /[,;:]$/.test(words[noun]!.token)) return false;
  if (looksAdjective(words[noun]!.token) || /^[\p{Ll}\d]+-\p{Ll}+$/u.test(words[noun]!.token)) return true; // `increased social spending`, `his personal standing`, `her eight-year doping ban`
  // The noun may have modifiers of its own: `a six-story apartment building in the Bronx`.
  let first = noun;
  while (first > 0 && roleAt(roles, first - 1) === "noun" && words[first - 1]!.kind === "word" && !/[,;:'’]s?$/.test(words[first - 1]!.token)) first--;
  const opener = wordAt(words as Word[], first - 1);
  const after = wordAt(words as Word[], i + 1);
  // A participle in -ed after an article describes the compound: `an assisted living [facility]`.
  if (first === noun && opener.kind === "det" && /^\p{Ll}+ed$/u.test(words[noun]!.token) && after.kind === "word" && /^\p{Ll}+$/u.test(after.token)) return true;
  return (roleAt(roles, noun - 1) === "verb" || roleAt(roles, first - 1) === "verb" || opener.kind === "prep" || opener.kind === "det" || /^as$/i.test(opener.token)) && (after.kind === "prep" || after.kind === "conj" || after.kind === "punct" || i + 1 === words.length);
}

/** Participles that take `to` and a purpose or an order: `designed to`, `expected to`, `forced to`. */
export const PURPOSE = new Set(["designed", "intended", "aimed", "meant", "expected", "set", "due", "forced", "used", "supposed", "asked", "told", "urged", "allowed", "required", "made", "able", "likely"]);
/** Comparatives that `much` or `far` says how much of: `matters [much] closer to home`, `far more`. */
export const COMPARATIVE = /^(?:more|less|better|worse|further|(?:clos|lat|earli|easi|hard|fast|slow|high|low|bigg|small|larg|great|strong|weak|long|short|cheap|deep|wid|tough|saf|rich|poor|old|young|quick)er)$/;
/** Verbs that `to` and a verb follow, which no noun is but after an article (`the need to`): `appears to`, `users [continue] to`. */
export const TAKES_TO = /^(?:appear|seem|tend|fail|refuse|continue|threaten|need|want|wish|deserve|pledge|vow|agree|decline|decide|intend|struggle|manage|hesitate)s?$/;
/** Adverbs not in `-ly`: `stand for the leadership again` has no noun `again`. */
const ADVERBS = new Set(["again", "soon", "now", "still", "already", "also", "just", "even", "yet", "too", "very", "later", "earlier", "instead", "once", "twice", "often", "ever", "together", "abroad"]);
const LEADS_OBJECT = new Set(["word", "det", "num", "prep", "to"]); // `owners continue to break records`
const VERB_AFTER = new Set(["aux", "to", "pron"]);
/** `who attends`; not `as`, `while` or `when`, which a noun may follow. */
const RELATIVES = new Set(["who", "which", "that"]);
const OBJECT_PRONOUNS = new Set(["them", "him", "itself", "themselves"]);
const NOT_ADVERBS = new Set(["family", "supply", "rally", "monopoly", "assembly", "italy", "july", "reply", "apply", "rely", "anomaly", "comply", "bully", "ally", "belly", "fly", "only", "early", "daily", "weekly", "monthly", "quarterly", "yearly", "likely", "unlikely", "friendly", "elderly", "costly", "deadly", "lovely", "lonely", "ugly", "holy", "silly", "jolly"]);


/**
 * What a jury was told is an allegation, told in the past as newsrooms tell it: `…, a jury was told
 * yesterday.` → `Man stabbed best friend …, jury told` (see `creditOf`).
 */
export const JURY_TOLD = /,\s+(?:an?|the)\s+(?:\p{Lu}\p{L}*\s+)*jury\s+(?:was|has\s+been|is\s+being)\s+told(?:\s+(?:yesterday|today|on\s+\p{Lu}\p{Ll}+))?[.!?"”’]*$/u;
/**
 * Headlines speak in the present: the lead's first verb, when it is a simple past right after its subject
 * and no auxiliary is near (`the man arrested in Leeds has been charged` keeps its participle), turns to
 * the present (`Japan's economy shrank` → `Japan's economy shrinks`, `sales fell` → `sales fall`).
 */
export function presentTense(text: string, sentences: readonly string[] = []): string {
  if (JURY_TOLD.test(sentences[leadIndex(sentences)]?.trim() ?? "")) return text; // what a jury was told stays told: `Man stabbed …, jury told`
  // Shaped like the compression step's words, so `assignRoles` sees one kind of object. A first word the
  // article capitalises inside a sentence is a name (`Charles belonged` → `Charles belongs`).
  const isName = (token: string) => sentences.slice(1, 6).some((sentence) => capitalisedInside(sentence, token));
  const words: Word[] = [];
  for (const token of text.split(" ")) words.push({ token, kind: classify(token, words.length === 0 && !isName(token)), uses: 0, early: 0 });
  const roles = assignRoles(words);
  // The first verb not in -ing: `film starring Bacon as a paedophile won` → `… wins`.
  let verb = roles.findIndex((role, i) => role === "verb" && !/ing$/.test(words[i]!.token));
  // Past a participle or relative clause, the main clause's verb: `suspect held in Guantanamo plans to sue`
  // stays as it is. Only where such a clause may open, since finding the main clause costs as much as the rest.
  const opens = verb > 0 && (wordAt(words, verb + 1).kind === "prep" || wordAt(words, verb + 1).kind === "to" ||
    words.slice(0, verb).some((word, i) => word.kind === "rel" || (roles[i] === "verb" && /ing$/.test(word.token))));
  const clause = opens ? findMainClause(words, roles) : undefined;
  if (clause?.relative) verb = clause.start;
  // `vanished ten years ago` stays in the past; an auxiliary of the verb's own clause keeps it a participle
  // (`the man arrested in Leeds has been charged`), one after a pronoun is another clause's (`said he will`).
  if (verb < 1 || roleAt(roles, verb - 1) !== "noun" || agoInClause(words, verb) || auxiliaryOfClause(words, verb) || describesNoun(words, verb)) return text;
  // The subject's head ends its first run of nouns: `Students from Hillcrest School won` → `Students … win`.
  // Past `The` (`The war [of] words heated up` → `… heats up`) and a count's preposition (`About 2,300 workers [at] the mine walked`).
  const counted = words[0]!.kind === "prep" ? (words[1]?.kind === "num" ? 2 : /^(?:least|most)$/i.test(words[1]?.token ?? "") && words[2]?.kind === "num" ? 3 : 0) : 0;
  const glue = roles.indexOf("glue", words[0]!.kind === "det" ? 1 : counted);
  // A participle ends the run too: `Mexican labourers [living in the US] sent`.
  const participle = roles.indexOf("verb");
  // So does a measure after a common noun: `Mensah's header [three minutes into stoppage time] sent`.
  const measure = words.findIndex((word, k) => k > Math.max(1, counted) && k < verb && word.kind === "num" && words[k - 1]!.kind === "word" && roleAt(roles, k - 1) === "noun" && (wordAt(words, k + 1).kind === "prep" || wordAt(words, k + 2).kind === "prep"));
  const runEnd = Math.min(glue > 0 && glue < verb ? glue : verb, participle > 0 ? participle : verb, measure > 0 ? measure : verb);
  const subject = words[runEnd - 1]!;
  // A comma may close the verb's clause: `Calloway resigned[,] hours after …`.
  const [token, closing] = /^(.*?)([,;:]?)$/.exec(words[verb]!.token)!.slice(1) as [string, string];
  // A quotation keeps its words: `"Taxpayer subsidised propaganda exercise"` is what was said.
  if ((words.slice(0, verb + 1).map((word) => word.token).join(" ").match(/["“”]/g)?.length ?? 0) % 2 === 1) return text;
  const base = baseOfPast(token.toLowerCase());
  if (!base || token !== token.toLowerCase() || isParticipleOnly(token)) return text;
  // `plan, backed by business groups`: a participle with its agent (not an amount: `shrank by 2%`), or
  // after a comma, is no past tense.
  // Nor is a vote's margin its agent: `MPs voted [by 312 to 297]`.
  if (/,$/.test(words[verb - 1]!.token) || (wordAt(words, verb + 1).token === "by" && !(CHANGE_VERB.test(token) && byAmount(words, verb + 2)) && !byMargin(words, verb + 2))) return text;
  if (wordAt(words, verb + 1).kind === "to" && PURPOSE.has(token)) return text; // `body designed to tackle`
  // A name in -s says nothing of its number (`Wales secure`, `Charles belongs`): its verb stays as it was.
  // Unless it is a first name and a surname the article goes on to call `he` or `she`: `Mark Philippoussis withdrew` → `… withdraws`.
  // Or the article's own verbs say it: `Wales have won`, `Williams has played`.
  const named = subject.kind === "name" && /s$/.test(subject.token) && !headJoined(words, verb) ? numberOf(subject.token, sentences) : undefined;
  // Or the lead itself gives them a `his` or `her`: `Holmes marked her first appearance` → `Holmes marks …`.
  const owns = words.slice(verb + 1, verb + 4).some((word) => /^(?:his|her)$/i.test(word.token));
  // Or it is a firm's name, as its last word says: `Kestrel Marine Holdings posted` → `… posts`.
  // Or a place's, as its last word says: `Alder Springs banned` → `… bans`.
  const oneByItsName = named === "unknown" && runEnd >= 2 && (FIRM.test(subject.token) || PLACE_IN_S.test(subject.token));
  if (named === "unknown" && !(/^\p{Lu}/u.test(wordAt(words, runEnd - 2).token) && isPerson(sentences, subject.token)) && !owns && !oneByItsName) return text; // the first word is a name by its capital alone
  // A plural noun right before the verb is its subject when the first run is no noun of its own: `Almost a
  // quarter of a million US consumers complained` → `… consumers complain`.
  const before = words[verb - 1]!;
  // Two words in -s after a noun: the first may be the verb (`sports games offers unparalleled …`), and this one no verb at all.
  if (/^\p{Ll}+[^s'’]s$/u.test(before.token) && roleAt(roles, verb - 2) === "noun" && /^\p{Ll}+[^s'’]s$/u.test(words[verb - 2]!.token)) return text;
  // A count in the plural is plural: `Thousands of junior doctors walk out`.
  const plural = named === "plural" || (subject.kind === "word" && isPlural(subject.token)) || /^(?:dozens|scores|hundreds|thousands|millions|billions)$/i.test(subject.token) || headJoined(words, verb) || // `Stone and Muse win`
    (subject.kind !== "name" && before.kind === "word" && isPlural(before.token) && /^(?:almost|nearly|about|around|some|more|less|over|under|up)$/i.test(subject.token));
  words[verb]!.token = (plural ? base : thirdPerson(base)) + closing;
  // A second past joined by `and` to the same subject turns too: `tore a gap … and flooded basements`
  // → `tears a gap … and floods basements`; not past a comma or a pronoun, where another clause starts.
  for (let i = verb + 2; i < words.length - 1; i++) {
    if (/[,;:]$/.test(words[i - 1]!.token) || words[i]!.kind === "pron" || words[i]!.kind === "rel") break;
    const second = words[i]!.token;
    // Before a phrase too, when it can only be a past: `homered twice and [drove] in four runs`.
    const secondBase = words[i - 1]!.token === "and" && (["det", "num", "word"].includes(words[i + 1]!.kind) || (words[i + 1]!.kind === "prep" && isPastForm(second) && !canBeParticiple(second))) && !isParticipleOnly(second) ? baseOfPast(second) : undefined;
    if (!secondBase || second !== second.toLowerCase()) continue;
    words[i]!.token = plural ? secondBase : thirdPerson(secondBase);
    break;
  }
  // A clause of the same time takes the same tense: `profits fall 93% as research costs [rose]` → `rise`.
  const as = words.findIndex((word, i) => i > verb && /^(?:as|while)$/.test(word.token));
  for (let j = as + 2; as !== -1 && j < Math.min(words.length, as + 6); j++) {
    const before = words[j - 1]!;
    if (!["det", "word", "name", "num", "pron"].includes(before.kind) || /[,;:]$/.test(before.token)) break;
    const base = before.kind !== "det" && words[j]!.token === words[j]!.token.toLowerCase() && !isParticipleOnly(words[j]!.token) ? baseOfPast(words[j]!.token) : undefined;
    if (!base) continue;
    const plural = before.kind === "pron" ? /^(?:they|we|i|you)$/i.test(before.token) : before.kind === "word" && isPlural(before.token); // a name is one: `Torvalds leads`
    words[j]!.token = plural ? base : thirdPerson(base);
    break;
  }
  return words.map((word) => word.token).join(" ");
}

/**
 * Whether the past at `verb` describes the noun run after it, whose own verb follows: `The Gizmondo
 * [combined] media player, phone and gaming gadget goes on sale`, `ethnic [led] production companies face
 * barriers`. The run's last noun is followed by a verb of the present that agrees with it.
 */
function describesNoun(words: readonly Word[], verb: number): boolean {
  for (let j = verb + 1; j < words.length && j < verb + 10; j++) {
    const before = words[j - 1]!;
    const word = words[j]!;
    if (j > verb + 1 && word.kind === "word" && before.kind === "word" && /^\p{Ll}+$/u.test(word.token) && /^\p{Ll}/u.test(before.token) && !/[,;:]$|ing$|ed$/.test(before.token)) {
      const plural = isPlural(before.token);
      const next = wordAt(words, j + 1);
      if (!plural && /^\p{Ll}+[^s'’]s$/u.test(word.token) && ["prep", "det", "to"].includes(next.kind) && next.token !== "than") return true; // `gadget goes on sale`
      if (plural && !/s$/.test(word.token) && !isPastForm(word.token) && ["det", "word", "num"].includes(next.kind)) return true; // `companies face barriers`
    }
    if (!(word.kind === "word" || word.kind === "name" || word.kind === "num" || (word.kind === "conj" && word.token === "and"))) return false;
  }
  return false;
}

/** A plural noun: in -s (not `crisis`, `virus`, `it's`), or one of the few plurals news uses that are not (`More than 1,000 people turn out`). */
export const isPlural = (token: string) => /[^sui'’]s$/.test(token) || /^(?:people|men|women|children|police)$/i.test(token);

/**
 * Whether the word at character `offset` of `text` opens its main clause's verb group, though a clause
 * before it has verbs of its own: `man making sure networks are safe [has] resigned`.
 */
export function opensMainClause(text: string, offset: number): boolean {
  const clause = mainClauseOf(text);
  return clause !== undefined && clause.relative !== undefined && clause.start === text.slice(0, offset).split(" ").length - 1;
}

/** The main clause of `text`, its words counted between spaces; undefined when position finds none. */
export function mainClauseOf(text: string): MainClause | undefined {
  const words: Word[] = [];
  for (const token of text.split(" ")) words.push({ token, kind: classify(token, words.length === 0), uses: 0, early: 0 });
  return findMainClause(words, assignRoles(words));
}

/** Whether `by` before word `i` gives an amount, not an agent: `by 2%`, `by an estimated 3.1%`, `by a further 2%`, `by more than 10%`, `by almost 5%`. */
/**
 * Whether `and` joins heads of the subject: `Stone and Muse win`, `142 from Desai and a spell of four for 31
 * give`; not names inside its phrase (`Turnout in Ashgrove and Fenwick falls`) nor a pair after `between`
 * (`Gap between exports and imports hits`).
 */
function headJoined(words: readonly Word[], verb: number): boolean {
  let phrase = false;
  for (let i = 0; i < verb; i++) {
    if (/^between$/i.test(words[i]!.token)) return false;
    if (words[i]!.kind === "prep") phrase = true;
    // Nor an `and` inside a title, whose capitals go on past it to the verb: `Water and Sanitation Minister Nomvula Dube won`
    // (not `Indian and Hong Kong stock markets`).
    const inTitle = /^\p{Lu}/u.test(wordAt(words, i - 1).token) && verb - i > 2 && words.slice(i + 1, verb).every((word) => /^\p{Lu}/u.test(word.token));
    if (words[i]!.token === "and" && !(phrase && wordAt(words, i + 1).kind === "name") && !inTitle) return true;
  }
  return false;
}

/** Whether `ago` dates the verb at `verb` (`vanished ten years ago`), not a clause after a comma (`resigned, hours after … months ago`). */
function agoInClause(words: readonly Word[], verb: number): boolean {
  const ago = words.findIndex((word) => /^ago\b/.test(word.token));
  if (ago === -1) return false;
  return ago < verb || !words.slice(verb, ago).some((word) => /[,;:]$/.test(word.token));
}

/** Whether words from `i` are a count's margin: `312 to 297`, `15 votes`, `three wickets`. */
function byMargin(words: readonly Word[], i: number): boolean {
  if (wordAt(words, i).kind !== "num") return false;
  return (wordAt(words, i + 1).kind === "to" && wordAt(words, i + 2).kind === "num") || /^(?:votes?|points?|runs?|goals?|seats?|wickets?|strokes?|shots?|lengths?)$/i.test(wordAt(words, i + 1).token);
}

function byAmount(words: readonly Word[], i: number): boolean {
  if (/^(?:more|less|fewer)$/i.test(wordAt(words, i).token) && wordAt(words, i + 1).token === "than") return true; // `by more than expected`
  if (/^(?:almost|nearly|about|around|roughly|over|some|just)$/i.test(wordAt(words, i).token)) i++;
  for (let j = i; j < Math.min(words.length, i + 3); j++) {
    if (words[j]!.kind === "num") return true;
    if (words[j]!.kind !== "det" && !(j > i && words[j]!.kind === "word")) return false;
  }
  return false;
}

/**
 * Whether word `verb` is a participle, not the clause's verb: an auxiliary comes before it, or one or a
 * verb of saying after it before a pronoun, a relative or a comma opens another clause (`attendant
 * suspended over images says …`).
 */
function auxiliaryOfClause(words: readonly Word[], verb: number): boolean {
  for (let i = 0; i < words.length; i++) {
    if (i > verb && (words[i]!.kind === "pron" || words[i]!.kind === "rel" || /[,;:]$/.test(words[i - 1]!.token))) return false;
    // After the verb only a finite auxiliary shows it a participle: `complained of [being] targeted` is still a past.
    // Not after a verb of saying or knowing, whose object clause has verbs of its own: `admitted victory [was] vital`.
    if (i > verb && KNOWING.test(words[verb]!.token)) return false;
    if ((words[i]!.kind === "aux" && (i < verb || FINITE.test(words[i]!.token))) || (i > verb && SAYING.test(words[i]!.token))) return true;
  }
  return false;
}

/**
 * The number the article's own verbs give a name in -s: `Wales have`, `Wales are` against `Yukos has`,
 * `Yukos is`, in every sentence, or `the Tories`; `unknown` when nothing says.
 */
function numberOf(name: string, sentences: readonly string[]): "singular" | "plural" | "unknown" {
  let [singular, plural] = [0, 0];
  const after = new RegExp(`(?<![\\p{L}'’])${escapeRegExp(name)}\\s+(?:(?:still|also|now|already|just)\\s+)?(is|are|was|were|has|have|does|do)\\b`, "gu");
  for (const sentence of sentences) for (const match of sentence.matchAll(after)) /^(?:is|was|has|does)$/.test(match[1]!) ? singular++ : plural++;
  if (singular !== plural) return singular > plural ? "singular" : "plural";
  // A group the article calls `the Tories`, `the Democrats` is plural; a person or a place never takes `the`.
  return sentences.some((sentence) => sentence.includes(` the ${name} `)) ? "plural" : "unknown";
}

/**
 * Whether the sentences after the lead speak of one person (`he`, `she`) and of no group (`they`), or the
 * article goes on from a sentence that opens on `name` to one that opens on `He` or `She`: `Rivers shot 14
 * of 23 from the field. He has scored …`.
 */
function isPerson(sentences: readonly string[], name: string): boolean {
  const next = sentences.slice(1, 4).join(" ");
  if (/\b(?:[Hh]e|[Ss]he|[Hh]is)\b/.test(next) && !/\b(?:[Tt]hey|[Tt]heir|[Tt]hem)\b/.test(next)) return true;
  return sentences.some((sentence, i) => i > 0 && sentence.startsWith(`${name} `) && /^(?:He|She)\s/.test(sentences[i + 1] ?? ""));
}

const SAYING = /^(?:says|said|tells|told|claims|insists|admits|denies|warns)$/;
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|does|did|do)$/i;
