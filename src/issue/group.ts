import { formatLong, isoWeek, lastDayOfMonth, monthName, parseCalendarDate, shiftDate, type CalendarDate } from "../date/calendar.ts";
import type { Cadence, Issue } from "./types.ts";
import { remembered } from "../remember.ts";

interface Period {
  id: string;
  /** `Week 29, 2021`, `22 July 2021`, `July 2021`: the period's own name. */
  period: string;
  start: CalendarDate;
  end: CalendarDate;
}

/**
 * The period a date falls in. ISO weeks start on Monday; 2021-01-03 is in week 53 of 2020. Every entry
 * asks, and many share a date: each date's period is worked out once (10,000 articles: 20,000 asks).
 */
export function periodOf(date: CalendarDate, cadence: Cadence): Readonly<Period> {
  return periodOfKey(`${cadence} ${date}`);
}

const periodOfKey = remembered((key) => {
  const [cadence, date] = key.split(" ") as [Cadence, CalendarDate];
  return Object.freeze(periodFor(date, cadence));
});

function periodFor(date: CalendarDate, cadence: Cadence): Period {
  if (cadence === "day") return { id: date, period: formatLong(date), start: date, end: date };
  if (cadence === "month") {
    const { year, month } = parseCalendarDate(date)!;
    return { id: date.slice(0, 7), period: `${monthName(month)} ${year}`, start: `${date.slice(0, 8)}01`, end: lastDayOfMonth(date) };
  }
  const week = isoWeek(date);
  const id = `${week.year}-W${String(week.week).padStart(2, "0")}`;
  return { id, period: `Week ${week.week}, ${week.year}`, start: week.monday, end: week.sunday };
}

export function issueUrl(id: string): string {
  return `/issues/${id.toLowerCase()}/`;
}

/**
 * Entries grouped into issues, newest issue first, each issue's entries newest first (then by id); the
 * first entry is the issue's lead story, and names the issue.
 */
export function groupIntoIssues<Entry extends { date: CalendarDate; id: string; headline: string }>(
  entries: readonly Entry[],
  cadence: Cadence,
): Issue<Entry>[] {
  const issues = new Map<string, Issue<Entry>>();
  for (const entry of entries) {
    const period = periodOf(entry.date, cadence);
    const issue = issues.get(period.id) ?? { ...period, title: "", url: issueUrl(period.id), entries: [] };
    issue.entries.push(entry);
    issues.set(period.id, issue);
  }
  const sorted = [...issues.values()].sort((a, b) => compareText(b.start, a.start));
  for (const issue of sorted) {
    issue.entries.sort(newestFirst);
    issue.title = issueTitle(issue.entries.map((entry) => entry.headline));
  }
  return sorted;
}

/**
 * What an inbox, the issue page and the issues feed show: the lead story's headline and how many more
 * stories follow (`Hong Kong activists ask Congress for refugee status — and 12 more`), as news
 * digests name their issues, so that the subject line carries news rather than a week number.
 */
export function issueTitle(headlines: readonly string[]): string {
  const [lead = "", ...rest] = headlines;
  return rest.length === 0 ? lead : `${lead} — and ${rest.length} more`;
}

export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return compareText(b.date, a.date) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The period an issue id names (`2026-W47`, `2026-11` or `2026-11-30`), or undefined for another id. */
export function periodOfIssueId(id: string): { start: CalendarDate; end: CalendarDate } | undefined {
  const week = /^(\d{4})-W(\d{2})$/i.exec(id);
  if (week) {
    // Week 1 is the week with 4 January in it.
    const monday = isoWeek(`${week[1]}-01-04`).monday;
    const start = shiftDate(monday, (Number(week[2]) - 1) * 7);
    return isoWeek(start).week === Number(week[2]) ? { start, end: shiftDate(start, 6) } : undefined;
  }
  if (/^\d{4}-\d{2}$/.test(id) && parseCalendarDate(`${id}-01`)) return { start: `${id}-01`, end: lastDayOfMonth(`${id}-01`) };
  if (parseCalendarDate(id)) return { start: id, end: id };
  return undefined;
}

/** The calendar day it is at `now` in `timeZone` (an IANA name such as `Europe/London`). */
export function todayIn(timeZone: string, now: Date): CalendarDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
