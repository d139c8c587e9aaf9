import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface BuiltIssueEmail {
  /** As issues are named, `2026-W47`; the folder is its lower case. */
  id: string;
  subject: string;
  html: string;
  text: string;
  webUrl: string;
}

/**
 * The issue's email as `lede build` wrote it (`<out>/issues/<id>/email.html` and `email.txt`): what is
 * sent is what the editor previewed. `latest` is the newest built issue (ids sort by date).
 */
export function readBuiltIssue(outDir: string, issue: string, baseUrl: string): BuiltIssueEmail | { error: string } {
  const issuesDir = join(outDir, "issues");
  const built = existsSync(issuesDir) ? readdirSync(issuesDir).filter((name) => isBuilt(join(issuesDir, name))).sort() : [];
  if (built.length === 0) return { error: `no built issue emails in ${outDir}: run lede build first` };
  const id = issue === "latest" ? built[built.length - 1]! : issue.toLowerCase();
  if (!built.includes(id)) {
    const recent = built.slice(-5).map((name) => name.toUpperCase()).join(", ");
    return { error: `issue ${issue} is not built in ${outDir} (built: ${built.length > 5 ? "…, " : ""}${recent}): run lede build first, or pass --issue latest` };
  }
  const html = readFileSync(join(issuesDir, id, "email.html"), "utf8");
  const text = readFileSync(join(issuesDir, id, "email.txt"), "utf8");
  // The build writes the subject as the page title (`message.eml` has the same one).
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() || id.toUpperCase();
  return { id: id.toUpperCase(), subject: decodeEntities(title), html, text, webUrl: `${baseUrl}/issues/${id}/` };
}

function isBuilt(issueDir: string): boolean {
  return existsSync(join(issueDir, "email.html")) && existsSync(join(issueDir, "email.txt"));
}

/** Undoes Nunjucks' autoescape, the only escaping a built title has. */
function decodeEntities(text: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);
}
