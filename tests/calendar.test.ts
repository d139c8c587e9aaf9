import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatLong, isoWeek, parseCalendarDate, toUtcDate } from "../src/date/calendar.ts";

test("accepts real days and rejects impossible ones", () => {
  assert.equal(parseCalendarDate("2021-07-22"), { year: 2021, month: 7, day: 22 });
  assert.equal(parseCalendarDate("2024-02-29"), { year: 2024, month: 2, day: 29 });
  assert.is(parseCalendarDate("2021-02-29"), undefined);
  assert.is(parseCalendarDate("2021-02-30"), undefined);
  assert.is(parseCalendarDate("2021-13-01"), undefined);
  assert.is(parseCalendarDate("2021-7-1"), undefined);
});

test("formats a date as written, whatever the process time zone", () => {
  const zone = process.env.TZ;
  process.env.TZ = "America/Los_Angeles";
  try {
    assert.is(formatLong("2021-07-22"), "22 July 2021");
    assert.is(toUtcDate("2021-07-22").toISOString(), "2021-07-22T00:00:00.000Z");
  } finally {
    process.env.TZ = zone;
  }
});

test("ISO weeks start on Monday and belong to the year of their Thursday", () => {
  assert.equal(isoWeek("2021-01-03"), { year: 2020, week: 53, monday: "2020-12-28", sunday: "2021-01-03" });
  assert.equal(isoWeek("2021-01-04"), { year: 2021, week: 1, monday: "2021-01-04", sunday: "2021-01-10" });
  assert.equal(isoWeek("2019-12-30"), { year: 2020, week: 1, monday: "2019-12-30", sunday: "2020-01-05" });
  assert.is(isoWeek("2021-07-22").week, 29);
});

test.run();
