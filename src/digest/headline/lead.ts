import { isPastForm } from "../verbs.ts";
import { wordCount } from "./limits.ts";
import { isPlural } from "./roles.ts";
import { isRecord } from "./wordclass.ts";

/**
 * What a lead sentence carries and a headline never does: asides in brackets, who said it, when it
 * happened, filler subjects, appositives and scene-setting adverbials.
 */
const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** A time of day: `9:40 p.m.`, `3am`, `1900 GMT`. */
const CLOCK = String.raw`\d{1,2}(?:[:.]?\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|GMT\b|BST\b)`;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const TIME_WORDS = new RegExp(
  [
    `(?<!\\b[Tt]he)(?:\\s*,)?\\s+(?:(?:on(?:\\s+an?)?|last|this|next|late|early|by)\\s+)?${WEEKDAY}(?:['’]s\\b|(?:\\s+(?:morning|afternoon|evening|night))?\\b(?!['’]|\\s+\\p{Lu}))`, // `Sunday Telegraph` and `the Friday the 13th franchise` stay, `Saturday's Six Nations clash` loses its day
    `\\s+(?:yesterday|today|tonight|(?:late\\s+|early\\s+)?last\\s+night|this\\s+(?:morning|afternoon|evening))\\b(?!['’])`, // `today's gamers` are no time
    // A time of day, with how near: `broke out [around 9:40 p.m.]`, `[shortly after 7am]`.
    `\\s+(?:(?:shortly|just|soon)\\s+)?(?:at|around|about|before|after|by|from|until)\\s+(?:about\\s+|around\\s+|roughly\\s+)?${CLOCK}`,
    // A second date joined to the first goes with it: `in June or July`, never `… match or July`; so does
    // what starts then: `ride buses for free [starting in January]`.
    `(?:\\s+(?:starting|beginning|effective))?\\s+(?:on|in|by|since|from|until)\\s+(?:the\\s+)?(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?(?:\\s+(?:or|and|to)\\s+(?:\\d{1,2}\\s+)?${MONTH}(?:\\s+\\d{1,2})?)?(?:,?\\s+\\d{4})?\\b(?!['’])`, // `in January's tournament` names the tournament
    // With the part of it that it names: `due for release [at the end of next month]`, never `at the end of,`;
    // and with where it is put off to: `pushed back [to next year]`, never `pushed back to,`.
    `(?<!\\b[Tt]he)\\s+(?:(?:at|by|until|before|after|from|in|towards)\\s+the\\s+(?:end|start|beginning|middle|turn)\\s+of\\s+|to\\s+(?=next\\b))?(?:last|this|next|earlier this|later this)\\s+(?:week|month|year|weekend|summer|winter|spring|autumn)\\b(?!['’])`, // `The last year has seen` is a subject
    `\\s+(?:on|in|by|since)\\s+(?:19|20)\\d{2}\\b`,
    `\\s+(?:in|over|during)\\s+the\\s+(?:\\w+\\s+)?(?:months|weeks|quarter|year)\\s+(?:to|ending|ended)\\s+(?:\\d{1,2}\\s+)?${MONTH}\\b`,
  ].join("|"),
  "gu",
);
/** `A number of MPs` are MPs; `the number of Europeans` is a number, and stays. */
const FILLER_SUBJECT = /^(?:(?:A|An|The)\s+(?:group|team|coalition|handful|pair|couple|series|host|range|variety|set|collection)|An?\s+number)\s+of\s+/;
const SAYING = "(?:said|says|reported|reports|announced|claimed|confirmed|warned|added|pledged|promised|insisted|argued|admitted|revealed|predicted|stated|believes|believe|ruled|told\\s+[\\w\\s.'’-]+)"; // `…, a coroner has ruled`
/** Who said it, in at most `words` words: `the firm`, `the Office of the Deputy Prime Minister`. */
const source = (words: number) => `(?:the\\s+)?(?!(?:has|have|had|is|are|was|were|be|been|will|would)\\s)[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,${words - 1}}`; // not a verb: `, N.L., [have been told] to …`
/** After a comma, the source may be a long name (`, the Office of the Deputy Prime Minister has said`). */
const ATTRIBUTION_TAIL = new RegExp(
  `(?:,?\\s+according\\s+to\\b.*|,\\s+${source(8)}\\s+(?:(?:has|have|had)\\s+)?${SAYING}(?:\\s+(?:on|in|at)\\s+[\\w.'’-]+(?:\\s+[\\w.'’-]+){0,4})?)$`, // `said on Tuesday`, `said in a statement`: not a clause after it
);
/** Every verb the two tail expressions below know, and `according`: without one, neither can match. */
const SAYS = /\b(?:according|said|says|say|reported|reports|announced|claimed|confirmed|warned|warns|added|pledged|promised|insisted|argued|admitted|revealed|predicted|stated|believes|believe|ruled|told)\b/;
const LEADING_ATTRIBUTION = /^(?:According\s+to\s+(?:[^,]|,(?=\d))+,\s*|([\p{Lu}][\w.'’-]*(?:\s+[\p{Lu}][\w.'’-]*){0,3})\s+(?:said|says|reported|announced)\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\s+(?=that\s))?(?:that\s+)?)/u; // `Prosecutors said Friday that …`
/** A pronoun that only points back at who said it: `Clarke says he has` is `Clarke has`. */
const SPEAKER_PRONOUN = /^(?:he|she|it|they)\s+(?=\p{Ll})/u;
/** `it was time to`, `it is unlikely that`: an `it` that stands for no one, where the speaker stays. */
const EMPTY_IT = /^it\s+(?:is|was|will\s+be|would\s+be)\s+(?:not\s+)?\p{L}+\s+(?:to\s+\p{Ll}+|that)\s/u;
const LEADING_ADVERBIAL = /^(?:In|On|At|After|Before|During|Despite|Following|Amid|With|For|Since|As|Under|Across|Throughout|Along|Inside|Outside|Beyond|Speaking|Writing)\b[^,]{3,60},\s+(?=\p{L})/u; // not `Over` or `Around`, which open a count: `Over 40 students fell ill, …`

/** `Hyundai has announced that it plans to build` → `Hyundai plans to build`: the news is the plan. */
const REPORTING_FRAME = /(?<=\p{L}\s)(?:(?:has|have)\s+)?(?:announced|announces|confirmed|confirms|said|says|revealed|reveals|admitted|admits|insisted|insists|claimed|claims|warned|warns|stated|states)\s+(?:that\s+)?(?:it|they)\s+(?=\p{Ll})/u;

/**
 * An obituary's lead says the death in an aside (`Isobel MacAskill, who has died aged 81, was a Gaelic singer
 * whose voice …`): the death is the news, told with what the person was: `Gaelic singer Isobel MacAskill
 * has died aged 81`.
 */
export function tellTheDeath(text: string): string {
  const obituary = OBITUARY.exec(text);
  if (!obituary) return text;
  const [, name, age, what] = obituary as unknown as [string, string, string | undefined, string];
  const description = what.split(/\s+(?:whose|who|which|that|known|and|with|from|in|for|of)\s|,/u)[0]!;
  return `${description} ${name} has died${age ? ` ${age}` : ""}`;
}
const OBITUARY = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’.-]*),\s+who\s+(?:has\s+)?died(?:\s+(aged\s+\d+|at\s+\d+))?(?:\s+\p{Ll}[^,]{0,30})?,\s+was\s+(?:a|an|the)\s+(\p{L}[^,]{3,120})/u;

/**
 * A first word some papers set in capitals is written as the rest of the text would write it: `THE Lusaka
 * High Court` → `The Lusaka High Court`, `KAFULWE Town Council` → `Kafulwe Town Council`, `SMALL-SCALE
 * farmers` → `Small-scale farmers`. Not an acronym (`NASA`, `UNICEF`), which the article writes in capitals
 * again, nor one of three letters or fewer (`BBC`).
 */
export function unshoutFirstWord(text: string, sentences: readonly string[] = []): string {
  const shout = /^(\p{Lu}{2,}(?:-\p{Lu}{2,})*)(?=\s+(\p{L}))/u.exec(text);
  if (!shout || (shout[1]!.replace(/-/g, "").length < 4 && shout[1] !== "THE")) return text;
  const word = shout[1]!;
  const again = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, "u"); // capitals and hyphens only: nothing to escape
  if (sentences.slice(1).some((sentence) => again.test(sentence))) return text;
  // Before a capitalised word it is part of a name (`Kafulwe Town Council`), each part capitalised; else it opens a sentence.
  const name = /\p{Lu}/u.test(shout[2]!);
  const written = word.toLowerCase().replace(name ? /(^|-)\p{Ll}/gu : /^\p{Ll}/u, (letter) => letter.toUpperCase());
  return written + text.slice(word.length);
}

/** A state or province after a place, as North American copy writes it: `Harrow Bay[, N.L.,]`, `Salem[, Ore.,]`. */
const STATE_AFTER_PLACE = /(?<=\p{Lu}[\p{L}'’-]+),\s+(?:\p{Lu}\p{Ll}{0,4}\.){1,2}(?:,(?=\s)|(?=\s+\p{Ll}|$))/gu; // not a title before a name: `, Dr. Jones`
export const dropParentheticals = (text: string) => text.replace(/\s*\([^()]*\)/g, "").replace(/\s*\[[^\]]*\]/g, "").replace(STATE_AFTER_PLACE, closeAside).replace(REGION_AFTER_PLACE, "");
/**
 * A region spelt out after a place a preposition names, between commas before the verb: `the museum in
 * Fairlow[, Ohio,] reopens`, `a farm near Tarbes[, France,] has`; not a list (`Smith, Jones, and Brown`).
 */
const REGION_AFTER_PLACE = /(?<=\b(?:in|of|from|near|at|outside)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,(?=\s+(?!and\b|or\b|but\b|who\b|which\b)\p{Ll})/gu;
/**
 * A state's trailing comma that also closes an aside stays (`Vantrell, the maker based in Ridgeford[, Calif.],
 * said`), and so does one that opens an appositive (`Residents of Cedar Hollow[, B.C.], a lakeside community …, were`).
 */
function closeAside(state: string, offset: number, text: string): string {
  if (!/,$/.test(state)) return "";
  const rest = text.slice(offset + state.length);
  return (text.slice(0, offset).match(/,/g)?.length ?? 0) % 2 === 1 || /^\s+(?:a|an|the)\s[^,]+,/.test(rest) ? "," : "";
}
/**
 * `Officials said that …` → `…`. When what was said starts with the speaker's pronoun, the speaker takes
 * its place (`Charles Clarke says he has no desire` → `Charles Clarke has no desire`); an empty `it` (`Blair
 * said it was time to …`) keeps the frame, since nothing else says who.
 */
/**
 * After compression has named the speaker (`Comedian Chris Rock says he will …` → `Chris Rock says he
 * will …`), the speaker stands for their own pronoun: `Chris Rock will steer clear …`. Only that: a
 * speaker who speaks of others keeps the frame here (`Tories say ministers must respond`).
 */
export function speakerForPronoun(text: string): string {
  const match = LEADING_ATTRIBUTION.exec(text);
  const rest = match ? text.slice(match[0].length) : "";
  if (match?.[1] === undefined || EMPTY_IT.test(rest) || !SPEAKER_PRONOUN.test(rest)) return text;
  // What they say they did keeps its frame: `White says she took steroids` is an admission, not a habit.
  const verb = rest.replace(SPEAKER_PRONOUN, "").replace(/^\p{Ll}+ly\s+/u, "").split(" ", 1)[0]!; // past an adverb: `says she knowingly took`
  if (/^(?:was|were|had|did)$/.test(verb) || isPastForm(verb)) return text;
  return `${match[1]} ${reported(rest.replace(SPEAKER_PRONOUN, ""))}`;
}

/**
 * A finding that opens on what or who found it: `A new study suggests that people who walk …` → `People who
 * walk …` (the credit step adds `, study suggests`), `Scientists have found that a snail …` (`, scientists
 * find`). Its head is what is credited (a thing, or people), its verb how.
 */
export const LEADING_FINDING = /^(?:(?:An?|The)\s+(?:(?:new|recent|latest|major|large|small|government|independent|international|national|[\p{L}\d]+-[\p{L}\d-]+)\s+)*(study|report|survey|review|analysis|poll|paper|research|trial)|(?:An?\s+(?:team|group)\s+of\s+)?(?:\p{Lu}\p{Ll}+\s+)?([Ss]cientists|[Rr]esearchers|[Aa]stronomers|[Dd]octors|[Ee]xperts))\s+(?:(?:by|from|of|for|at|in|published|led|carried|commissioned)\s[^,]{2,60}?\s)?(suggests|finds|has found|found|shows|has shown|showed|concludes|has concluded|indicates|have found|have discovered|discovered|have shown)\s+(?:that\s+)?(?=\p{L})/u;

export function dropLeadingAttribution(text: string): string {
  const finding = LEADING_FINDING.exec(text);
  if (finding) {
    const rest = text.slice(finding[0].length);
    return wordCount(rest) >= 4 && !/^(?:it|they|this|these|there)\b/i.test(rest) ? rest.replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : text;
  }
  const match = LEADING_ATTRIBUTION.exec(text);
  if (!match) return text;
  const rest = text.slice(match[0].length);
  const speaker = match[1];
  // The speaker owns what their own possessive did: `Blair says his personal standing` → `Blair's personal standing`.
  const owned = speaker !== undefined && /^(?:his|her|its|their)\s+\p{Ll}+\s/u.test(rest) ? rest.replace(/^\S+\s+/, "") : undefined;
  if (owned !== undefined) return `${speaker}${/s$/.test(speaker!) ? "'" : "'s"} ${owned}`;
  // Nor a speaker that what they say points back to: `Cameroon says corruption has cost it 1bn francs` tells whom.
  if (speaker !== undefined && BACK_TO_SPEAKER.test(rest)) return text;
  if (speaker === undefined || !/^(?:he|she|it|they|we|i|you|there)\b/i.test(rest)) return rest;
  if (EMPTY_IT.test(rest) || !SPEAKER_PRONOUN.test(rest)) return text;
  return `${speaker} ${reported(rest.replace(SPEAKER_PRONOUN, ""))}`;
}
/** What was said, in the tense it was said in: `said it would cut` is `will cut` (headlinese: `to cut`), not a condition. */
const reported = (clause: string) => clause.replace(/^would(?=\s)/, "will");
/** A pronoun past the reported clause's first word, which can only point back to the speaker: `cost [it]`, `in [its] ministry`. */
const BACK_TO_SPEAKER = /^\S+\s.*\b(?:it|its|them|their|him|his|her)\b/i;
/** A spoken opening (`Well, it's goodbye to …`, `Yes,`, `Oh,`): a columnist's voice, no news. Interjections are a closed class. */
const INTERJECTION = /^(?:Well|Oh|Ah|Alas|Yes|No|Now|So|OK|Okay|Indeed|Sure|Of course|Still|Anyway|\p{Lu}\p{Ll}+ly)\s*,\s+(?=\p{L})/u; // `Obviously,` too
/** `So what is …`, `And the 101-year-old …`: a lead that joins on to what came before stands alone in a headline (not `So Solid Crew`). */
const LEADING_CONJUNCTION = /^(?:And|But|So|Yet|Or)\s+(?=\p{Ll})/u;
export const dropLeadingAdverbial = (text: string) => dropLeadingPhrase(text.replace(INTERJECTION, "").replace(LEADING_CONJUNCTION, "").replace(AS_SAID, ""));
/** `As Tory spokesman Oliver Letwin said - any chancellor would …`: a dash closes it as a comma does. */
const AS_SAID = /^As\s+[^,;:]{3,60}?\s+(?:said|says|put it|noted|wrote)\s+[-–—]\s+(?=\p{L})/u;
/**
 * A leading phrase, up to the comma that ends it, which is not always its first: a list goes on past its
 * commas (`With home cinemas, plasma TVs, and video recorders moving in, the way …`), and so do
 * adjectives in a row (`As phones become a ubiquitous, all-in-one media player, audio …`), as long as
 * no verb comes first (`In May, sales rose 5%, and profits fell` ends at `May,`).
 */
function dropLeadingPhrase(text: string): string {
  const match = LEADING_ADVERBIAL.exec(text) ?? leadingParticiple(text);
  if (!match) return text;
  let end = match[0].length;
  const list = LIST_GOES_ON.exec(text.slice(end));
  const adjectives = list ? undefined : /\b(?:a|an)\s+\p{Ll}+,\s+$/u.test(match[0]) ? ADJECTIVES_GO_ON.exec(text.slice(end)) : undefined;
  const more = list ?? adjectives;
  if (more && !more[0].split(/\s+/).some((word) => /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says)$/.test(word) || isPastForm(word.replace(/\W+$/, "")))) end += more[0].length;
  return text.slice(end);
}
/**
 * A participle clause that opens the sentence with its object or phrase, up to its comma: `Citing rising
 * content and licensing costs, [Flickwave will raise …]`, `Founded in 1990, …`. Not a name in -ing with
 * its verb (`Beijing warned Taiwan, …`).
 */
function leadingParticiple(text: string): RegExpExecArray | null {
  const match = LEADING_PARTICIPLE.exec(text);
  return match && !match[0].split(/\s+/).slice(1).some((word) => FINITE_WORD.test(word) || isPastForm(word.replace(/\W+$/, ""))) ? match : null;
}
const LEADING_PARTICIPLE = /^(?:\p{Lu}\p{Ll}{2,}ing\s+\p{Ll}|\p{Lu}\p{Ll}{2,}ed\s+(?:in|on|at|by|from|with|for|into|over|under|after|before|during|more|less|almost|nearly|just|only|two|three|four|five|six|seven|eight|nine|ten|\d)\b)[^,]{2,60},\s+(?=\p{L})/u; // and a past participle with its phrase: `Launched two years ago from a spare bedroom, …`
const FINITE_WORD = /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says)$/;
const LIST_GOES_ON = /^[^,]{1,40},\s+(?:and|or)\s[^,]{1,80},\s+(?=\p{L})/u;
const ADJECTIVES_GO_ON = /^\p{Ll}[^,]{0,40},\s+(?=\p{L})/u;
/**
 * `It is unlikely that inventions are going to have …` says of the inventions what a headline says
 * first: `inventions unlikely to have …`. Only where the clause's verb is a future (`will`, `are going to`)
 * or a modal that a `to` can stand for.
 */
export const raiseSubject = (text: string) => text.replace(EXTRAPOSED, (_, adjective: string, subject: string) => `${subject.charAt(0).toUpperCase()}${subject.slice(1)} ${adjective} to `);
const EXTRAPOSED = /^It\s+(?:is|was|seems|looks)\s+((?:un)?likely|certain|expected)\s+that\s+((?:the\s+)?[^,;:]{2,60}?)\s+(?:will|would|(?:is|are|was|were)\s+going\s+to)\s+(?=\p{Ll})/u;

/**
 * A subject that points back to a pair the leading clause named is that pair, and the clause goes: `In a
 * sign of a thaw between Egypt and Israel, the two countries have signed …` → `Egypt and Israel have signed …`.
 */
export const nameThePair = (text: string) => text.replace(PAIR_THEN_SUBJECT, "$1 and $2");
const PAIR_NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2}";
const PAIR_THEN_SUBJECT = new RegExp(`^(?:In|After|As|With|Following|Despite|Amid|Since|While|Although|Though|Because|When|Once|Before)\\s[^,]{0,160}?\\b(${PAIR_NAME})\\s+and\\s+(${PAIR_NAME}),\\s+the\\s+two\\s+\\p{Ll}+s\\b`, "u");
/** `this year's V Festival`, `next week's Australian Open`: the event is the news, not when it falls. */
const COMING_EVENT = /\b(?:[Tt]his|[Nn]ext)\s+(?:year|week|month|weekend|season|summer|winter|spring|autumn)['’]s\s+(?=\p{L})/gu;
export const dropTimeWords = (text: string) => dropLeadingTime(text).replace(COMING_EVENT, "the ").replace(TIME_WORDS, (time, offset: number, whole: string) => ((/^\s+since\s/.test(time) && isRecordBefore(whole, offset)) || (TIME_OBJECT.test(whole.slice(Math.max(0, offset - 12), offset)) && !/['’]s$/.test(time)) || (SCHEDULED.test(whole.slice(Math.max(0, offset - 40), offset)) && DATE.test(time) && /^(?:$|\s*[,;:—–-])/.test(whole.slice(offset + time.length))) || (/^\s+(?:this|next)\s/.test(time) && NEGATED.test(whole.slice(Math.max(0, offset - 60), offset))) ? time : ""));

/** A time that bounds a denial is part of it: `has ruled out a comeback [this year]`, `will not pay a dividend [this year]`. */
const NEGATED = /\b(?:not|never|no|rules?\s+out|ruled\s+out|ruling\s+out)\b[^,;:]*$|n['’]t\b[^,;:]*$/i;

/**
 * What is still to happen, whose date ends the clause and is the news: `report will be released [on 11
 * March]`, `is due [in May]` (not `to be succeeded in February [by three shows]`, whose news comes after).
 */
const SCHEDULED = /\b(?:(?:will|to|shall)\s+be\s+(?:\p{Ll}+(?:ed|en)|held|set|made|run|shown|sold|paid|put|shut|built|open|closed)|(?:is|are)\s+due)$/u;
const DATE = new RegExp(`^\\s+(?:on|in|by)\\s+(?:the\\s+)?(?:\\d{1,2}\\s+)?${MONTH}`);

/** A preposition whose object is the time, which would be left alone: `have until [next week] to improve` (not `from [Saturday's] match`, where the day only says which). */
const TIME_OBJECT = /\b(?:until|till|before|after|from|within|than)$/i;

/**
 * Whether a superlative or an ordinal ends the text before `offset`, a few words back: a time `since` after
 * it says what it is the most or the first of (`first Grand Slam [since 1948]`, `lowest level [since 2001]`).
 */
function isRecordBefore(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 60), offset).split(" ").slice(-3);
  return before.some(isRecord);
}

/** `yesterday` → `[Yy]esterday`: the time words match at the start of a sentence and inside it, and no other word changes case. */
const eitherCase = (words: string) => words.split("|").map((word) => `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`).join("|");
const TIME_WORD = `(?:${eitherCase("yesterday|today|tonight|tomorrow|overnight|earlier|later|recently|ago|morning|afternoon|evening|night|weekend|week|month|year")}|${WEEKDAY}|${MONTH}(?:\\s+\\d{1,2})?|${CLOCK}(?:\\s+on\\s+${WEEKDAY})?)`;
/**
 * Another newsroom's time words at the front, in any spelling: `Yesterday, …`, `On Friday, …`, `Early
 * morning, …`, `Last week …`, `Earlier this month, …` (at most three words before the time word, and a
 * comma after it unless the time word comes first).
 */
const LEADING_TIME = new RegExp(`^(?:(?:[\\p{L}\\d]+\\s+){0,3}?${TIME_WORD}(?:\\s+\\d{4})?\\s*,|(?:(?:${eitherCase("on|late|early|last|this|earlier|later")})\\s+(?:this\\s+)?)?${TIME_WORD}(?:\\s+(?:morning|afternoon|evening|night))?(?=\\s+(?:the|a|an)\\s))\\s*`, "u"); // `Sunday Telegraph staff`: before a name, a weekday may be part of it

export function dropLeadingTime(text: string): string {
  const rest = text.replace(LEADING_TIME, "");
  return rest !== text && wordCount(rest) >= 4 && !/^(?:and|but|or|of)\b/i.test(rest) ? rest.replace(/^\p{Ll}/u, (first) => first.toUpperCase()) : text;
}
/** Without `A group of`, the verb agrees with what is left: `A group of MPs has called` → `MPs have called`. */
export function dropFillerSubject(text: string): string {
  const rest = text.replace(FILLER_SUBJECT, "");
  if (rest === text) return text;
  return rest.replace(/^([^,]*?)\b(has|is|was)\b/, (phrase, subject: string, auxiliary: "has" | "is" | "was") =>
    / and |[^s']s\s*$/.test(subject) ? `${subject}${PLURAL_AUXILIARY[auxiliary]}` : phrase);
}

const PLURAL_AUXILIARY = { has: "have", is: "are", was: "were" } as const;
export function dropReportingFrame(text: string): string {
  const match = REPORTING_FRAME.exec(text);
  if (!match) return text;
  const [frame] = match;
  const rest = text.slice(match.index + frame.length);
  if ((EMPTY_IT.test(text.slice(match.index + frame.lastIndexOf("it"))) && /\bit\s+$/.test(frame)) || (CLAIMING.test(frame) && SAYS_WHAT_IT_IS.test(rest))) return text;
  return `${text.slice(0, match.index)}${reported(rest)}`;
}
/**
 * What a firm says it is, it claims: `WMC has said it is worth 30% more than the bid` stays said (without
 * the frame it would read as fact), where what it says it will do or is doing is its own news (`says it is to cut jobs`, `is in talks`).
 */
const CLAIMING = /^(?:(?:has|have)\s+)?(?:said|says|insisted|insists|claimed|claims|stated|states)\s/;
const SAYS_WHAT_IT_IS = /^(?:is|are|was|were|(?:has|have)\s+been)\s+(?!(?:to|set|about|due|in|still|now|also|already|currently|\p{Ll}+ing)\b)/u;
/**
 * `X, who …, has died` → `X has died`. A clause that ends in a list goes with the whole list (`who was
 * behind hits by the Byrds, Ry Cooder and the Beach Boys,`): cut at its first comma, the rest of the list
 * would run into the name.
 */
export const dropInnerRelativeClause = (text: string) =>
  text.replace(LISTING_RELATIVE, " ").replace(/,\s+(?:which|who|whose|where)\b[^,]{3,80},\s+/g, " ");
const LISTING_RELATIVE = /,\s+(?:which|who|whose|where)\b[^,]{3,80}(?:,\s+[^,]{1,40}){1,4}?\s+(?:and|or)\s+[^,]{1,40},\s+(?=\p{Ll})/gu;

export function dropAttributionTail(text: string): string {
  const trimmed = text.replace(/[.!?]+$/, "");
  // `…, said a World Bank report`: the source named after its verb.
  // The tail expression backtracks at every word: try it only where a verb of saying or `according to` is.
  const shorter = SAYS.test(trimmed) ? trimmed.replace(ATTRIBUTION_TAIL, "").replace(/(?:,|(?<=["”]))\s+(?:said|says|say|reported|reports|warned|warns)\s+[^,"”]{3,60}$/, "") : trimmed; // after a quotation its comma may go: `"making good progress" say those behind the talks`
  const plural = /(?:say|report)$/.test(shorter) ? shorter.replace(/,\s+(?:[\w'’-]+\s+){1,4}(?:say|report)$/, "") : shorter; // `…, state media report`
  return wordCount(plural) >= 4 ? plural : text;
}

/** A group of two or three words the text repeats by mistake, once: `his return to the to the starting line-up`. */
export const dropRepeatedWords = (text: string) => text.replace(/\b((?:\p{Ll}+\s+){1,2}\p{Ll}+)\s+\1\b/gu, "$1");

/** `General Motors, the world's largest car maker, has cut…` → `General Motors has cut…`. */
export function dropAppositive(text: string): string {
  // An aside that counts what was just named: `Two-thirds of the world's population[, 4 billion people,] live on …`.
  const counted = text.replace(/,\s+(?:about|some|around|nearly|almost|over|more than|up to)?\s*\d[\d,.]*\s*(?:m|bn|million|billion|thousand)?\s+\p{Ll}+,\s+(?=\p{Ll})/u, " ");
  if (counted !== text) return counted;
  // A description before the name gives way to the name: `The world's biggest confectioner, Cadbury, has …`.
  // One name cannot rename a plural: past one and `of`, it renames what comes after (`Three executives of
  // Ireland's airline, Aer Lingus, are` → `Three executives of Aer Lingus are`; `The head of the bank, Ana Reyes,` is Ana Reyes).
  const named = text.replace(/^(?:([^,]{2,60}?\s(\p{Ll}+)\s+of)\s+)?[^,]{2,60},\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+(?=\p{Ll})/u,
    (_, owner: string | undefined, head: string | undefined, name: string) => `${owner && isPlural(head!) ? `${owner} ` : ""}${name} `);
  if (named !== text) return named;
  // Only after a name: `Faster, better or funkier hardware` is a list, not a name and its description;
  // or one that an article opens: `Germany's economy, the biggest among the 12 countries sharing the euro, grew`.
  // An aside of examples may hold a list of its own: `Technologies[, from e-mail to net chatrooms, instant messaging and mobiles,] have proved`.
  const examples = text.replace(/^([^,]{0,48}\p{Lu}[^,\s]*),\s+(?:from|including|like|such as)\s[^;:]{2,160}?,\s+(?=(?:have|has|had|are|is|was|were|will|would|could|can|may|might|must|should)\s)/u, "$1 ");
  if (examples !== text) return examples;
  // An aside closed right before an auxiliary ends there, whatever commas it holds: `Marguerite Solberg[, the
  // jazz pianist whose spare, unhurried recordings … where she first played,] has died`. A name in -er
  // may open it (`Carver[, the actress …,] has died`): a comparative's list opens on no article.
  const closed = asideClosedByVerb(text);
  if (closed !== text) return closed;
  // Not half of one: after its comma comes the verb, not the aside's next part (`from e-mail, [to] net chatrooms`).
  // Nor after a lone comparative, which opens a list: `Faster, [better or funkier hardware …], research suggests`.
  // An aside may be long, as an obituary's is (`Dennis Morgan[, the folk singer whose ballads … for half a
  // century,] has died`), up to 200 characters, and hold a list (`LedgerLeaf[, a start-up whose software
  // tracks invoices, materials and VAT,] has raised`).
  // Nor before a relative clause, which may belong to the aside's last noun: `iPhone[, betting … buyers in
  // China and India,] where its sales have slowed` would tell of the iPhone's sales.
  return text.replace(/^(?!\p{Lu}\p{Ll}+(?:er|est),)([^,]{0,48}\p{Lu}[^,\s]*),\s+(?:[^,]{2,160}(?:,\s+[^,]{1,40}){1,3}\s+(?:and|or)\s+[^,]{1,60}|[^,]{2,200}),\s+(?=\p{Ll})(?!(?:to|and|or|from|in|of|on|at|for|with|by|where|which|who|whom|whose|when)\s)/u, "$1 ").replace(/^((?:\p{Lu}[\p{L}.-]*['’]s|The)\s+\p{Ll}+(?:\s+\p{Ll}+)?),\s+(?:the|a|an)\s+[^,]{2,120},\s+(?=\p{Ll})/u, "$1 ");
}

/**
 * `Marguerite Solberg[, the jazz pianist whose spare, unhurried recordings …,] has died`, `The Salt
 * Keepers[, a quiet, slow-burning drama about …,] won`: an aside after a name, opened by an article or a
 * relative, ends at the first comma an auxiliary or a past form follows, whatever commas come before it.
 */
function asideClosedByVerb(text: string): string {
  const open = ASIDE_AFTER_NAME.exec(text);
  if (!open) return text;
  // An auxiliary first; failing that, a past form before what it did (`won the`), not an adjective in -ed (`, unhurried recordings`).
  for (const closes of [CLOSING_AUXILIARY, CLOSING_PAST]) {
    for (let comma = text.indexOf(",", open[0].length); comma !== -1 && comma - open[0].length <= 200; comma = text.indexOf(",", comma + 1)) {
      const next = closes.exec(text.slice(comma + 1));
      if (next && (closes === CLOSING_AUXILIARY || isPastForm(next[1]!))) return `${open[1]} ${text.slice(comma + 1).trimStart()}`;
    }
  }
  return text;
}
const ASIDE_AFTER_NAME = /^([^,]{0,48}\p{Lu}[^,\s]*),\s+(?:the|a|an|who|whose)\s/u;
const CLOSING_AUXILIARY = /^\s+(has|have|had|is|are|was|were|will|would)\s/;
const CLOSING_PAST = /^\s+(\p{Ll}+)\s+(?:the|a|an|his|her|its|their|at|in|on|to|for|with)\s/u;

/**
 * Who says so, mid-sentence: `The economy grew, official figures show - but …` → `The economy grew - but
 * …`; `… over five years, the city announced, in a plan to …` → `… over five years, in a plan to …`.
 */
export const dropInnerAttribution = (text: string) =>
  text.replace(/,\s+(?:[\w'’-]+\s+){0,4}(?:show|shows|suggest|suggests|say|says|said|reported|reports|found|finds|announced|confirmed)(?=\s+[-–—]\s|,\s)/, "");
