/** A progress bar on a terminal, a plain line per message otherwise (logs, CI). */
export function progressReporter(total: number, stream: NodeJS.WriteStream = process.stderr) {
  let done = 0;
  return {
    step(email: string, outcome: string) {
      done++;
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round((done / Math.max(total, 1)) * width);
        stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} ${outcome.padEnd(8)} ${email.slice(0, 40).padEnd(40)}`);
        if (done === total) stream.write("\n");
      } else {
        stream.write(`${outcome} ${done}/${total} ${email}\n`);
      }
    },
  };
}
