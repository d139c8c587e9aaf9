export { groupIntoIssues, issueUrl, newestFirst, periodOf } from "./group.ts";
export type { Cadence, Issue } from "./types.ts";
