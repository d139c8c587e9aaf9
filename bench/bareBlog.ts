import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Five topics, like a blog's sections (and like the BBC corpus), each with its tag page. */
const TOPICS = ["business", "entertainment", "politics", "sport", "tech"];

/**
 * The bare blog's input: the same articles as Markdown posts with front matter, beside its templates
 * (`templates`, without its config). Written once per corpus and kept (see bench.ts on deleting files).
 */
export function writeBareBlog(rawDir: string, dir: string, templates: string): void {
  const names = readdirSync(rawDir).filter((name) => name.endsWith(".txt")).sort();
  const posts = join(dir, "posts");
  cpSync(templates, dir, { recursive: true, filter: (path) => !path.endsWith("eleventy.config.js") && !path.includes("posts-template") });
  mkdirSync(posts, { recursive: true });
  cpSync(join(templates, "posts-template/posts.json"), join(posts, "posts.json"));
  if (readdirSync(posts).filter((name) => name.endsWith(".md")).length === names.length) return;
  names.forEach((name, index) => {
    const raw = readFileSync(join(rawDir, name), "utf8");
    const [, date, body] = /^\s*date (\d{4}-\d{2}-\d{2}) ([\s\S]*)$/.exec(raw)!;
    const title = body!.split(/\s+/).slice(0, 8).join(" ").replace(/"/g, "'");
    writeFileSync(join(posts, name.replace(/\.txt$/, ".md")),
      `---\ntitle: "${title}"\ndate: ${date}\ntags: [${TOPICS[index % TOPICS.length]}]\n---\n\n${body}`);
  });
}
