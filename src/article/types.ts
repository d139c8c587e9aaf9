import type { CalendarDate } from "../date/calendar.ts";

export type ArticleFormat = "raw" | "markdown";

/** Fields an author set in Markdown front matter; each wins over the derived value. */
export interface AuthorFields {
  title?: string;
  summary?: string;
  tags?: string[];
  slug?: string;
}

/** One parsed input file, before any derivation. */
export interface Article {
  /** The file name without its extension: the article's identity, so its URL and feed id are stable. */
  id: string;
  /** The path as given to the parser (shown in problems). */
  sourcePath: string;
  format: ArticleFormat;
  date: CalendarDate;
  /** Body paragraphs as plain text, in order. */
  paragraphs: string[];
  /** The Markdown body, for Markdown articles (rendered as Markdown rather than as plain paragraphs). */
  markdown?: string;
  fields: AuthorFields;
}

export type ProblemCode =
  | "binary-content"
  | "invalid-utf8"
  | "missing-date"
  | "invalid-date"
  | "empty-body"
  | "front-matter"
  | "too-large"
  | "unreadable"
  | "unsafe-name";

/** A problem with an input file: never thrown, always returned and reported together. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  code: ProblemCode;
  message: string;
}

export type ParseResult = { ok: true; article: Article } | { ok: false; problems: Problem[] };
