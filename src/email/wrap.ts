/** Plain-text email lines stay under 78 characters (RFC 5322's advice); long words are not broken. */
export function wrapText(text: string, width = 78): string {
  return text
    .split("\n")
    .map((line) => wrapLine(line, width))
    .join("\n");
}

function wrapLine(line: string, width: number): string {
  if (line.length <= width) return line;
  const indent = /^\s*/.exec(line)?.[0] ?? "";
  const lines: string[] = [];
  let current = "";
  for (const word of line.trim().split(/\s+/)) {
    if (current && current.length + 1 + word.length > width) {
      lines.push(current);
      current = indent + word;
    } else {
      current = current ? `${current} ${word}` : indent + word;
    }
  }
  if (current) lines.push(current);
  return lines.join("\n");
}
