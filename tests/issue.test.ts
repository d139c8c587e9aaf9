import { test } from "uvu";
import * as assert from "uvu/assert";
import { groupIntoIssues, issueTitle, periodOf } from "../src/issue/index.ts";

const entry = (id: string, date: string) => ({ id, date, headline: `Story ${id}` });

test("groups by ISO week, Monday to Sunday, newest issue and newest entry first", () => {
  const issues = groupIntoIssues([entry("a", "2021-07-19"), entry("b", "2021-07-25"), entry("c", "2021-07-26"), entry("d", "2021-07-22")], "week");
  assert.equal(issues.map((issue) => issue.id), ["2021-W30", "2021-W29"]);
  assert.equal(issues[1]!.entries.map((e) => e.id), ["b", "d", "a"]);
  assert.equal([issues[1]!.start, issues[1]!.end], ["2021-07-19", "2021-07-25"]);
  assert.is(issues[1]!.url, "/issues/2021-w29/");
  assert.is(issues[1]!.period, "Week 29, 2021");
});

test("an issue is named by its lead story and how many more follow, not by its week", () => {
  const issues = groupIntoIssues([entry("a", "2021-07-19"), entry("b", "2021-07-25"), entry("d", "2021-07-22"), entry("c", "2021-07-26")], "week");
  assert.is(issues[1]!.title, "Story b — and 2 more");
  assert.is(issues[0]!.title, "Story c");
  assert.is(issueTitle(["Ferry fares rise", "Pier reopens"]), "Ferry fares rise — and 1 more");
});

test("the first days of January can belong to the previous year's week 53", () => {
  const issues = groupIntoIssues([entry("new-year", "2021-01-03"), entry("eve", "2020-12-31"), entry("monday", "2021-01-04")], "week");
  assert.equal(issues.map((issue) => [issue.id, issue.entries.length]), [["2021-W01", 1], ["2020-W53", 2]]);
  assert.is(periodOf("2019-12-30", "week").id, "2020-W01");
});

test("daily and monthly cadences", () => {
  assert.equal(periodOf("2021-07-22", "day"), { id: "2021-07-22", period: "22 July 2021", start: "2021-07-22", end: "2021-07-22" });
  assert.equal(periodOf("2024-02-10", "month"), { id: "2024-02", period: "February 2024", start: "2024-02-01", end: "2024-02-29" });
  assert.equal(groupIntoIssues([entry("a", "2021-07-01"), entry("b", "2021-07-31")], "month").length, 1);
});

test("entries of the same day are ordered by id, so issues are the same in every build", () => {
  const [issue] = groupIntoIssues([entry("b", "2021-07-22"), entry("a", "2021-07-22")], "day");
  assert.equal(issue!.entries.map((e) => e.id), ["a", "b"]);
});

test.run();
