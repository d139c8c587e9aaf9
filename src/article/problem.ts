import type { Problem, ProblemCode } from "./types.ts";

/** `path:line:column: error CODE: message`, the format editors and CI logs already understand. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: error ${problem.code}: ${problem.message}`;
}

/** A problem at a character offset of a text. */
export function problemAt(file: string, text: string, offset: number, code: ProblemCode, message: string): Problem {
  const { line, column } = positionOf(text, offset);
  return { file, line, column, code, message };
}

/** 1-based line and column (in characters) of an offset; CRLF counts as one line break. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = [...text.slice(lineStart, offset).replace(/\r$/, "")].length + 1;
  return { line, column };
}
