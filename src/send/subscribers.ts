import { parse } from "csv-parse/sync";

export interface Subscriber {
  email: string;
  name?: string;
  /** 1-based line where the row starts, for messages. */
  line: number;
}

export interface SubscriberList {
  /** Subscribed, valid, each address once (the first row wins), in file order. */
  subscribers: Subscriber[];
  unsubscribed: number;
  duplicates: number;
  /** Rows left out because they are broken: nothing is sent while there are any, unless skipped. */
  invalid: number;
  /** `subscribers.csv:7: invalid address "bob@"`, in file order. */
  problems: string[];
}

interface Problem {
  line: number;
  message: string;
}

/** An ASCII dot-atom address with a dotted domain: what every SMTP server accepts without SMTPUTF8. */
const ATOM = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
const LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
const ADDRESS = new RegExp(`^${ATOM}(?:\\.${ATOM})*@${LABEL}(?:\\.${LABEL})+$`);

interface Position {
  bytes: number;
}

/**
 * A CSV with a header row naming the columns, in any order: `email`, and optionally `name` and `status`
 * (`subscribed` or `unsubscribed`). `file` is how messages name the file. Never throws: broken rows are
 * listed in `problems`, every one of them, like a compiler.
 */
export function readSubscribers(file: string, text: string): SubscriberList {
  const list: SubscriberList = { subscribers: [], unsubscribed: 0, duplicates: 0, invalid: 0, problems: [] };
  const problems: Problem[] = [];
  const problem = (line: number, message: string) => problems.push({ line, message });
  const done = () => {
    list.invalid = problems.length;
    list.problems = problems.sort((a, b) => a.line - b.line).map(({ line, message }) => `${file}:${line}: ${message}`);
    return list;
  };
  const bytes = Buffer.from(text);
  const lineAt = lineCounter(bytes);
  // csv-parse counts the line a record ends on; a quoted name may span lines, so find where each starts.
  let consumed = headerEnd(bytes);
  const startLine = (position: Position) => {
    const line = lineAt(firstNonBlank(bytes, consumed));
    consumed = Math.max(consumed, position.bytes);
    return line;
  };

  const rows: Array<{ record: Record<string, string | undefined>; line: number }> = [];
  let columns: string[] = [];
  try {
    parse(text, {
      bom: true,
      columns: (header: string[]) => (columns = header.map((name) => name.trim().toLowerCase())),
      skip_empty_lines: true,
      trim: true,
      // A short row only lacks optional fields; a long one is a stray comma or an unquoted name.
      relax_column_count_less: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) problem(startLine(error as unknown as Position), `malformed row: ${malformed(error, columns.length)}`);
      },
      on_record: (record: Record<string, string | undefined>, info: Position) => {
        rows.push({ record, line: startLine(info) });
        return record;
      },
    });
  } catch (error) {
    problem(lineAt(consumed), `not readable as CSV: ${reason(error as Error)}`);
    return done();
  }
  if (!columns.includes("email")) {
    problem(1, `the header row has no "email" column; the first line must name the columns, e.g. email,name,status`);
    return done();
  }

  const seen = new Set<string>();
  for (const { record, line } of rows) {
    const email = record.email ?? "";
    const status = (record.status || "subscribed").toLowerCase();
    if (status !== "subscribed" && status !== "unsubscribed") {
      problem(line, `status must be "subscribed" or "unsubscribed", not ${JSON.stringify(record.status)}`);
    } else if (!ADDRESS.test(email)) {
      problem(line, email ? `invalid address ${JSON.stringify(email)}` : "no address in the email column");
    } else if (status === "unsubscribed") {
      list.unsubscribed++;
    } else if (seen.has(email.toLowerCase())) {
      list.duplicates++;
    } else {
      seen.add(email.toLowerCase());
      // A line break or tab inside a quoted name would break the To header.
      const name = record.name?.replace(/\s+/g, " ").trim();
      list.subscribers.push(name ? { email, name, line } : { email, line });
    }
  }
  return done();
}

function malformed(error: Error & { code?: string; record?: unknown[] }, columns: number): string {
  if (error.code === "CSV_RECORD_INCONSISTENT_COLUMNS" && error.record) {
    return `${error.record.length} fields where the header has ${columns}; put a name that holds a comma in double quotes`;
  }
  if (error.code === "CSV_QUOTE_NOT_CLOSED") return "a double quote opened in this row is never closed, so the rest of the file reads as one field";
  return reason(error);
}

/** csv-parse's messages end with "at line N", which is where the record ends: we give where it starts. */
function reason(error: Error): string {
  return error.message.replace(/^[^:]*: /, "").replace(/,? (at|on) line \d+$/, "");
}

function headerEnd(bytes: Buffer): number {
  const newline = bytes.indexOf(10, firstNonBlank(bytes, 0));
  return newline < 0 ? bytes.length : newline + 1;
}

function firstNonBlank(bytes: Buffer, from: number): number {
  let at = from;
  while (at < bytes.length && (bytes[at] === 10 || bytes[at] === 13 || bytes[at] === 32 || bytes[at] === 9)) at++;
  return at;
}

/** The line of a byte offset; offsets are asked in increasing order, so each byte is counted once. */
function lineCounter(bytes: Buffer): (offset: number) => number {
  let counted = 0;
  let line = 1;
  return (offset) => {
    if (offset < counted) [counted, line] = [0, 1];
    for (let at = bytes.indexOf(10, counted); at >= 0 && at < offset; at = bytes.indexOf(10, at + 1)) line++;
    counted = Math.max(counted, offset);
    return line;
  };
}
