import yaml from "js-yaml";
import { fromUtcDate, parseCalendarDate } from "../date/calendar.ts";
import { splitFrontMatter, type FrontMatter } from "../frontMatter.ts";
import { markdownBlocksAsText } from "../markdown.ts";
import { problemAt } from "./problem.ts";
import type { Article, AuthorFields, ParseResult, Problem } from "./types.ts";

/** A Markdown article: YAML front matter (`title`, `date`, optional `summary`, `tags`, `slug`), then Markdown. */
export function parseMarkdown(id: string, file: string, text: string): ParseResult {
  let parsed: FrontMatter;
  try {
    // YAML's core schema keeps `date: 2021-02-30` a string: the default one would silently make it 2 March.
    parsed = splitFrontMatter(text, (source) => yaml.load(source, { schema: yaml.CORE_SCHEMA }));
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return fail({
      file, line: (mark?.line ?? 0) + 2, column: (mark?.column ?? 0) + 1, code: "front-matter",
      message: `the front matter is not valid YAML (${reason}); fix it or remove the --- block`,
    });
  }
  const data = parsed.data as Record<string, unknown>;
  const problems: Problem[] = [];
  const fieldAt = (name: string) => {
    const offset = text.search(new RegExp(`^${name}\\s*:`, "m"));
    return offset === -1 ? 0 : offset;
  };

  const date = normaliseDate(data.date);
  if (!date) {
    problems.push(problemAt(file, text, fieldAt("date"), data.date === undefined ? "missing-date" : "invalid-date",
      data.date === undefined
        ? 'the front matter has no date; add a line "date: 2021-07-22"'
        : `${JSON.stringify(String(data.date))} is not a real calendar day; write the date as YYYY-MM-DD`));
  }
  const paragraphs = markdownBlocksAsText(parsed.content);
  if (paragraphs.length === 0) {
    problems.push(problemAt(file, text, text.length, "empty-body",
      "the article has front matter but no text; write the body after the closing ---"));
  }
  if (problems.length > 0 || !date) return { ok: false, problems };

  const article: Article = {
    id, sourcePath: file, format: "markdown", date, paragraphs, markdown: parsed.content, fields: authorFields(data),
  };
  return { ok: true, article };
}

function normaliseDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return fromUtcDate(value);
  if (typeof value === "string" && parseCalendarDate(value.trim())) return value.trim();
  return undefined;
}

function authorFields(data: Record<string, unknown>): AuthorFields {
  const fields: AuthorFields = {};
  const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : undefined);
  const title = text(data.title);
  const summary = text(data.summary);
  const slug = text(data.slug);
  if (title) fields.title = title;
  if (summary) fields.summary = summary;
  if (slug) fields.slug = slug;
  const tags = Array.isArray(data.tags) ? data.tags.map(String) : typeof data.tags === "string" ? data.tags.split(",") : [];
  const cleanTags = tags.map((tag) => tag.trim()).filter(Boolean);
  if (cleanTags.length > 0) fields.tags = cleanTags;
  return fields;
}

function fail(problem: Problem): ParseResult {
  return { ok: false, problems: [problem] };
}
