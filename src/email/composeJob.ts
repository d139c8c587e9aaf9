import { writeFile } from "node:fs/promises";
import { mapConcurrently } from "../parallel/mapConcurrently.ts";
import { composeMessage, type MessageInput } from "./message.ts";

export interface MessageJob {
  input: MessageInput;
  /** Where the message goes: the issue's `message.eml`. */
  file: string;
}

/** Messages composed at once: while one is written, the thread composes another. */
const AT_ONCE = 8;

/** Compose each message and write it; returns the messages in order. Runs on a worker thread for many. */
export async function composeAndWrite(jobs: MessageJob[]): Promise<Uint8Array[]> {
  return mapConcurrently(jobs, AT_ONCE, async ({ input, file }) => {
    const message = await composeMessage(input);
    await writeFile(file, message);
    return message;
  });
}
