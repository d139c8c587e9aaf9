/** One message of an mbox, with the line its `From ` separator is on (for messages about it). */
export interface MboxMessage {
  line: number;
  raw: Buffer;
}

/** Whether a file is an mbox rather than one message: it starts with a `From ` separator line. */
export function isMbox(bytes: Buffer): boolean {
  return bytes.subarray(0, 5).toString("latin1") === "From ";
}

/**
 * Split an mbox at its `From ` lines (at the start of the file or after a blank line), and undo the
 * mboxrd quoting of body lines that began with `From ` (`>From ` → `From `). Bytes pass through as they
 * are (latin1 maps each byte to one character and back).
 */
export function splitMbox(bytes: Buffer): MboxMessage[] {
  const lines = bytes.toString("latin1").split("\n");
  const messages: MboxMessage[] = [];
  let current: { line: number; lines: string[] } | undefined;
  const finish = () => {
    if (!current) return;
    while (current.lines.length > 0 && current.lines.at(-1)!.replace(/\r$/, "") === "") current.lines.pop();
    messages.push({ line: current.line, raw: Buffer.from(current.lines.join("\n") + "\n", "latin1") });
  };
  for (const [index, line] of lines.entries()) {
    const previous = index === 0 ? "" : lines[index - 1]!.replace(/\r$/, "");
    if (line.startsWith("From ") && previous === "") {
      finish();
      current = { line: index + 1, lines: [] };
    } else if (current) {
      current.lines.push(line.replace(/^>(>*From )/, "$1"));
    }
  }
  finish();
  return messages;
}
