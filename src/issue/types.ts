import type { CalendarDate } from "../date/calendar.ts";

export type Cadence = "day" | "week" | "month";

/** One newsletter issue: the entries of one period, newest first; the first is the lead story. */
export interface Issue<Entry> {
  /** Stable: `2021-W29`, `2021-07-22` or `2021-07`, from the period alone. */
  id: string;
  /** `/issues/2021-w29/`. */
  url: string;
  /** The lead story's headline and how many more follow: `<lead headline> — and 12 more`. */
  title: string;
  /** The period's name: `Week 29, 2021`, `22 July 2021`, `July 2021`. */
  period: string;
  start: CalendarDate;
  end: CalendarDate;
  entries: Entry[];
}
