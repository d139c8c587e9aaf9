import { spawn } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Build into a temporary sibling of the output folder, then swap it in: a failed or killed build leaves
 * the previous site exactly as it was. Leftovers of killed builds are removed on the next run.
 */
export function temporarySibling(outDir: string): string {
  removeLeftovers(outDir);
  return `${outDir}.lede-tmp-${process.pid}`;
}

export function swapInto(tmpDir: string, outDir: string): void {
  const old = `${outDir}.lede-old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmpDir, outDir);
  removeInBackground(old);
}

/**
 * The replaced site is garbage once the new one is in place: a detached process deletes it so that the
 * build returns at once (16,000 files take seconds). A removal cut short is finished by the next build.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const script = "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })";
  spawn(process.execPath, ["-e", script, dir], { detached: true, stdio: "ignore" }).unref();
}

export function discard(tmpDir: string): void {
  rmSync(tmpDir, { recursive: true, force: true });
}

function removeLeftovers(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}.lede-`;
  if (!existsSync(parent)) return;
  // A build killed between its two renames left the previous site under its old-* name: put it back.
  const stranded = readdirSync(parent).find((name) => name.startsWith(`${prefix}old-`));
  if (!existsSync(outDir) && stranded) renameSync(join(parent, stranded), outDir);
  for (const name of readdirSync(parent)) {
    if (name.startsWith(`${prefix}tmp-`) || name.startsWith(`${prefix}old-`)) {
      rmSync(join(parent, name), { recursive: true, force: true, maxRetries: 3 });
    }
  }
}
