import { statSync, type Stats } from "node:fs";

/** The file's size, time and inode: when they are unchanged, so is the file. */
export function statStamp(path: string): string {
  return stampOf(statSync(path));
}

export function stampOf(stats: Stats): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}
