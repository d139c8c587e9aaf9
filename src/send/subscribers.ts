import { parse } from "csv-parse/sync";
import { addressKey, isValidAddress } from "../email/address.ts";
import { SUBSCRIBER_STATUSES, type SubscriberStatus } from "../store/schema.ts";

export interface Subscriber {
  email: string;
  name?: string;
  /** 1-based line where the row starts, for messages. */
  line: number;
}

/** A row of the list whatever its status, with the consent columns that `lede subscribers export` writes. */
export interface ListedReader extends Subscriber {
  status: SubscriberStatus;
  consentAt?: string;
  consentIp?: string;
  consentSource?: string;
}

export interface SubscriberList {
  /** Subscribed, valid, each address once (the first row wins), in file order. */
  subscribers: Subscriber[];
  /** Every valid row, each address once (the first row wins), in file order: what an import takes. */
  readers: ListedReader[];
  /** Valid rows whose status is not `subscribed`. */
  notSubscribed: number;
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

interface Position {
  bytes: number;
}

/**
 * A CSV with a header row naming the columns, in any order: `email`, and optionally `name`, `status`
 * (`subscribed`, the default, `unsubscribed`, `bounced` or `pending`) and the consent columns of an export
 * (`consent_at`, `consent_ip`, `consent_source`); other columns are ignored. `file` is how messages name the file. Never throws: broken rows are
 * listed in `problems`, every one of them, like a compiler.
 */
export function readSubscribers(file: string, text: string): SubscriberList {
  const list: SubscriberList = { subscribers: [], readers: [], notSubscribed: 0, duplicates: 0, invalid: 0, problems: [] };
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
    const status = (record.status || "subscribed").toLowerCase() as SubscriberStatus;
    const consentAt = record.consent_at ? Date.parse(record.consent_at) : undefined;
    if (!SUBSCRIBER_STATUSES.includes(status)) {
      problem(line, `status must be ${SUBSCRIBER_STATUSES.map((name) => `"${name}"`).join(", ")}, not ${JSON.stringify(record.status)}`);
    } else if (!isValidAddress(email)) {
      problem(line, email ? `invalid address ${JSON.stringify(email)}` : "no address in the email column");
    } else if (consentAt !== undefined && Number.isNaN(consentAt)) {
      problem(line, `consent_at must be a date and time like 2026-12-05T16:09:03Z, not ${JSON.stringify(record.consent_at)}`);
    } else if (seen.has(addressKey(email))) {
      list.duplicates++;
    } else {
      seen.add(addressKey(email));
      // A line break or tab inside a quoted name would break the To header.
      const name = record.name?.replace(/\s+/g, " ").trim();
      const reader: ListedReader = name ? { email, name, line, status } : { email, line, status };
      if (consentAt !== undefined) reader.consentAt = new Date(consentAt).toISOString();
      if (record.consent_ip) reader.consentIp = record.consent_ip;
      if (record.consent_source) reader.consentSource = record.consent_source;
      list.readers.push(reader);
      if (status === "subscribed") list.subscribers.push(name ? { email, name, line } : { email, line });
      else list.notSubscribed++;
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
