import type { CalendarDate } from "../date/calendar.ts";

export type Cadence = "day" | "week" | "month";

/** One newsletter issue: the entries of one period, newest first. */
export interface Issue<Entry> {
  /** Stable: `2021-W29`, `2021-07-22` or `2021-07`, from the period alone. */
  id: string;
  /** `/issues/2021-w29/`. */
  url: string;
  title: string;
  start: CalendarDate;
  end: CalendarDate;
  entries: Entry[];
}
