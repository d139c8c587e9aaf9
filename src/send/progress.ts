export interface Progress {
  /** One message done: `outcome` is `sent`, `failed`, `deferred`… */
  step(email: string, outcome: string): void;
  /** Ends the bar's line, so what is printed next starts on its own line. */
  end(): void;
}

/**
 * On a terminal one line, redrawn in place: `[#####.....] 12/50 sent alice@example.com`. Elsewhere (logs,
 * CI, a pipe) a plain line per message that a log keeps: `sent 12/50 alice@example.com`.
 */
export function progressReporter(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  let done = 0;
  let drawn = false;
  return {
    step(email, outcome) {
      done++;
      if (!stream.isTTY) {
        stream.write(`${outcome} ${done}/${total} ${email}\n`);
        return;
      }
      const width = 30;
      const filled = Math.round((done / Math.max(total, 1)) * width);
      const columns = stream.columns || 80;
      const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${outcome} ${email}`;
      stream.write(`\r${line.slice(0, columns - 1).padEnd(columns - 1)}`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write("\n");
      drawn = false;
    },
  };
}
