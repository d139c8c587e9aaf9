import { existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import type nunjucks from "nunjucks";
import { preprocessTemplate } from "../eleventy/preprocess.ts";
import { runnable } from "../compiled.ts";
import { splitFrontMatter } from "../frontMatter.ts";

/** The Nunjucks library and the environment (search path, filters) that page sets render with. */
export type NunjucksLike = Pick<typeof nunjucks, "Template">;
export type NunjucksEnvironment = nunjucks.Environment;

type Data = Record<string, unknown>;
type Compiled = { render(data: object): string };

/**
 * A template paginated one page per item (`pagination: { data, size: 1, alias }`) with its
 * `<name>.11tydata.ts` (a `permalink` function and `eleventyComputed` functions), read the way Eleventy
 * reads it: front matter, body, layout chain.
 */
export interface PageTemplate {
  inputPath: string;
  /** The global data key paginated over, and the name each item takes. */
  data: string;
  alias: string;
  /** Front matter and static data file fields, pagination and layout aside. */
  fields: Data;
  permalink: (data: Data) => string;
  computed: Record<string, (data: Data) => unknown>;
  body: Compiled;
  /** Innermost first: each renders `content`. */
  layouts: Array<{ template: Compiled; fields: Data }>;
}

export interface TemplateDirs {
  root: string;
  layouts: string;
  /** For templates that include files while they are preprocessed (the email's CSS). */
  includes?: string;
}

/** Reads a one-page-per-item template; throws, naming the file, when it is not of that simple shape. */
export async function readPageTemplate(inputPath: string, dirs: TemplateDirs, nunjucks: NunjucksLike, env: NunjucksEnvironment): Promise<PageTemplate> {
  const file = splitFrontMatter(readFileSync(inputPath, "utf8"));
  const { pagination, layout, ...fields } = file.data as Data & { pagination?: { data?: unknown; size?: unknown; alias?: unknown }; layout?: string };
  if (!pagination || typeof pagination.data !== "string" || pagination.size !== 1 || typeof pagination.alias !== "string") {
    throw new Error(`${relative(dirs.root, inputPath)}: a page set needs "pagination: { data: NAME, size: 1, alias: NAME }" in its front matter`);
  }
  const dataFile = inputPath.replace(/\.njk$/, ".11tydata.ts");
  const extra: Data = existsSync(dataFile) ? (await import(runnable(pathToFileURL(dataFile)).href)).default as Data : {};
  const { permalink, eleventyComputed, ...staticFields } = extra as Data & { permalink?: unknown; eleventyComputed?: Record<string, (data: Data) => unknown> };
  if (typeof permalink !== "function") throw new Error(`${relative(dirs.root, dataFile)}: a page set needs a permalink function`);
  return {
    inputPath,
    data: pagination.data,
    alias: pagination.alias,
    fields: { ...fields, ...staticFields },
    permalink: permalink as (data: Data) => string,
    computed: eleventyComputed ?? {},
    body: new nunjucks.Template(await preprocessTemplate(inputPath, file.content, dirs.root, dirs.includes ?? dirs.root), env, inputPath),
    layouts: readLayouts(layout, dirs, nunjucks, env),
  };
}

function readLayouts(name: string | undefined, dirs: TemplateDirs, nunjucks: NunjucksLike, env: NunjucksEnvironment): PageTemplate["layouts"] {
  const layouts: PageTemplate["layouts"] = [];
  for (let next = name; next; ) {
    const path = join(dirs.layouts, next);
    const file = splitFrontMatter(readFileSync(path, "utf8"));
    const { layout, ...fields } = file.data as Data & { layout?: string };
    layouts.push({ template: new nunjucks.Template(file.content, env, path), fields });
    if (layouts.length > 10) throw new Error(`${relative(dirs.root, path)}: layouts nest more than ten deep (a loop?)`);
    next = layout;
  }
  return layouts;
}
