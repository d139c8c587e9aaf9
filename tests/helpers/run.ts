/**
 * Runs every `tests/*.test.ts` with uvu, then prints one closing line, `N passed, N failed, N skipped`,
 * which CI reads. Pass file name fragments to run only some: `npm test -- digest article`.
 */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

const dir = fileURLToPath(new URL("..", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".test.ts"))
  .filter((name) => only.length === 0 || only.some((fragment) => name.includes(fragment)))
  .sort();

(globalThis as { UVU_DEFER?: number }).UVU_DEFER = 1;
const uvu = await import("uvu");
const queue = (globalThis as unknown as { UVU_QUEUE: unknown[][] }).UVU_QUEUE;
for (const [index, name] of files.entries()) {
  (globalThis as { UVU_INDEX?: number }).UVU_INDEX = index;
  queue.push([name]);
  await import(pathToFileURL(`${dir}/${name}`).href);
}

// uvu prints its own summary; capture its figures to print the one line CI reads.
let printed = "";
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
  printed += String(chunk);
  return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
}) as typeof process.stdout.write;
await uvu.exec(false);
process.stdout.write = write;

const plain = printed.replace(/\u001b\[[0-9;]*m/g, "");
const figure = (label: string) => Number(new RegExp(`${label}:\\s+(\\d+)`).exec(plain)?.[1] ?? 0);
const [total, passed, skipped] = [figure("Total"), figure("Passed"), figure("Skipped")];
console.log(`${passed} passed, ${total - passed - skipped} failed, ${skipped} skipped`);
