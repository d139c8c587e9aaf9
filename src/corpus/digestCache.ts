import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { fileURLToPath } from "node:url";
import type { Problem } from "../article/types.ts";
import type { Derived } from "./readArticle.ts";

/** What is kept of one article file between builds. */
export interface CachedArticle {
  stamp: string;
  key: string;
  result: Derived | Problem[];
}

/** Cache files kept, one per articles folder, the most recently built first. */
const KEPT_FOLDERS = 10;
const SOURCE = fileURLToPath(new URL("../", import.meta.url));
/** The code an article's entry depends on: a change to any of it derives every article again. */
const DERIVATION_CODE = ["article", "digest", "markdown.ts", "corpus/readArticle.ts", "corpus/duplicates.ts", "corpus/types.ts", "../package-lock.json"];

/**
 * Digest entries kept between builds in `.cache/lede/`, one file per articles folder, so that a rebuild
 * derives only the articles that are new or changed. The file's name carries a hash of the derivation
 * code and of the dependencies' versions: after an upgrade or an edit to `src/digest`, no old entry is
 * ever used.
 */
export class DigestCache {
  readonly file: string;

  constructor(cacheDir: string, articlesDir: string) {
    const folder = createHash("sha1").update(articlesDir).digest("hex").slice(0, 12);
    this.file = join(cacheDir, `digest-${folder}-${derivationVersion()}.v8`);
  }

  /** The entries kept by the last build of this folder with this code; none if there are none or the file is damaged. */
  read(): Map<string, CachedArticle> {
    try {
      const entries = deserialize(readFileSync(this.file)) as unknown;
      return entries instanceof Map ? (entries as Map<string, CachedArticle>) : new Map();
    } catch {
      return new Map();
    }
  }

  /** Keep these entries for the next build (written aside, then renamed: a killed build leaves no half file). */
  async write(entries: Map<string, CachedArticle>): Promise<void> {
    const dir = join(this.file, "..");
    mkdirSync(dir, { recursive: true });
    const partial = `${this.file}.${process.pid}.partial`;
    await writeFile(partial, serialize(entries));
    renameSync(partial, this.file);
    // This folder's files from older code are of no use any more, nor are folders not built for long.
    const prefix = basename(this.file).split("-").slice(0, 2).join("-");
    const others = readdirSync(dir).filter((name) => name.startsWith("digest-") && name !== basename(this.file));
    const byAge = others.map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs })).sort((a, b) => b.used - a.used);
    byAge.forEach(({ name }, index) => {
      if (name.startsWith(`${prefix}-`) || index >= KEPT_FOLDERS - 1) rmSync(join(dir, name), { force: true });
    });
  }
}

let version: string | undefined;

/** A hash of the derivation code's files and of the locked dependencies. */
export function derivationVersion(): string {
  if (version) return version;
  const hash = createHash("sha1");
  for (const path of DERIVATION_CODE.flatMap((entry) => filesUnder(join(SOURCE, entry))).sort()) {
    hash.update(path.slice(SOURCE.length)).update("\0").update(readFileSync(path)).update("\0");
  }
  version = hash.digest("hex").slice(0, 12);
  return version;
}

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
  } catch {
    return [path]; // a file, not a folder
  }
}
