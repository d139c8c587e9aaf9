export { groupIntoIssues, issueTitle, issueUrl, newestFirst, periodOf } from "./group.ts";
export type { Cadence, Issue } from "./types.ts";
