// Lede's own TypeScript compiled once to plain JavaScript, so that every command starts without a
// TypeScript loader: a 10-article build went from 1.81x a bare Eleventy blog through tsx to 1.30x, and
// `lede --help` from 0.57 s to 0.20 s (paired runs; docs/architecture.md).
// Run at install (`prepare`) and by bin/lede.js, which recompiles when a source file changed.
import { createHash } from "node:crypto";
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const PROJECT = fileURLToPath(new URL("../", import.meta.url));
const SELF = readFileSync(new URL(import.meta.url));

/**
 * The folder of the compiled project, compiled now if a source file changed since: its name is a hash
 * of the sources, so a stale compile is never used, and builds running at once each see a whole one.
 */
export async function compiledProject(project = PROJECT) {
  const files = sources(project);
  // Compiled code, not content: like tsx's own cache, `lede build --no-cache` leaves it alone. A user who
  // cannot write beside the packages (another user's checkout) compiles into the temporary folder.
  const roots = [join(project, "node_modules", ".cache", "lede", "js"), join(tmpdir(), `lede-js-${process.getuid?.() ?? 0}`)];
  const stamps = stampsOf(project, files);
  const known = lastName(roots, stamps);
  const name = known ?? contentName(project, files);
  for (const root of roots) {
    const out = join(root, name);
    if (existsSync(out)) return known ? inUse(out) : remembered(root, stamps, inUse(out));
    if (root === roots[1] || writable(root)) {
      await compile(project, files, out);
      return remembered(root, stamps, out);
    }
  }
}

function contentName(project, files) {
  const hash = createHash("sha1").update(SELF);
  for (const file of files) hash.update(file).update("\0").update(readFileSync(join(project, file))).update("\0");
  return hash.digest("hex").slice(0, 16);
}

/**
 * Every source's size, time and inode, which a start compares with the last compile's instead of reading
 * and hashing every file again (what `lede --help` spent most of its own 45 ms on). Like git's index, a
 * file written in the last 2 s is "racy" (a second write in the same clock tick keeps its time): no stamps.
 */
function stampsOf(project, files) {
  const hash = createHash("sha1").update(SELF);
  const racy = Date.now() - 2_000;
  for (const file of files) {
    const { size, mtimeMs, ino } = statSync(join(project, file));
    if (mtimeMs > racy) return undefined;
    hash.update(`${file}\0${size}\0${mtimeMs}\0${ino}\0`);
  }
  return hash.digest("hex");
}

const LAST = "last.json";

function lastName(roots, stamps) {
  for (const root of roots) {
    try {
      const last = JSON.parse(readFileSync(join(root, LAST), "utf8"));
      if (stamps && last.stamps === stamps && existsSync(join(root, last.name))) return last.name;
    } catch {} // none yet, or written by another release
  }
  return undefined;
}

/** Records which compile the sources' stamps belong to (written aside, then renamed). */
function remembered(root, stamps, out) {
  if (stamps) {
    try {
      const partial = join(root, `${LAST}.${process.pid}`);
      writeFileSync(partial, JSON.stringify({ stamps, name: basename(out) }));
      renameSync(partial, join(root, LAST));
    } catch {} // another user's folder: the next start hashes the sources again
  }
  return out;
}

function writable(dir) {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Marks a compile as used just now (see removeOldCompiles), if this user may. */
function inUse(dir) {
  try {
    utimesSync(dir, new Date(), new Date());
  } catch {} // another user's compile: theirs to remove
  return dir;
}

/** What `lede` runs: src/, the data files, the template data files and the Eleventy config. */
function sources(project) {
  // A walk of its own: readdirSync's `recursive` took 8 ms here, this 2 ms.
  const walk = (dir) => readdirSync(join(project, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [join(dir, entry.name)] : []);
  return [".eleventy.ts", ...["src", "_data", "templates"].flatMap(walk)].sort();
}

/** Each file on its own (no bundle: the modules stay those of the source). */
async function compile(project, files, out) {
  await made(out, (partial) => ({
    entryPoints: files.map((file) => join(project, file)), outbase: project, outdir: partial, logLevel: "warning",
    // Tells src/compiled.ts where the compiled modules are (workers, data files and the config load by URL).
    define: { "globalThis.LEDE_COMPILED": JSON.stringify(out) },
    plugins: [{ name: "lede-source-paths", setup: (b) => b.onLoad({ filter: /\.ts$/ }, ({ path }) => ({ contents: asCompiled(readFileSync(path, "utf8"), path), loader: "ts" })) }],
  }), (partial) => {
    // Outside the project, its packages are found through a link to them.
    if (!out.startsWith(project)) symlinkSync(join(project, "node_modules"), join(partial, "node_modules"));
  });
}

/**
 * Eleventy, its RSS plugin and Nunjucks bundled by esbuild into one script, named by npm's record of the
 * installed packages: Node 20 has no compile cache, and Eleventy's 380 modules took 0.36-0.41 s to find,
 * read and link, the bundle 0.19-0.20 s (docs/architecture.md). CommonJS, so that it can load with V8's
 * code cache (src/build/eleventyBundle.ts): its few `import()`s of files known only when it runs (the
 * config, data files) go through `globalThis.ledeImport` with the importing module's URL, since a script
 * cannot import on Node 20 without an experimental flag. Undefined if it cannot be made.
 */
export async function eleventyBundle(project = PROJECT) {
  const modules = join(project, "node_modules");
  const lock = join(modules, ".package-lock.json");
  if (!existsSync(lock)) return undefined;
  const out = join(modules, ".cache", "lede", "eleventy", createHash("sha1").update(SELF).update(readFileSync(lock)).digest("hex").slice(0, 16));
  const file = join(out, "eleventy.cjs");
  const entry = join(modules, "@11ty", "eleventy", "src", "Eleventy.js");
  if (existsSync(out)) inUse(out);
  else if (!writable(dirname(out))) return undefined;
  else await made(out, (partial) => ({
    stdin: { contents: `export { default as Eleventy } from ${JSON.stringify(entry)};\nexport { default as rssPlugin } from "@11ty/eleventy-plugin-rss";\nexport { default as nunjucks } from "nunjucks";`, resolveDir: modules, loader: "js" },
    format: "cjs", outfile: join(partial, "eleventy.cjs"), bundle: true, logLevel: "silent",
    external: ["chokidar", "@11ty/eleventy-dev-server"], // only `lede serve` loads them, by name
    // What is outside is required from Eleventy's folder (it has packages of its own); each module keeps its own URL.
    banner: { js: `require = require("node:module").createRequire(${JSON.stringify(pathToFileURL(entry).href)});` },
    plugins: [{ name: "module-urls", setup: (b) => b.onLoad({ filter: /\.[cm]?js$/ }, ({ path }) => {
      const code = readFileSync(path, "utf8");
      const contents = keepModuleUrl(code, path).replace(RUNTIME_IMPORT, `globalThis.ledeImport(${JSON.stringify(pathToFileURL(path).href)}, `);
      return contents === code ? undefined : { contents, loader: "js", resolveDir: dirname(path) };
    }) }],
  })).catch(() => undefined); // a release esbuild cannot bundle: the packages as they are
  return existsSync(file) ? file : undefined;
}

/** An `import()` of a file named only when it runs, or of a package left out of the bundle (not a template literal in a message). */
const RUNTIME_IMPORT = /\bimport\((?!["'`)]|\$\{)|\bimport\((?=["'](?:@11ty\/eleventy-dev-server|chokidar)["'])/g;

/**
 * `out` made by esbuild: written aside, then renamed, so that builds running at once each see a whole
 * one (the first rename wins); then compiles and bundles unused for an hour go.
 */
async function made(out, options, finish = (partial) => {}) {
  const { build } = await import("esbuild");
  const partial = `${out}.${process.pid}.partial`;
  try {
    // esbuild takes Node 20 for one without `\p{…}` in regular expressions and writes each such literal
    // as `new RegExp(…)`, built again on every call: Node 20 has them (V8 since 2018).
    await build({ format: "esm", platform: "node", target: "node20", supported: { "regexp-unicode-property-escapes": true }, ...options(partial) });
    finish(partial);
    renameSync(partial, out);
  } catch (error) {
    rmSync(partial, { recursive: true, force: true });
    if (!existsSync(out)) throw error;
  }
  removeOldCompiles(out);
}

/**
 * Imports of `./x.ts` become `./x.js`; `import.meta.url` stays the source file's, so that every path a
 * module finds from it (the project folder, templates, the source hashed by the kept-entries cache) is
 * the same compiled or not.
 */
function asCompiled(code, path) {
  return keepModuleUrl(code.replace(/\b((?:from|import)\s*\(?\s*["'])(\.{1,2}\/[^"'\n]+)\.ts(["'])/g, "$1$2.js$3"), path);
}

const keepModuleUrl = (code, path) => code.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(path).href));

/** Compiles not used for an hour go: a `lede serve` started before an edit still loads from its own. */
function removeOldCompiles(keep) {
  for (const name of readdirSync(dirname(keep))) {
    const path = join(dirname(keep), name);
    if (name.startsWith(LAST)) continue;
    if (path !== keep && Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
}

// At install: Lede's code, then Eleventy's bundle.
if (process.argv[1] && relative(process.argv[1], fileURLToPath(import.meta.url)) === "") {
  await compiledProject();
  await eleventyBundle();
}
