import type { Article } from "../article/types.ts";
import type { CalendarDate } from "../date/calendar.ts";

/** A block of the cleaned body: prose, or an embedded tweet that had been flattened to text. */
export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "tweet"; text: string; name: string; handle: string; date: string };

export interface Quote {
  text: string;
  speaker: string;
}

/** What a reader sees of one article: everything derived from the raw text, or set by its author. */
export interface DigestEntry {
  id: string;
  /** The article's file name. */
  file: string;
  sourcePath: string;
  date: CalendarDate;
  headline: string;
  summary: string;
  tags: string[];
  words: number;
  readingMinutes: number;
  slug: string;
  /** Site-relative URL, `/articles/<slug>/`; derived from the file name so it never changes. */
  url: string;
  blocks: Block[];
  /** The cleaned body as plain text. */
  text: string;
  /** The cleaned body as HTML (rendered by markdown-it). */
  html: string;
  quote?: Quote;
}

/** The value the digest steps work on, in order; each step reads what earlier ones set. */
export interface DigestState {
  article: Article;
  blocks: Block[];
  /** The paragraphs of prose the derived fields come from: no byline, caption, label or dateline. */
  story: string[];
  sentences: string[];
  headline: string;
  summary: string;
  tags: string[];
  words: number;
  readingMinutes: number;
  slug: string;
  html: string;
  quote?: Quote;
}

export interface DigestStep {
  name: string;
  run(state: DigestState): void;
}
