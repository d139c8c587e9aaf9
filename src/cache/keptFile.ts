import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";

/** Files kept of each kind, one per articles folder, the most recently built first. */
const KEPT_FOLDERS = 10;
const SOURCE = fileURLToPath(new URL("../", import.meta.url));

let cacheDir: string | undefined;

/** Keep work between builds in `dir` (`.cache/lede`); `lede build --no-cache` never calls this. */
export function keepBetweenBuilds(dir: string): void {
  cacheDir = dir;
}

/**
 * A map kept between builds in `.cache/lede/`: one file per kind of work and per articles folder, whose
 * name carries a hash of the code (and the locked dependencies) the values depend on, so that after an
 * upgrade or an edit to that code no old value is ever used. Undefined when the cache is off.
 */
export function keptFile<V>(kind: string, articlesDir: string, code: readonly string[]): KeptFile<V> | undefined {
  return cacheDir === undefined ? undefined : new KeptFile<V>(cacheDir, kind, articlesDir, code);
}

export class KeptFile<V> {
  readonly file: string;
  readonly #kind: string;
  readonly #folder: string;

  /** `code`: files and folders under src/ (and `../package-lock.json`) whose every change makes the values stale. */
  constructor(dir: string, kind: string, articlesDir: string, code: readonly string[]) {
    this.#kind = kind;
    this.#folder = createHash("sha1").update(articlesDir).digest("hex").slice(0, 12);
    this.file = join(dir, `${kind}-${this.#folder}-${codeVersion(code)}.v8`);
  }

  /** What the last build of this folder kept with this code; nothing if there is none or the file is damaged. */
  read(): Map<string, V> {
    try {
      const values = deserialize(readFileSync(this.file)) as unknown;
      return values instanceof Map ? (values as Map<string, V>) : new Map();
    } catch {
      return new Map();
    }
  }

  /** Keep these values for the next build (written aside, then renamed: a killed build leaves no half file). */
  async write(values: Map<string, V>): Promise<void> {
    const dir = join(this.file, "..");
    mkdirSync(dir, { recursive: true });
    const partial = `${this.file}.${process.pid}.partial`;
    await writeFile(partial, serialize(values));
    renameSync(partial, this.file);
    // This folder's files from older code are of no use any more, nor are folders not built for long.
    const others = readdirSync(dir).filter((name) => name.startsWith(`${this.#kind}-`) && name !== basename(this.file));
    const byAge = others.map((name) => ({ name, used: statSync(join(dir, name)).mtimeMs })).sort((a, b) => b.used - a.used);
    byAge.forEach(({ name }, index) => {
      if (name.startsWith(`${this.#kind}-${this.#folder}-`) || index >= KEPT_FOLDERS - 1) rmSync(join(dir, name), { force: true });
    });
  }
}

const versions = new Map<string, string>();

/** A hash of these files' (and folders' files') contents, paths relative to src/. */
export function codeVersion(code: readonly string[]): string {
  const known = versions.get(code.join("\0"));
  if (known) return known;
  const hash = createHash("sha1");
  for (const path of code.flatMap((entry) => filesUnder(join(SOURCE, entry))).sort()) {
    hash.update(path.slice(SOURCE.length)).update("\0").update(readFileSync(path)).update("\0");
  }
  const version = hash.digest("hex").slice(0, 12);
  versions.set(code.join("\0"), version);
  return version;
}

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true }).flatMap((entry) => filesUnder(join(path, entry.name)));
  } catch {
    return [path]; // a file, not a folder
  }
}
