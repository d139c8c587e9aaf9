/** Which issue `lede send` sends: `latest` and `--due` wait for a period to end, in the site's time zone. */
import { test } from "uvu";
import * as assert from "uvu/assert";
import { periodOfIssueId, todayIn } from "../src/issue/group.ts";
import { chooseIssues, type IssueRequest, type SendState } from "../src/send/choose.ts";

const WEDNESDAY = new Date("2026-12-02T12:00:00Z"); // in 2026-W49
const BUILT = ["2026-W46", "2026-W47", "2026-W48", "2026-W49"];
const request = (extra: Partial<IssueRequest>): IssueRequest => ({ due: false, partial: false, timeZone: "UTC", now: WEDNESDAY, outDir: "_site", ...extra });
const states = (sent: Record<string, SendState>) => (id: string) => sent[id] ?? "never";

test("an issue id names its period: ISO weeks (53 of them some years), months and days", () => {
  assert.equal(periodOfIssueId("2026-W01"), { start: "2025-12-29", end: "2026-01-04" });
  assert.equal(periodOfIssueId("2020-W53"), { start: "2020-12-28", end: "2021-01-03" });
  assert.equal(periodOfIssueId("2026-W53"), { start: "2026-12-28", end: "2027-01-03" }, "2026 starts on a Thursday: 53 weeks");
  assert.is(periodOfIssueId("2025-W53"), undefined, "2025 has 52 weeks");
  assert.equal(periodOfIssueId("2028-02"), { start: "2028-02-01", end: "2028-02-29" });
  assert.equal(periodOfIssueId("2026-11-30"), { start: "2026-11-30", end: "2026-11-30" });
  assert.is(periodOfIssueId("latest"), undefined);
});

test("latest on the Wednesday of an open week is last week's issue, and says which it skipped", () => {
  const choice = chooseIssues(BUILT, request({ issue: "latest" }), states({}));
  assert.equal(choice, { ids: ["2026-W48"], notes: ["skipped 2026-W49 is still open (it ends with 2026-12-06, UTC); --issue 2026-W49 --partial sends it now"] });
});

test("the week ends at midnight where the site is, not where the server is", () => {
  const sundayNightUtc = new Date("2026-11-29T23:30:00Z"); // already Monday in Berlin
  assert.is(todayIn("Europe/Berlin", sundayNightUtc), "2026-11-30");
  const built = ["2026-W47", "2026-W48"];
  assert.equal(chooseIssues(built, request({ issue: "latest", now: sundayNightUtc }), states({})), {
    ids: ["2026-W47"], notes: ["skipped 2026-W48 is still open (it ends with 2026-11-29, UTC); --issue 2026-W48 --partial sends it now"],
  });
  assert.equal(chooseIssues(built, request({ issue: "latest", now: sundayNightUtc, timeZone: "Europe/Berlin" }), states({})), { ids: ["2026-W48"], notes: [] });
  assert.match((chooseIssues(built, request({ issue: "latest", timeZone: "Mars/Olympus" }), states({})) as { error: string }).error, /"Mars\/Olympus" in _data\/site\.ts is not a time zone/);
});

test("an open issue is sent only with --partial; one not built says to build", () => {
  const refused = chooseIssues(BUILT, request({ issue: "2026-w49" }), states({}));
  assert.match((refused as { error: string }).error, /2026-W49 is still open .*: stories may still join it\. Pass --partial/);
  assert.equal(chooseIssues(BUILT, request({ issue: "2026-w49", partial: true }), states({})), { ids: ["2026-W49"], notes: [] });
  assert.match((chooseIssues(BUILT, request({ issue: "1999-W01" }), states({})) as { error: string }).error, /issue 1999-W01 is not built in _site .*: run lede build first/);
  const onlyOpen = chooseIssues(["2026-W49"], request({ issue: "latest" }), states({}));
  assert.match((onlyOpen as { error: string }).error, /no finished issue yet: .*Pass --issue 2026-W49 --partial/);
});

test("--due: every finished issue after the last one sent, oldest first, and any left unfinished; never an open one", () => {
  assert.equal(chooseIssues(BUILT, request({ due: true }), states({ "2026-W46": "finished" })).valueOf(), {
    ids: ["2026-W47", "2026-W48"], notes: ["2026-W49 is still open (it ends with 2026-12-06, UTC): not due yet"],
  });
  assert.equal((chooseIssues(BUILT, request({ due: true }), states({ "2026-W46": "started", "2026-W47": "finished" })) as { ids: string[] }).ids, ["2026-W46", "2026-W48"]);
  assert.equal((chooseIssues(BUILT, request({ due: true }), states({ "2026-W48": "finished" })) as { ids: string[] }).ids, [], "all sent: nothing, the second call of a timer");
});

test("--due on a site that never sent starts with the newest finished issue, not the back catalogue", () => {
  const choice = chooseIssues(BUILT, request({ due: true }), states({})) as { ids: string[]; notes: string[] };
  assert.equal(choice.ids, ["2026-W48"]);
  assert.ok(choice.notes.includes("nothing was sent before: --due starts with 2026-W48, not the 2 earlier issue(s) (send one with --issue ID)"));
});

test("months and days end too: a monthly site on 6 December sends November", () => {
  const now = new Date("2026-12-06T09:00:00Z");
  assert.equal((chooseIssues(["2026-10", "2026-11", "2026-12"], request({ issue: "latest", now }), states({})) as { ids: string[] }).ids, ["2026-11"]);
  assert.equal((chooseIssues(["2026-12-04", "2026-12-05", "2026-12-06"], request({ due: true, now }), states({ "2026-12-04": "finished" })) as { ids: string[] }).ids, ["2026-12-05"]);
});

test.run();
