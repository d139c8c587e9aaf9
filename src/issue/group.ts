import { formatLong, isoWeek, lastDayOfMonth, monthName, parseCalendarDate, type CalendarDate } from "../date/calendar.ts";
import type { Cadence, Issue } from "./types.ts";

interface Period {
  id: string;
  /** `Week 29, 2021`, `22 July 2021`, `July 2021`: the period's own name. */
  period: string;
  start: CalendarDate;
  end: CalendarDate;
}

/** The period a date falls in. ISO weeks start on Monday; 2021-01-03 is in week 53 of 2020. */
export function periodOf(date: CalendarDate, cadence: Cadence): Period {
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
