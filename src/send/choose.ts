import { periodOfIssueId, todayIn } from "../issue/group.ts";

export interface IssueRequest {
  /** `2026-W47`, `latest`, or undefined with `due`. */
  issue?: string | undefined;
  /** Every finished issue not sent yet, oldest first. */
  due: boolean;
  /** Send an issue whose period is not over. */
  partial: boolean;
  timeZone: string;
  now: Date;
  /** The build folder, as messages name it. */
  outDir: string;
}

/** What the send records say of an issue: finished (every reader served), started, or never sent. */
export type SendState = "finished" | "started" | "never";

export type IssueChoice = { ids: string[]; notes: string[] } | { error: string };

/**
 * Which built issues to send. `latest` is the newest issue whose day, week or month is over in the
 * site's time zone: a Monday timer must not send a week of one story and mark everyone served. An
 * issue still open is sent only with `partial`. `due` is every finished issue after the last one sent,
 * oldest first, and any whose send was started and not finished; before anything was ever sent, only
 * the newest finished one (the back catalogue is not mailed).
 */
export function chooseIssues(built: string[], request: IssueRequest, stateOf: (id: string) => SendState): IssueChoice {
  let today: string;
  try {
    today = todayIn(request.timeZone, request.now);
  } catch {
    return { error: `timeZone ${JSON.stringify(request.timeZone)} in _data/site.ts is not a time zone: use an IANA name such as "Europe/London" or "UTC"` };
  }
  // An issue is over once its last day has ended in the site's time zone: no story can join it after that.
  const over = (id: string) => (periodOfIssueId(id)?.end ?? today) < today;
  const openNote = (id: string) => `${id} is still open (it ends with ${periodOfIssueId(id)!.end}, ${request.timeZone})`;
  if (built.length === 0) return { error: `no built issue emails in ${request.outDir}: run lede build first` };

  if (request.due) {
    const finished = built.filter(over);
    const notes = built.filter((id) => !over(id)).map((id) => `${openNote(id)}: not due yet`);
    const states = finished.map(stateOf);
    const newestSent = Math.max(states.lastIndexOf("finished"), states.lastIndexOf("started"));
    const ids = newestSent < 0 ? finished.slice(-1) : finished.filter((_, index) => index > newestSent || states[index] === "started");
    if (newestSent < 0 && finished.length > 1) notes.push(`nothing was sent before: --due starts with ${finished.at(-1)}, not the ${finished.length - 1} earlier issue(s) (send one with --issue ID)`);
    return { ids, notes };
  }
  if (request.issue === "latest") {
    const open = built.filter((id) => !over(id));
    const finished = built.filter(over);
    const notes = open.map((id) => `skipped ${openNote(id)}; --issue ${id} --partial sends it now`);
    if (finished.length === 0) return { error: `no finished issue yet: ${open.map(openNote).join("; ")}. Pass --issue ${open.at(-1)} --partial to send it now.` };
    return { ids: [finished.at(-1)!], notes };
  }
  const id = request.issue!.toUpperCase();
  if (!built.includes(id)) {
    const recent = built.slice(-5).join(", ");
    return { error: `issue ${request.issue} is not built in ${request.outDir} (built: ${built.length > 5 ? "…, " : ""}${recent}): run lede build first, or pass --issue latest` };
  }
  if (!over(id) && !request.partial) return { error: `${openNote(id)}: stories may still join it. Pass --partial to send it as it is now, or wait.` };
  return { ids: [id], notes: [] };
}
