import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";

export interface Lock {
  release(): void;
}

/**
 * One sender per issue: two `lede send` runs at once (a cron job overlapping a manual run) would both
 * find the same addresses unsent and both send. The lock file holds the owner's process id; a lock whose
 * owner is gone (killed) is taken over, since the ledger already says where that run stopped.
 */
export function lockIssue(path: string): Lock | { error: string } {
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return { release: () => rmSync(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") return { error: `cannot create the lock file ${path}: ${(error as Error).message}` };
    }
    const owner = Number(readOwner(path));
    if (owner > 0 && owner !== process.pid && isRunning(owner)) {
      return { error: `another lede send (process ${owner}) is sending this issue; wait for it to finish. If no such process is running, delete ${path}.` };
    }
    rmSync(path, { force: true });
  }
  return { error: `cannot take the lock ${path}: another lede send keeps taking it` };
}

function readOwner(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch {
    return "";
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0); // signal 0: only asks whether the process exists
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
