import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export interface BuiltIssueEmail {
  id: string;
  subject: string;
  html: string;
  text: string;
  webUrl: string;
}

/**
 * The issue's email as `lede build` wrote it (`<out>/issues/<id>/email.html` and `email.txt`): what is
 * sent is what the editor previewed. `latest` is the newest issue.
 */
export function readBuiltIssue(outDir: string, issue: string, baseUrl: string): BuiltIssueEmail | { error: string } {
  const issuesDir = join(outDir, "issues");
  if (!existsSync(issuesDir)) return { error: `no built issues in ${outDir}: run lede build first` };
  const ids = readdirSync(issuesDir).filter((name) => existsSync(join(issuesDir, name, "email.html"))).sort();
  const id = issue === "latest" ? ids[ids.length - 1] : issue.toLowerCase();
  if (!id || !ids.includes(id)) {
    return { error: `no issue ${JSON.stringify(issue)} in ${outDir}; built issues: ${ids.slice(-5).join(", ") || "none"}${ids.length > 5 ? ", …" : ""} (or latest)` };
  }
  const html = readFileSync(join(issuesDir, id, "email.html"), "utf8");
  const text = readFileSync(join(issuesDir, id, "email.txt"), "utf8");
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? id;
  return { id: id.toUpperCase(), subject: decodeEntities(title), html, text, webUrl: `${baseUrl}/issues/${id}/` };
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[name]!);
}
