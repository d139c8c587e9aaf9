import { formatLong, isoWeek, lastDayOfMonth, monthName, parseCalendarDate, type CalendarDate } from "../date/calendar.ts";
import type { Cadence, Issue } from "./types.ts";

interface Period {
  id: string;
  title: string;
  start: CalendarDate;
  end: CalendarDate;
}

/** The period a date falls in. ISO weeks start on Monday; 2021-01-03 is in week 53 of 2020. */
export function periodOf(date: CalendarDate, cadence: Cadence): Period {
  if (cadence === "day") return { id: date, title: formatLong(date), start: date, end: date };
  if (cadence === "month") {
    const { year, month } = parseCalendarDate(date)!;
    return { id: date.slice(0, 7), title: `${monthName(month)} ${year}`, start: `${date.slice(0, 8)}01`, end: lastDayOfMonth(date) };
  }
  const week = isoWeek(date);
  const id = `${week.year}-W${String(week.week).padStart(2, "0")}`;
  return { id, title: `Week ${week.week}, ${week.year}`, start: week.monday, end: week.sunday };
}

export function issueUrl(id: string): string {
  return `/issues/${id.toLowerCase()}/`;
}

/** Entries grouped into issues, newest issue first, each issue's entries newest first (then by id). */
export function groupIntoIssues<Entry extends { date: CalendarDate; id: string }>(
  entries: readonly Entry[],
  cadence: Cadence,
): Issue<Entry>[] {
  const issues = new Map<string, Issue<Entry>>();
  for (const entry of entries) {
    const period = periodOf(entry.date, cadence);
    const issue = issues.get(period.id) ?? { ...period, url: issueUrl(period.id), entries: [] };
    issue.entries.push(entry);
    issues.set(period.id, issue);
  }
  const sorted = [...issues.values()].sort((a, b) => compareText(b.start, a.start));
  for (const issue of sorted) issue.entries.sort(newestFirst);
  return sorted;
}

export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  return compareText(b.date, a.date) || compareText(a.id, b.id);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
