import { remembered } from "../remember.ts";

/**
 * Headlines speak in the present tense: `has denied` → `denies`, `have rejected` → `reject`. This turns a
 * past participle into the present, by rule for regular verbs and by table for the common irregular ones.
 */
const IRREGULAR: Record<string, string> = {
  won: "win", made: "make", said: "say", taken: "take", given: "give", spoken: "speak", broken: "break",
  begun: "begin", lost: "lose", cut: "cut", hit: "hit", set: "set", put: "put", told: "tell", sold: "sell",
  bought: "buy", brought: "bring", found: "find", left: "leave", held: "hold", become: "become", come: "come",
  seen: "see", risen: "rise", fallen: "fall", grown: "grow", shown: "show", paid: "pay", led: "lead",
  struck: "strike", written: "write", chosen: "choose", drawn: "draw", sought: "seek", thrown: "throw",
  kept: "keep", met: "meet", sent: "send", spent: "spend", built: "build", quit: "quit", had: "have",
  done: "do", gone: "go", known: "know", got: "get", gotten: "get", run: "run", beaten: "beat", felt: "feel",
  stood: "stand", understood: "understand", withstood: "withstand", driven: "drive", ridden: "ride", frozen: "freeze", stolen: "steal",
  sunk: "sink", swept: "sweep", fought: "fight", caught: "catch", taught: "teach", thought: "think", hidden: "hide",
  shot: "shoot", slept: "sleep", forgotten: "forget", forgiven: "forgive", overtaken: "overtake", upheld: "uphold",
  withdrawn: "withdraw", undergone: "undergo", overturned: "overturn", spread: "spread", shut: "shut", sworn: "swear",
  lent: "lend", bid: "bid", bet: "bet", read: "read", heard: "hear", dealt: "deal", meant: "mean",
  leapt: "leap", fled: "flee", bled: "bleed", bred: "breed", slid: "slide", spun: "spin", stuck: "stick", sped: "speed",
  dug: "dig", hung: "hang", wept: "weep", crept: "creep", knelt: "kneel", burnt: "burn", learnt: "learn", spelt: "spell",
  spilt: "spill", dreamt: "dream", sat: "sit", shone: "shine", woken: "wake", bitten: "bite", blown: "blow", flown: "fly",
  shrunk: "shrink", sprung: "spring", stung: "sting", swung: "swing", clung: "cling", strung: "string", rung: "ring",
  sung: "sing", swum: "swim", forbidden: "forbid", arisen: "arise", misled: "mislead", shaken: "shake", woven: "weave",
  torn: "tear", worn: "wear", slain: "slay", sewn: "sew", sown: "sow", swollen: "swell", proven: "prove", striven: "strive",
};

const VOWELS = /[aeiouy]+/g;

/** The base form of a past participle, or undefined when the word is not recognisably one. */
export function baseForm(participle: string): string | undefined {
  const word = participle.toLowerCase();
  // A prefix keeps its hyphen: `re-opened` → `re-open`.
  const prefixed = /^(re|co|pre|over|under|out)-(\p{Ll}+)$/u.exec(word);
  if (prefixed) {
    const base = baseForm(prefixed[2]!);
    return base && `${prefixed[1]}-${base}`;
  }
  if (Object.hasOwn(IRREGULAR, word)) return IRREGULAR[word];
  const compound = prefixedIrregular(word, IRREGULAR);
  if (compound) return compound;
  if (!/^[a-z]{2,}ed$/.test(word)) return undefined;
  if (word.endsWith("ied")) return word.length <= 4 ? word.slice(0, -1) : `${word.slice(0, -3)}y`; // died, denied
  if (word.endsWith("eed")) return word.slice(0, -1); // agreed
  const stem = word.slice(0, -2);
  if (/[eio]ll$/.test(stem) && (stem.match(VOWELS)?.length ?? 0) >= 2) return stem.slice(0, -1); // cancelled, controlled (British)
  return restoreBase(stem);
}

/** The base form of a present participle after `is`/`are`: `investigating` → `investigate`. */
export function baseOfGerund(word: string): string | undefined {
  const lower = word.toLowerCase();
  // Five letters are enough for a verb (`suing`, `axing`), not for `being` or `nothing`.
  if (!/^[a-z]{2,}ing$/.test(lower) || NOT_GERUNDS.has(lower) || lower.endsWith("thing")) return undefined;
  if (lower.endsWith("ying")) return lower.slice(0, -3); // buying, saying, studying
  return restoreBase(lower.slice(0, -3));
}

/** Words in `-ing` that no `is` turns into the present: `is being`, `spring`, `during`. */
const NOT_GERUNDS = new Set(["being", "bring", "spring", "string", "during"]);

/**
 * A verb's base from what is left when `-ed` or `-ing` goes: a doubled consonant is undone (`stopped`,
 * `planning`); an `e` the ending swallowed comes back where English spelling needs one (`described`,
 * `preparing`, `handled`, `completed`), judged by how the stem ends, since no base ends that way bare.
 */
function restoreBase(stem: string): string {
  if (/([bdgkmnprt])\1$/.test(stem) && !/^[aeiou]..$/.test(stem)) return stem.slice(0, -1); // stopped, planned, but added
  if (/[^aeiou]ick$/.test(stem) && (stem.match(VOWELS)?.length ?? 0) >= 2) return stem.slice(0, -1); // panicked, trafficked
  if (TAKES_E.test(stem) && !KEEPS_BARE.test(stem)) return `${stem}e`;
  if (/^[aeiou][^aeiouy]$/.test(stem)) return `${stem}e`; // axing, owing, icing
  const syllables = stem.match(VOWELS)?.length ?? 0;
  if (syllables === 1 && /[^aeiou][aeiou][^aeiouwxy]$/.test(stem)) return `${stem}e`; // hoped, rated, taking
  return stem;
}

/**
 * Stem endings no English verb has without a final `e`: announc(e), urg(e), issu(e), clos(e), collaps(e),
 * handl(e), secur(e), prepar(e), decid(e), conclud(e), explod(e), execut(e), combin(e),
 * plung(e), describ(e), requir(e), quot(e), assum(e), provok(e), compil(e), rul(e), consol(e), bath(e), creat(e), negotiat(e), becom(e).
 */
const TAKES_E = /(?:[cvu]|[^n]g|[ue]ng|(?:ch|r)ang|[^z]z|[^s]s|[^aeiou](?:ur|ir|ar|id|ud|od|ut|ib|in|um|ok|il|ul|ol)|uid|qu(?:ir|ot)|(?:gn|st|pl|ad)or|[^aeiou]ot|(?:mpl|del|comp)et|(?:un|gn|nv|xc|nc|rec)it|[bcdfgkptz]l|th|(?<![eo])at|creat|com|phon|tpon|(?:sc|sh)ap)$/;
/** Stems that look as if they lost an `e` but did not: focus(ed), pilot(ed), pivot(ed), ballot(ed). */
const KEEPS_BARE = /(?:focus|bias|pilot|pivot|ballot)$/;

/** `deny` → `denies`, `announce` → `announces`, `pass` → `passes`. */
export function thirdPerson(base: string): string {
  if (base === "have") return "has";
  if (base === "do" || base === "go") return `${base}es`;
  if (/(?:s|x|z|ch|sh)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

/** Simple past forms that are not also participles (those are in IRREGULAR): `rose`, `fell`, `saw`. */
const SIMPLE_PAST: Record<string, string> = {
  rose: "rise", fell: "fall", saw: "see", grew: "grow", took: "take", gave: "give", came: "come", went: "go",
  began: "begin", broke: "break", chose: "choose", drew: "draw", drove: "drive", spoke: "speak", stole: "steal",
  threw: "throw", wrote: "write", flew: "fly", knew: "know", withdrew: "withdraw", overtook: "overtake",
  shook: "shake", forgot: "forget", froze: "freeze", rode: "ride", ran: "run", swore: "swear", sank: "sink",
  beat: "beat", did: "do", shrank: "shrink", sprang: "spring", swam: "swim", sang: "sing", rang: "ring", underwent: "undergo", forgave: "forgive", hid: "hide", wore: "wear", tore: "tear",
  strode: "stride", strove: "strive", wove: "weave", woke: "wake", blew: "blow", drank: "drink", arose: "arise", awoke: "awake",
  forbade: "forbid", stank: "stink", became: "become", ate: "eat",
};

/** Whether `word` (lower case) is a past form of a verb: `rose`, `won`, `cut`, `announced`. */
export const isPastForm = remembered(function isPastForm(word: string): boolean {
  if (Object.hasOwn(SIMPLE_PAST, word) || Object.hasOwn(IRREGULAR, word) || prefixedIrregular(word, SIMPLE_PAST)) return true;
  // Short words in -eed are nouns (`need`, `speed`, `breed`), but for the two pasts of verbs in -ee.
  return (word.length > 4 || SHORT_PASTS.has(word)) && !NOT_PAST.has(word) && !(word.endsWith("eed") && word.length < 7 && word !== "agreed" && word !== "freed") && baseForm(word) !== undefined;
});

/**
 * Whether `word` is only ever a participle, never a simple past: `known`, `taken`, `gone`, `begun`; `known
 * as Drink Or Die` describes, it tells no news.
 */
export function isParticipleOnly(word: string): boolean {
  const stem = /^(?:out|over|under|re|mis|up|with|fore)([a-z]{3,})$/.exec(word)?.[1];
  if (stem && !Object.hasOwn(IRREGULAR, word) && isParticipleOnly(stem)) return true; // `undertaken`
  return Object.hasOwn(IRREGULAR, word) && /(?:en|wn|ne|un|unk)$/.test(word) && IRREGULAR[word] !== word;
}

/** Whether `word` can be a past participle that differs from its base: `held`, `announced`; not `rose`, `cut`. */
export const canBeParticiple = remembered(function canBeParticiple(word: string): boolean {
  // A compound verb's participle is its last part's: `molly-coddled`, `cold-called`.
  const last = /^\p{Ll}+-(\p{Ll}{4,}ed)$/u.exec(word)?.[1];
  if (last) return canBeParticiple(last);
  return isPastForm(word) && !Object.hasOwn(SIMPLE_PAST, word) && !prefixedIrregular(word, SIMPLE_PAST) && baseOfPast(word) !== word;
});

/**
 * The regular pasts of four letters: shorter words in -ed are mostly nouns (`seed`, `shed`, `sled`). Not
 * `lied`, which says what someone did then (`Blair lied when he took the UK to war`), not news of now.
 */
const SHORT_PASTS = new Set(["died", "tied", "vied", "sued", "axed", "owed", "used"]);
/** Words in `-ed` that are not verbs. */
const NOT_PAST = new Set(["hundred", "kindred", "sacred", "naked", "wicked", "rugged", "ragged", "beloved", "embed"]);

/**
 * An irregular form under a prefix, as English builds them (`outspent` → `outspend`, `overran` → `overrun`,
 * `rebuilt` → `rebuild`, `misled` → `mislead`): only where the form differs from its base, so `output`,
 * `upset` and `overcome` are never taken for pasts.
 */
function prefixedIrregular(word: string, table: Record<string, string>): string | undefined {
  const match = /^(out|over|under|re|mis|up|with|fore)([a-z]{3,})$/.exec(word);
  if (!match || !Object.hasOwn(table, match[2]!) || table[match[2]!] === match[2]) return undefined;
  return match[1]! + table[match[2]!];
}

/** The base form of a simple past or a participle: `rose` → `rise`, `teetered` → `teeter`. */
export const baseOfPast = remembered(function baseOfPast(word: string): string | undefined {
  if (Object.hasOwn(SIMPLE_PAST, word)) return SIMPLE_PAST[word];
  const simple = prefixedIrregular(word, SIMPLE_PAST);
  if (simple) return simple;
  return isPastForm(word) ? baseForm(word) : undefined;
});
