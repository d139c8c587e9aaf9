import yaml from "js-yaml";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** The text after the closing `---` line. */
  content: string;
}

/**
 * A file's YAML front matter and the rest, split as gray-matter (Eleventy's) splits it: an opening `---`
 * line, YAML up to the next line that starts with `---`, the rest after that `---`. Written here, with
 * js-yaml doing the YAML, because loading gray-matter took 90 ms, a tenth of a small site's build. A
 * YAML error is thrown as js-yaml's, whose `mark.line` counts from the opening `---` line.
 */
export function splitFrontMatter(text: string, load: (source: string) => unknown = (source) => yaml.load(source)): FrontMatter {
  const file = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!file.startsWith("---") || file[3] === "-") return { data: {}, content: file };
  const rest = file.slice(3);
  const close = rest.indexOf("\n---");
  const matter = (close === -1 ? rest : rest.slice(0, close)).replace(/^[^\r\n]*/, ""); // `---yaml` names its language
  let content = close === -1 ? "" : rest.slice(close + 4);
  if (content[0] === "\r") content = content.slice(1);
  if (content[0] === "\n") content = content.slice(1);
  const data = matter.trim() === "" ? {} : load(matter);
  return { data: (data ?? {}) as Record<string, unknown>, content };
}
