import { decodeHTMLStrict } from "entities/decode";
import type { Block } from "./types.ts";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/** A month as a date line writes it, in full or short: `January`, `Jan`, `Sept`. */
const MONTH_WORD = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/**
 * Control characters (C0 but tab, DEL, C1), noncharacters and lone surrogates are invisible in prose, and
 * XML 1.0 forbids most of them: one would make every feed unreadable.
 */
export function stripControlCharacters(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|\p{Cs}/gu, " ")
    .replace(/ {2,}/g, " ")
    .trim();
}

/**
 * Text copied from a web page keeps its character references (`passé` as `pass&#233;`): they are read as
 * the characters they name. Only whole references, with their `;`: `AT&T` and `R&D` stay.
 */
export const decodeCharacterReferences = (text: string) => (text.includes("&") ? decodeHTMLStrict(text) : text);

/** `(RELATED: Former Hong Kong Journalist Arrested At Airport)`: a link to another story, gone with its link. */
export function dropRelatedAsides(text: string): string {
  return text.replace(/\s*\((?:RELATED|READ MORE|SEE ALSO|WATCH|READ)\s*:[^()]*\)/g, "").trim();
}

/**
 * A wire dateline that opens the first paragraph: where the story was filed (`WASHINGTON (AP) — `, `LONDON,
 * Dec 5 (Reuters) - `, `SAN FRANCISCO, Calif. — `, `NEW DELHI: `), a place in capitals, maybe a state or a
 * date, maybe the agency, then a dash or a colon before the sentence.
 */
const DATELINE = /^(?:\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.]*(?:\s+[\p{L}\d.]+){0,2})?(?:\s*\([^()]{1,40}\))?|\([^()]{1,40}\))\s*(?:—|–|--?|:)\s+(?=[\p{Lu}"“‘])/u;

/** A section's label before the story (`Opinion: Why …`, `EXCLUSIVE: …`, `Analysis | …`): what kind of piece, not what it says. */
const LABEL = /^(?:Opinion|Analysis|Comment|Commentary|Review|Exclusive|Breaking(?: news)?|Live|Watch|Explainer|Editorial|Update|Interview|Feature)\s*[:|]\s+/iu;

/** A paragraph without its label, for the headline, summary and topics: the article's own text keeps it. */
export function dropLabel(paragraph: string): string {
  const label = LABEL.exec(paragraph);
  return label && /^[\p{Lu}"“‘]/u.test(paragraph.slice(label[0].length)) ? paragraph.slice(label[0].length) : paragraph;
}

/** A paragraph without its opening dateline, for the headline, summary and topics: the article's own text keeps it. */
export function dropDateline(paragraph: string): string {
  return paragraph.replace(DATELINE, "");
}

/**
 * The place a wire dateline names, as a name is written: `ALDER SPRINGS, Colo. (AP) —` → `Alder Springs`;
 * undefined without one.
 */
export function datelinePlace(paragraph: string): string | undefined {
  const place = DATELINE.exec(paragraph)?.[0].match(/^\p{Lu}[\p{Lu}'’-]+(?:\s+\p{Lu}[\p{Lu}'’-]+){0,3}(?=,|\s*\(|\s*[—–-])/u)?.[0];
  return place?.toLowerCase().replace(/(^|[\s'’-])\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/**
 * A lead that calls its dateline's place `this town` names it, as a headline must: `in this small southwestern
 * Ohio village` → `in Brantley`, `This mountain town of about 6,000 people banned` → `Alder Springs banned`.
 */
export function nameThisPlace(sentence: string, place: string): string {
  return sentence.replace(THIS_PLACE, place);
}
const THIS_PLACE = /\b[Tt]his\s+(?:[\p{L}-]+\s+){0,3}?(?:town|village|city|community|suburb|borough|hamlet)(?:\s+of\s+(?:about|around|nearly|some|roughly|fewer than|more than|just)?\s*[\d,]+\s+(?:people|residents))?/u;

/**
 * Lines a web page puts around a story, copied with it: a byline (`By Jane Smith, Staff Writer`), a time
 * stamp (`Updated 5:30 p.m. ET`), a picture's caption or credit (`Photo: …`), a date alone (`Jan. 5,
 * 2024`). No headline, summary or topic comes from them; the article's own text keeps them.
 */
export function isPageFurniture(paragraph: string): boolean {
  return BYLINE.test(paragraph) || STAMP.test(paragraph) || CAPTION.test(paragraph) || LONE_DATE.test(paragraph) || PAGE_CONTROL.test(paragraph);
}
/** What a page shows between paragraphs (`Advertisement`, `Share this article`, `Listen to this article · 4 min`), and a press release's own marks (`FOR IMMEDIATE RELEASE`, `Media contact: …`, `###`). */
const PAGE_CONTROL = /^(?:Advertisement|Sponsored|For immediate release|(?:Media |Press )?Contacts?:.{0,200}|#{3}|-30-|Ends|Share(?: this (?:article|story|page))?|Listen to this (?:article|story)\b.{0,30}|(?:Continue|Keep) reading\b.{0,30}|Read more\b.{0,60}|Skip (?:to (?:main )?content|advertisement))$/iu;
const BYLINE = /^By\s+\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,))*(?:,\s+[^.!?]{1,60})?$/u;
const STAMP = new RegExp(`^(?:Updated|Published|Posted|Last updated|First published)(?:\\s+(?:on|at))?:?\\s+(?:\\d|${MONTH_WORD}\\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)[^!?]{0,80}$`, "u");
const CAPTION = /^(?:(?:Photo|Photograph|Image|Picture|Video)s?(?:\s+(?:caption|credit|source))?|Caption|Credit)\s*:/iu;
const LONE_DATE = new RegExp(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:\\d{1,2}\\s+${MONTH_WORD}|${MONTH_WORD}\\.?\\s+\\d{1,2}),?\\s+\\d{4}$`, "u");

/** Removing a link often leaves its space behind: `the bill , which` → `the bill, which`. */
export function fixDetachedPunctuation(text: string): string {
  return text.replace(/(\S)[ \t]+([,;:!?]|\.(?!\.))(?=\s|$|["”’)])/g, "$1$2").replace(/ {2,}/g, " ");
}

const TWEET_CREDIT = new RegExp(
  `^(?<text>.*?)\\s*[—–]\\s*(?<name>[^—–()]{1,60}?)\\s*\\(@(?<handle>[A-Za-z0-9_]{1,15})\\)\\s+(?<date>${MONTH} \\d{1,2}, \\d{4})$`,
  "u",
);

/**
 * A tweet that was embedded in the page and flattened to text ends with its credit:
 * `… — Hong Kong Watch (@hk_watch) July 22, 2021`. It becomes a quote block that credits the handle.
 */
export function recognizeTweet(paragraph: string): Block {
  const match = TWEET_CREDIT.exec(paragraph);
  if (!match?.groups) return { kind: "paragraph", text: paragraph };
  const { text = "", name = "", handle = "", date = "" } = match.groups;
  return { kind: "tweet", text: text.trim(), name: name.trim(), handle, date };
}
