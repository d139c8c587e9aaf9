/**
 * Calendar dates (`YYYY-MM-DD`) are days, not instants. Lede never turns one into a local-time Date,
 * so `2021-07-22` can never show as July 21 in a time zone west of UTC.
 */
export type CalendarDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
];

export interface DateParts {
  year: number;
  month: number; // 1-12
  day: number;
}

/** The parts of a well-formed, real calendar day, or undefined (`2021-02-30`, `2021-7-1`). */
export function parseCalendarDate(text: string): DateParts | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Midnight UTC of the day: the only Date Lede makes from a calendar date (for feeds' timestamps). */
export function toUtcDate(date: CalendarDate): Date {
  const parts = mustParse(date);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

export function fromUtcDate(date: Date): CalendarDate {
  return date.toISOString().slice(0, 10);
}

/** `22 July 2021`. */
export function formatLong(date: CalendarDate): string {
  const { year, month, day } = mustParse(date);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** `22 Jul 2021`. */
export function formatShort(date: CalendarDate): string {
  const { year, month, day } = mustParse(date);
  return `${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`;
}

export function monthName(month: number): string {
  return MONTHS[month - 1]!;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/** `Thu, 22 Jul 2021 00:00:00 +0000`: the day's start in UTC, as RSS wants it (RFC 822). */
export function formatRfc822(date: CalendarDate): string {
  const { year, month, day } = mustParse(date);
  const weekday = WEEKDAYS[toUtcDate(date).getUTCDay()];
  return `${weekday}, ${String(day).padStart(2, "0")} ${MONTHS[month - 1]!.slice(0, 3)} ${year} 00:00:00 +0000`;
}

/** `2021-07-22T00:00:00Z`, as Atom and JSON Feed want it (RFC 3339). */
export function formatRfc3339(date: CalendarDate): string {
  mustParse(date);
  return `${date}T00:00:00Z`;
}

/** ISO 8601 week: weeks start on Monday and belong to the year of their Thursday. */
export function isoWeek(date: CalendarDate): { year: number; week: number; monday: CalendarDate; sunday: CalendarDate } {
  const day = toUtcDate(date);
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  const monday = addDays(day, -weekday);
  const thursday = addDays(monday, 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = addDays(firstThursday, -((firstThursday.getUTCDay() + 6) % 7));
  const week = Math.round((monday.getTime() - firstMonday.getTime()) / (7 * 86_400_000)) + 1;
  return { year, week, monday: fromUtcDate(monday), sunday: fromUtcDate(addDays(monday, 6)) };
}

export function lastDayOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = mustParse(date);
  return `${date.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, "0")}`;
}

/** The calendar day `days` after `date` (before, when negative). */
export function shiftDate(date: CalendarDate, days: number): CalendarDate {
  return fromUtcDate(addDays(toUtcDate(date), days));
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function mustParse(date: CalendarDate): DateParts {
  const parts = parseCalendarDate(date);
  if (!parts) throw new TypeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}
