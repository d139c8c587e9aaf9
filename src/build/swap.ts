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
function removeInBackground(...dirs: string[]): void {
  const there = dirs.filter((dir) => existsSync(dir));
  if (there.length === 0) return;
  const script = "for (const dir of process.argv.slice(1)) require('node:fs').rmSync(dir, { recursive: true, force: true })";
  spawn(process.execPath, ["-e", script, ...there], { detached: true, stdio: "ignore" }).unref();
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
  // The rest goes in the background too (a replaced site whose removal the last build started may still be
  // going: 13 s at 10,000 articles when this build did it), but not the folder of a build still running.
  const leftovers = readdirSync(parent).filter((name) =>
    name.startsWith(`${prefix}old-`) || (name.startsWith(`${prefix}tmp-`) && !isRunning(Number(name.slice(prefix.length + 4)))));
  removeInBackground(...leftovers.map((name) => join(parent, name)));
  rmSync(`${outDir}.lede-tmp-${process.pid}`, { recursive: true, force: true }); // a killed build had this process's id
}

/** Whether a process with this id runs (one that may not be signalled runs too). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
