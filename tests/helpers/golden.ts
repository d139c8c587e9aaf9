import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as assert from "uvu/assert";
import { ROOT } from "./lede.ts";

/** Compare with `tests/golden/NAME`; `UPDATE_GOLDEN=1 npm test` rewrites it on purpose (review the diff). */
export function assertGolden(name: string, actual: string): void {
  const path = join(ROOT, "tests", "golden", name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(path)) {
    if (process.env.CI && !existsSync(path)) assert.unreachable(`golden file tests/golden/${name} is missing`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  assert.fixture(actual, readFileSync(path, "utf8"), `tests/golden/${name} differs; if the change is intended, run UPDATE_GOLDEN=1 npm test and review the diff`);
}
