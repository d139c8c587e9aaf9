/** Paragraphs are separated by blank lines (LF or CRLF, white space allowed); lines inside one are joined. */
export function splitParagraphs(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*(?:\r?\n[ \t]*)+/)
    .map((paragraph) => paragraph.replace(/\s*\r?\n\s*/g, " ").trim())
    .filter((paragraph) => paragraph.length > 0);
}
