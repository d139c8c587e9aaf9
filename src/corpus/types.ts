import type { Article, Problem } from "../article/types.ts";
import type { DigestEntry } from "../digest/types.ts";
import type { Issue } from "../issue/types.ts";
import type { Duplicate } from "./duplicates.ts";

/** What stays of an article once derived: its facts; the body lives on in its entry. */
export type ArticleFacts = Omit<Article, "paragraphs" | "markdown">;

export interface Link {
  headline: string;
  url: string;
}

export interface TagRef {
  name: string;
  /** The topic page, when the topic has one (two articles or more). */
  url?: string;
}

/**
 * A digest entry as the corpus keeps it: the body as HTML only. Pages, feeds, emails and the search index
 * all start from the HTML; 10,000 bodies held three ways are a lot.
 */
export type CorpusEntry = Omit<DigestEntry, "blocks" | "text">;

/** A digest entry in its place in the newsletter: its issue, its neighbours, its tags' pages. */
export interface Entry extends CorpusEntry {
  issue: string;
  issueUrl: string;
  tagRefs: TagRef[];
  newer?: Link;
  older?: Link;
  /** Up to three articles on the same topics. */
  related: Link[];
}

export interface Tag {
  name: string;
  slug: string;
  url: string;
  entries: Entry[];
}

export interface Corpus {
  /** Every published entry, newest first. */
  entries: Entry[];
  issues: Issue<Entry>[];
  tags: Tag[];
  problems: Problem[];
  /** Articles not published because they repeat an earlier one. */
  duplicates: Duplicate[];
  /** Their entries, for `lede digest` (which lists every article). */
  repeated: Array<Entry & { duplicateOf: string }>;
  /** Articles held back because their date is after today (publish them with --future). */
  scheduled: ArticleFacts[];
  filesRead: number;
}
