import { parse } from "csv-parse/sync";

export interface Subscriber {
  email: string;
  name?: string;
  /** 1-based line in the file, for messages. */
  line: number;
}

export interface SubscriberList {
  subscribers: Subscriber[];
  unsubscribed: number;
  duplicates: number;
  /** `subscribers.csv:7: invalid address "bob@"`: nothing is sent while there are any, unless skipped. */
  problems: string[];
}

const ADDRESS = /^[^\s@"<>(),;:\\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

/** A CSV with a header row: `email`, and optionally `name` and `status` (`subscribed` or `unsubscribed`). */
export function readSubscribers(file: string, text: string): SubscriberList {
  const list: SubscriberList = { subscribers: [], unsubscribed: 0, duplicates: 0, problems: [] };
  let rows: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true, info: true, relax_column_count: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    list.problems.push(`${file}:${line}: not valid CSV (${(error as Error).message.replace(/^.*?: /, "")}); fix the file`);
    return list;
  }
  if (rows.length > 0 && !("email" in rows[0]!.record)) {
    list.problems.push(`${file}:1: the header has no "email" column; the first line must name the columns, e.g. email,name,status`);
    return list;
  }
  const seen = new Set<string>();
  for (const { record, info } of rows) {
    const line = info.lines;
    const email = (record.email ?? "").trim();
    const status = (record.status ?? "subscribed").trim().toLowerCase() || "subscribed";
    if (!["subscribed", "unsubscribed"].includes(status)) {
      list.problems.push(`${file}:${line}: status must be "subscribed" or "unsubscribed", not ${JSON.stringify(record.status)}`);
      continue;
    }
    if (!ADDRESS.test(email)) {
      list.problems.push(`${file}:${line}: invalid address ${JSON.stringify(email)}`);
      continue;
    }
    if (status === "unsubscribed") {
      list.unsubscribed++;
      continue;
    }
    const key = email.toLowerCase();
    if (seen.has(key)) {
      list.duplicates++;
      continue;
    }
    seen.add(key);
    const name = record.name?.trim();
    list.subscribers.push(name ? { email, name, line } : { email, line });
  }
  return list;
}
