/** What the service and send benchmarks share: an SMTP sink, and a process's CPU time and peak memory. */
import { readFileSync } from "node:fs";
import { SMTPServer } from "smtp-server";
import { freePort } from "../tests/helpers/ports.ts";

export interface Sink {
  url: string;
  /** Messages taken, by lower-cased recipient. */
  recipients: Map<string, number>;
  /** When the first and the last message were taken (performance.now()). */
  times: { first: number; last: number };
  close: () => void;
}

/**
 * An SMTP server that takes every message and counts them by recipient; `delayMs` is how long it takes
 * to answer each message, as a server across a network does.
 */
export async function smtpSink(delayMs = 0): Promise<Sink> {
  const recipients = new Map<string, number>();
  const times = { first: Number.NaN, last: Number.NaN };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"], logger: false,
    onData(stream, session, callback) {
      stream.resume();
      stream.on("end", () => {
        times.last = performance.now();
        if (Number.isNaN(times.first)) times.first = times.last;
        for (const to of session.envelope.rcptTo) recipients.set(to.address.toLowerCase(), (recipients.get(to.address.toLowerCase()) ?? 0) + 1);
        if (delayMs > 0) setTimeout(callback, delayMs);
        else callback();
      });
    },
  });
  server.on("error", () => {});
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${port}`, recipients, times, close: () => server.close() };
}

/** User and system CPU time a process has used so far (utime + stime in /proc/PID/stat), in seconds. */
export const cpuSeconds = (pid: number) => {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // clock ticks of 1/100 s
};
/** The highest resident memory the process has had (the kernel's VmHWM), in MiB. */
export const peakMiB = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? NaN) / 1024;

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

