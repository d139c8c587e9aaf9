import { isTitle } from "../runs.ts";
import { escapeRegExp } from "../words.ts";
import { leadIndex } from "../sentences.ts";
import { balanceQuotes, dropDanglingEnd } from "./finish.ts";
import { HEADLINE_MAX, HEADLINE_MIN_WORDS, wordCount } from "./limits.ts";
import type { MainClause } from "./clauses.ts";
import { isPlural, JURY_TOLD, mainClauseOf, TAKES_TO } from "./roles.ts";
import { capitalisedInside } from "./salience.ts";
import { surnamesOnly, usedAsPerson } from "./surnames.ts";
import { LEADING_FINDING } from "./lead.ts";
import { trimAtPhrase } from "./trim.ts";

/**
 * A claim keeps who makes it, as a newsroom writes it: `Climate change could be out of control, Sepa warns`,
 * `Digital divide narrows fast, World Bank report says`. The source is the lead's own attribution at its end
 * (`…, a trade body has warned.`, `…, according to research from analysts Gartner.`), shortened; the claim
 * is cut to make room for it. An impersonal source (`it has been reported`) names no one and adds nothing.
 */
export function creditSource(text: string, sentences: readonly string[]): string {
  const lead = sentences[leadIndex(sentences)];
  const credit = lead === undefined ? undefined : asGroup(creditOf(surnamesOnly(lead, sentences)), sentences);
  if (credit === undefined) return text;
  const head = credit.who.split(" ").pop()!;
  if (new RegExp(`\\b${escapeRegExp(head)}\\b`, "i").test(text)) return text;
  const line = `, ${credit.who} ${credit.verb}`;
  // Where the whole claim and its source do not fit, the source's head may: `…, watchdog says` for `the
  // elections watchdog`, `…, Clarke says` for `Charles Clarke`, before any of the claim goes.
  // A capitalised head stands alone only where the article uses it as a person's name (`Hollywood Reporter` is no `Reporter`).
  const headFits = text.length + line.length > HEADLINE_MAX && head !== credit.who && text.length + head.length + credit.verb.length + 3 <= HEADLINE_MAX;
  if (headFits && (/^\p{Ll}/u.test(head) || usedAsPerson(sentences.join(" "), head, credit.who))) return `${text}, ${head} ${credit.verb}`;
  // Cut where a phrase ends, never inside one: `caught operating[ "vote-rigging factory"], court hears` is no claim.
  const cut = text.length + line.length <= HEADLINE_MAX ? text : trimAtPhrase(text, HEADLINE_MAX - line.length);
  if (cut === "") return text;
  let claim = cut === text ? text : dropDanglingEnd(balanceQuotes(cut));
  // Not at the cost of the claim itself: a third of its words at most go to make room, and never its verb
  // (`show Passport [will not return], BBC says`).
  const clause = claim === text ? undefined : mainClauseOf(text);
  claim = wholeClauses(claim, text, clause);
  const kept = wordCount(claim);
  if (clause && claim.split(" ").length < clause.end) return text;
  // Nor inside an aside it opened: `Two of the oldest building societies, Wharfedale and the Penmoor[, to merge]`.
  if (claim !== text && /^\s*,/.test(text.slice(claim.length)) && (claim.match(/,/g)?.length ?? 0) % 2 === 1) return text;
  // Nor a verb's infinitive: `… to contributing to society needs [to be "exploded"], minister says`.
  if (claim !== text && TAKES_TO.test(claim.slice(claim.lastIndexOf(" ") + 1)) && /^\s*to\s/.test(text.slice(claim.length))) return text;
  if (kept >= HEADLINE_MIN_WORDS && kept * 3 >= wordCount(text) * 2 && claim.length + line.length <= HEADLINE_MAX) return `${claim}${line}`;
  // A reason or a circumstance after the claim may go whole, whatever its length: `People have unrealistic
  // expectations of forensic science[ thanks to the success of CSI], experts say`.
  const reason = ADJUNCT.exec(text);
  const bare = reason ? wholeClauses(text.slice(0, reason.index), text, clause) : "";
  if (reason && bare.length + line.length <= HEADLINE_MAX && wordCount(bare) >= HEADLINE_MIN_WORDS && (!clause || bare.split(" ").length >= clause.end)) return `${bare}${line}`;
  // Where neither fits, a person who said it goes first, as a speaker before a colon: `Mandelson: BBC should
  // steer away from …` (not a body: `Hollywood Reporter: …` would read as a label).
  const person = /^\p{Lu}/u.test(head) && usedAsPerson(sentences.join(" "), head, head === credit.who ? undefined : credit.who);
  return person && text.length + line.length > HEADLINE_MAX && text.length + head.length + 2 <= HEADLINE_MAX ? `${head}: ${text}` : text;
}

const SAYING = "said|says|say|pledged|pledges|promised|promises|vowed|vows|reported|reports|report|announced|claimed|claims|confirmed|warned|warns|warn|predicted|revealed|added|insisted|argued|believes|believe|ruled|rules|suggested|suggests|suggest|found|finds|showed|shows|heard|hears|told\\s+[\\w\\s.'’-]+";
/** The same, said as it is said: `…, Sepa is warning a committee of MSPs.` */
const SAYING_NOW = "saying|claiming|predicting|warning(?:\\s+[\\w\\s.'’-]+)?|telling\\s+[\\w\\s.'’-]+";
/** The lead's last clause when it only says who said it: `…, X has said.`, `…, says X.`, `…, according to X.` */
const TAIL = new RegExp(
  `(?:,|(?<=["”]))\\s+(?:according\\s+to\\s+(?<after>[^,]+?)|(?<verbFirst>said|says|say|warned|warns)\\s+(?<afterVerb>[^,]{3,70}?(?:,\\s+[^,]{3,70}?)?)|(?<before>[^,]{2,70}?)\\s+(?:(?<aux>(?:has|have|had)\\s+)?(?<verb>${SAYING})|(?<now>is|are)\\s+(?<verbNow>${SAYING_NOW}))(?:\\s+(?:on|in|at|during|as|when|while|after|before)\\s+[\\w\\s.'’-]+?)?)[.!?"”’]*$`,
  "u",
);
const IMPERSONAL = /^(?:it|this|that|those|he|she|they|we|I|you|there|but|and|which|who|as|so)\b|["“”]/iu; // `those behind the talks` name no one
/** Reported, not saying: `…, the minister has been reported as saying` credits no one with `reports`. */
const PASSIVE = /\s(?:been|being|be)$/;
/** An amount of money or a share: `the $420 million`, `£5bn`, `9 per cent`. */
const AMOUNT = /[$£€¥]\s?\d|\d\s*(?:per\s*cent|%)|\b(?:million|billion|bn)$/i;
/** A source that hedges what it says (`…, Bakrie has reportedly said`): its words, not its claim. */
const HEDGED = /\s(?:reportedly|allegedly|apparently)$/;
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|some|new|latest)\s+/i;
/** A name at the end of the source: `technology analysts Gartner`, `the Bank of England`, `Tory leader Howard`. */
const TRAILING_NAME = /(?:^|\s)((?:\p{Lu}[\p{L}'’.&-]*\s+(?:(?:of|for|on|and|&)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}'’.-]*)$/u;
/** A claim made in court, whose maker goes unnamed: `…, it was claimed in court.`, `…, a Houston court has been told.` */
const COURT_TOLD = /,\s+(?:it\s+(?:was|has\s+been|is\s+being)\s+(?:claimed|alleged|said|heard)\s+(?:in|at)\s+(?:the\s+|a\s+)?court|(?:an?|the)\s+(?:\p{Lu}\p{L}*\s+)*court\s+(?:has\s+been|was|is\s+being)\s+told)[.!?"”’]*$/u;
/** What opens a reason or a circumstance of a claim, after it: `thanks to …`, `because …`, `despite …`. */
const ADJUNCT = /,?\s+(?:thanks\s+to|because|due\s+to|despite|amid|after|following|as\s+a\s+result\s+of|in\s+spite\s+of)\s/i;
const UNNAMED = /^(?:(?:a|one|two|three|four|several|some|many)\s+)?(?:people|persons?|sources?|officials?)\s+(?:(?:directly|closely)\s+)?(?:familiar\s+with|close\s+to|briefed\s+on|with\s+(?:direct\s+)?knowledge\s+of|involved\s+in|aware\s+of)\s/i;
const ACRONYM = /\((\p{Lu}[\p{L}&]{1,9})\)/u;
const EVIDENCE = /^(?:figures|data|statistics|numbers|results)$/i;

/** Who is credited, shortened as a headline would, and the present of what they did. */
export function creditOf(lead: string): { who: string; verb: string } | undefined {
  if (COURT_TOLD.test(lead.trim())) return { who: "court", verb: "hears" };
  if (JURY_TOLD.test(lead.trim())) return { who: "jury", verb: "told" };
  const match = TAIL.exec(lead.trim());
  const groups = match?.groups;
  if (!groups) return speakerFirst(lead) ?? findingFirst(lead);
  const phrase = (groups.after ?? groups.before ?? groups.afterVerb ?? "").trim();
  // Nor an amount: `up from the $420 million [announced] before the election` was said by no one.
  if (IMPERSONAL.test(phrase) || HEDGED.test(phrase) || PASSIVE.test(phrase) || /^one\s+of\b/i.test(phrase) || AMOUNT.test(phrase)) return undefined;
  const who = shortSource(phrase);
  if (who === undefined) return undefined;
  // `is warning a committee of MSPs` is `warns`.
  const said = (groups.verb ?? groups.verbNow ?? groups.verbFirst ?? "").split(/\s/)[0]!.toLowerCase().replace(/^(say|claim|predict|warn|tell)ing$/, "$1");
  const last = who.split(" ").pop()!;
  // The lead's own verb tells the number (`MPs have said`, `the Lib Dems say`); failing that, the word does.
  const plural = groups.aux || groups.now ? /^(?:have|are)/.test(groups.aux ?? groups.now!) : /^(?:say|warn|report|believe|claim)$/.test(said) ||
    (!/^(?:says|warns|reports|believes|claims)$/.test(said) && /^(?:\p{Ll}|\p{Lu}+s$)/u.test(last) && isPlural(last)); // `officials`, `MPs`; not `Williams`
  const base = EVIDENCE.test(last) || /^show/.test(said) ? "show" : /^(?:warn|claim|report|rule|suggest)/.test(said) ? said.replace(/(?:d|ed|s)$/, "").replace(/^rul$/, "rule") : /^f(?:ou|i)nd/.test(said) ? "find" : /^hear/.test(said) ? "hear" : /^(?:pledg|promis|vow)/.test(said) ? said.replace(/(?:s|d)$/, "").replace(/^vowe$/, "vow") : /^predict/.test(said) ? "predict" : "say"; // `…, an Election Court has heard` → `court hears`
  return { who, verb: plural ? base : base === "say" ? "says" : `${base}s` };
}

/**
 * `claim`, the start of `text`, without a clause it holds only part of, after the main clause's comma:
 * `man arrested[, less than two hours after he …], police say`.
 */
function wholeClauses(claim: string, text: string, clause: MainClause | undefined): string {
  const comma = claim.lastIndexOf(", ");
  if (!clause || comma <= 0 || claim.length === text.length || /^\s*[,;:]/.test(text.slice(claim.length))) return claim;
  return claim.slice(0, comma).split(" ").length >= clause.end ? claim.slice(0, comma) : claim;
}

/**
 * A source that is one plural word the article also writes in lower case, or never capitalises inside a
 * sentence, is a group, not a name, though the lead capitalised it as its first word: `Police said …` →
 * `…, police say`.
 */
function asGroup(credit: { who: string; verb: string } | undefined, sentences: readonly string[]): { who: string; verb: string } | undefined {
  if (credit === undefined || !/^\p{Lu}\p{Ll}+$/u.test(credit.who) || !isPlural(credit.who)) return credit;
  const lower = credit.who.toLowerCase();
  // A name is capitalised inside a sentence too (`…, said Williams`); a group the article may never name again.
  const named = sentences.some((sentence) => capitalisedInside(sentence, credit.who));
  if (named && !sentences.some((sentence) => sentence.includes(` ${lower} `) || sentence.includes(` ${lower}.`))) return credit;
  return { who: lower, verb: credit.verb === "says" ? "say" : credit.verb.replace(/s$/, "") };
}

/**
 * A lead that opens on who says it (`Film-maker Spike Lee says black representation is stronger …`), whose
 * headline drops the frame: the speaker is credited at the end, by the last two words of their name at most
 * (`Spike Lee says`; after `surnamesOnly`, `Lee says`).
 */
const SPEAKER_FIRST = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?((?:\p{Lu}[\p{L}'’.-]*\s+)?\p{Lu}[\p{L}'’.-]*)\s+(says|said|insists|insisted|claims|claimed|believes|warns|warned)\s/u; // `Blair says he will`: the headline names Blair, and no credit comes
function speakerFirst(lead: string): { who: string; verb: string } | undefined {
  const match = SPEAKER_FIRST.exec(lead);
  if (!match) return undefined;
  const said = match[2]!;
  return { who: match[1]!, verb: /^warn/.test(said) ? "warns" : /^claim/.test(said) ? "claims" : /^insist/.test(said) ? "insists" : "says" };
}

/** A finding that opened on what found it (`A new study suggests that …`, see `LEADING_FINDING`): `study suggests`. */
function findingFirst(lead: string): { who: string; verb: string } | undefined {
  const match = LEADING_FINDING.exec(lead);
  if (!match) return undefined;
  const said = match[3]!.replace(/^ha(?:s|ve)\s+/, "");
  const verb = /^(?:found|finds|discovered)$/.test(said) ? "finds" : /^(?:shown|showed|shows)$/.test(said) ? "shows" : /^conclude/.test(said) ? "concludes" : said;
  // People find: `scientists find`.
  return match[2] ? { who: match[2].toLowerCase(), verb: verb.replace(/s$/, "") } : { who: match[1]!, verb };
}

/**
 * `the Institute of Public Policy Research (IPPR)` → `IPPR`; `a trade body` → `trade body`; `Carly Fiorina,
 * chief of HP` → `Carly Fiorina`; `a committee of MPs and peers` → `committee`.
 */
function shortSource(phrase: string): string | undefined {
  // Unnamed sources, as a wire writes them: `two people familiar with the matter`, `a person briefed on the talks` → `sources`, `source`.
  const unnamed = UNNAMED.exec(phrase);
  if (unnamed) return /^(?:a|one)\s/i.test(unnamed[0]) ? "source" : "sources";
  const acronym = ACRONYM.exec(phrase)?.[1];
  if (acronym) return acronym;
  // When or how it was made out says nothing of who: `a report by Meridian Rowe [released on Tuesday]`,
  // `figures obtained by CBC News [through a freedom of information request]`.
  let source = phrase.replace(/\s*\([^()]*\)/g, "").replace(/,.*$/, "").replace(/\s+(?:(?:released|published|issued|compiled)(?!\s+by\b)|through|via)\s.*$/u, "").trim();
  // `new figures released on Tuesday by the BPI`, `research from analysts Gartner`: whoever made it; if
  // their name is too long for a headline, what they made (`figures from the Office of the Deputy Prime Minister`).
  const made = /^(?:\S+\s+){0,2}?(figures|data|statistics|research|report|survey|study|poll)\s+(?:\S+\s+){0,4}?(?:by|from)\s/u.exec(source)?.[1];
  source = source.replace(/^.*\s(?:by|from)\s+(?=(?:the\s+)?\p{Lu})/u, "");
  // A made thing named by what it measures ends on its head: `a [quality of life] survey`, `a [cost of living] index`.
  const measured = /\s+of\s+\p{Ll}+\s+(figures|data|statistics|research|report|survey|study|poll|index)$/u.exec(source)?.[1];
  if (measured) return measured;
  // The head comes before what describes it: `a committee [of MPs]`, `unions [at the carmaker]`, `a poll [posing …]`, `a poll [conducted for …]`.
  source = source.replace(/(?<=^|\s)(\p{Ll}[\p{L}-]*)\s+(?:of|at|in|for|with|on|to|that|who|which|\p{Ll}+ing\s+(?:the|a|an)|\p{Ll}+ed\s+(?:for|by|in|on|at|to))\s.*$/u, "$1");
  const name = TRAILING_NAME.exec(source)?.[1]?.replace(/^The\s+/, "");
  // A name too long for a headline gives way to its owner (`the UN's Food & Agriculture Organisation` → `UN`).
  if (name && !/^(?:A|An)$/.test(name)) {
    if (name.split(" ").length <= 4) return name;
    // A title before a person's name is not the name: `UK Foreign Secretary Jack Straw` → `Jack Straw`.
    const words = name.split(" ");
    let title = words.length - 1;
    while (title >= 0 && !isTitle(words[title]!)) title--;
    const person = words.slice(title + 1);
    if (title !== -1 && person.length > 0 && person.length <= 3 && person.every((word) => /^\p{Lu}/u.test(word))) return person.join(" ");
    return made ?? /^(\p{Lu}[\p{L}.]*)['’]s\s/u.exec(name)?.[1];
  }
  while (DETERMINER.test(source)) source = source.replace(DETERMINER, "");
  source = source.replace(/^\p{Ll}+['’]s\s+(?=\S)/u, ""); // `the island's watchdog`: the watchdog
  const words = source.split(/\s+/).filter(Boolean);
  return words.length <= 3 && !words.some((word) => /^(?:and|or)$/i.test(word)) ? words.join(" ") || undefined : words.at(-1);
}

