import { parseCalendarDate } from "../date/calendar.ts";
import { splitParagraphs } from "./paragraphs.ts";
import { problemAt } from "./problem.ts";
import type { Article, ParseResult } from "./types.ts";

const HEADER = /^(\s*)(\S*)(\s*)(\S*)/;

/**
 * The raw format: optional BOM, white space, `date YYYY-MM-DD`, one space, then the body, whose
 * paragraphs are separated by blank lines. There is no title: the digest derives one.
 */
export function parseRaw(id: string, file: string, text: string): ParseResult {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const at = (offset: number) => offset + (source === text ? 0 : 1);
  const [, lead = "", word = "", gap = "", dateText = ""] = HEADER.exec(source)!;

  if (word !== "date") {
    return fail(problemAt(file, text, at(lead.length), "missing-date",
      `expected "date YYYY-MM-DD" at the start of the file, found ${describe(word)}; add the article's date first, e.g. "date 2021-07-22"`));
  }
  const dateOffset = at(lead.length + word.length + gap.length);
  if (!parseCalendarDate(dateText)) {
    const hint = /^\d{4}-\d{2}-\d{2}$/.test(dateText) ? `${dateText} is not a real calendar day` : `expected a date YYYY-MM-DD, found ${describe(dateText)}`;
    return fail(problemAt(file, text, dateOffset, dateText ? "invalid-date" : "missing-date",
      `${hint}; write the day the article was published, e.g. "date 2021-07-22"`));
  }
  const bodyOffset = lead.length + word.length + gap.length + dateText.length;
  const paragraphs = splitParagraphs(source.slice(bodyOffset));
  if (paragraphs.length === 0) {
    return fail(problemAt(file, text, at(bodyOffset), "empty-body",
      "the article has a date but no text; write the body after the date, or remove the file"));
  }
  const article: Article = { id, sourcePath: file, format: "raw", date: dateText, paragraphs, fields: {} };
  return { ok: true, article };
}

function describe(found: string): string {
  return found ? JSON.stringify(found.slice(0, 30)) : "nothing";
}

function fail(problem: import("./types.ts").Problem): ParseResult {
  return { ok: false, problems: [problem] };
}
