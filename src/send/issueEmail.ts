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

/** The issues `lede build` wrote an email for, oldest first, as ids (`2026-W47`). */
export function builtIssueIds(outDir: string): string[] {
  const issuesDir = join(outDir, "issues");
  if (!existsSync(issuesDir)) return [];
  return readdirSync(issuesDir)
    .filter((name) => existsSync(join(issuesDir, name, "email.html")) && existsSync(join(issuesDir, name, "email.txt")))
    .map((name) => name.toUpperCase())
    .sort();
}

/**
 * The issue's email as `lede build` wrote it (`<out>/issues/<id>/email.html` and `email.txt`): what is
 * sent is what the editor previewed. `id` is one of `builtIssueIds`.
 */
export function readBuiltIssue(outDir: string, id: string, baseUrl: string): BuiltIssueEmail {
  const folder = join(outDir, "issues", id.toLowerCase());
  const html = readFileSync(join(folder, "email.html"), "utf8");
  const text = readFileSync(join(folder, "email.txt"), "utf8");
  // The build writes the subject as the page title (`message.eml` has the same one).
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() || id.toUpperCase();
  return { id: id.toUpperCase(), subject: decodeEntities(title), html, text, webUrl: `${baseUrl}/issues/${id.toLowerCase()}/` };
}

/** Undoes Nunjucks' autoescape, the only escaping a built title has. */
function decodeEntities(text: string): string {
  const entities: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => entities[name]!);
}
