import type { Article } from "../article/types.ts";
import { datelinePlace, decodeCharacterReferences, dropDateline, dropLabel, dropRelatedAsides, fixDetachedPunctuation, isPageFurniture, nameThisPlace, recognizeTweet, stripControlCharacters } from "./clean.ts";
import { deriveHeadline } from "./headline.ts";
import { pickQuote } from "./quote.ts";
import { renderBlocks, renderMarkdown } from "./render.ts";
import { splitSentences } from "./sentences.ts";
import { slugify } from "./slug.ts";
import { deriveSummary, leadParagraph } from "./summary.ts";
import { deriveTags } from "./tags.ts";
import type { Block, DigestEntry, DigestState, DigestStep } from "./types.ts";
import { countWords, readingMinutes } from "./words.ts";

const prose = (blocks: Block[]) => blocks.filter((block) => block.kind === "paragraph").map((block) => block.text);
/**
 * The paragraphs of prose that headline, summary, topics and quote come from: a byline, a caption, a
 * section's label or a wire dateline is no part of the story (unless it is all there is).
 */
function storyProse(blocks: Block[]): string[] {
  const paragraphs = prose(blocks);
  const story = paragraphs.filter((text) => !isPageFurniture(text));
  return (story.length > 0 ? story : paragraphs).map((text) => dropDateline(dropLabel(text)));
}

/** The sentences, the lead naming its dateline's place where it calls it `this town` (see `nameThisPlace`). */
function withPlace(sentences: string[], blocks: Block[]): string[] {
  const first = blocks.find((block) => block.kind === "paragraph" && !isPageFurniture(block.text));
  const place = first === undefined ? undefined : datelinePlace(first.text);
  return place === undefined || sentences.length === 0 ? sentences : [nameThisPlace(sentences[0]!, place), ...sentences.slice(1)];
}

/**
 * The digest, as an ordered list of small named steps over one state (like markdown-it's rule chains):
 * read the list to know what happens, insert a step to change it.
 */
export const DIGEST_STEPS: DigestStep[] = [
  { name: "decodeCharacterReferences", run: (s) => mapText(s, decodeCharacterReferences) },
  { name: "stripControlCharacters", run: (s) => mapText(s, stripControlCharacters) },
  { name: "dropRelatedAsides", run: (s) => mapText(s, dropRelatedAsides) },
  { name: "fixDetachedPunctuation", run: (s) => mapText(s, fixDetachedPunctuation) },
  { name: "recognizeTweets", run: (s) => { s.blocks = s.blocks.map((b) => (b.kind === "paragraph" ? recognizeTweet(b.text) : b)); } },
  { name: "splitSentences", run: (s) => { s.story = storyProse(s.blocks); s.sentences = s.story.flatMap(splitSentences); } },
  { name: "pickHeadline", run: (s) => { s.headline = authored(s.article.fields.title) ?? deriveHeadline(withPlace(s.sentences, s.blocks)); } },
  { name: "pickSummary", run: (s) => { s.summary = authored(s.article.fields.summary) ?? deriveSummary(splitSentences(leadParagraph(s.story)), s.headline); } },
  { name: "pickTags", run: (s) => { s.tags = s.article.fields.tags?.map(stripControlCharacters).filter(Boolean) ?? deriveTags(s.sentences); } },
  { name: "pickQuote", run: (s) => { const quote = pickQuote(s.story); if (quote) s.quote = quote; } },
  { name: "countWords", run: (s) => { s.words = countWords(s.blocks.map((b) => b.text).join(" ")); s.readingMinutes = readingMinutes(s.words); } },
  { name: "makeSlug", run: (s) => { s.slug = slugify(s.article.fields.slug ?? s.article.id, "article"); } },
  { name: "renderHtml", run: (s) => { s.html = s.article.markdown !== undefined ? renderMarkdown(s.article.markdown) : renderBlocks(s.blocks); } },
];

/** Article → DigestEntry. Pure and deterministic: the same article always gives the same entry. */
export function deriveEntry(article: Article, steps: readonly DigestStep[] = DIGEST_STEPS): DigestEntry {
  const state: DigestState = {
    article, blocks: article.paragraphs.map((text) => ({ kind: "paragraph", text })), story: [], sentences: [],
    headline: "", summary: "", tags: [], words: 0, readingMinutes: 1, slug: "", html: "",
  };
  for (const step of steps) step.run(state);
  const file = article.sourcePath.split(/[\\/]/).pop() ?? article.sourcePath;
  const entry: DigestEntry = {
    id: article.id, file, sourcePath: article.sourcePath, date: article.date,
    headline: state.headline, summary: state.summary, tags: state.tags, words: state.words,
    readingMinutes: state.readingMinutes, slug: state.slug, url: articleUrl(state.slug),
    blocks: state.blocks, text: state.blocks.map((block) => block.text).join("\n\n"), html: state.html,
  };
  if (state.quote) entry.quote = state.quote;
  return entry;
}

export function articleUrl(slug: string): string {
  return `/articles/${slug}/`;
}

/** An author's field, cleaned like derived text; an empty one counts as unset. */
function authored(field: string | undefined): string | undefined {
  const clean = field === undefined ? "" : stripControlCharacters(field);
  return clean || undefined;
}

function mapText(state: DigestState, clean: (text: string) => string): void {
  state.blocks = state.blocks
    .map((block) => ({ ...block, text: clean(block.text) }))
    .filter((block) => block.text.length > 0);
}
