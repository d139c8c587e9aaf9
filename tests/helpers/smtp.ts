import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestServer {
  url: (user?: string, password?: string) => string;
  received: ParsedMail[];
  /** Every RCPT TO the server saw, accepted or not. */
  attempts: string[];
  close: () => Promise<void>;
}

export interface ServerBehaviour {
  /** Answer RCPT TO for this address with this SMTP error, this many times (Infinity: always). */
  refuse?: Array<{ address: string; code: number; times: number }>;
  /** Wait this long before accepting each message (to kill a sender mid-run). */
  delayMs?: number;
  password?: string;
}

/** A real SMTP server on 127.0.0.1 (the smtp-server package); every message received is parsed. */
export async function startSmtpServer(behaviour: ServerBehaviour = {}): Promise<TestServer> {
  const received: ParsedMail[] = [];
  const attempts: string[] = [];
  const refusals = (behaviour.refuse ?? []).map((rule) => ({ ...rule }));
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    authOptional: false,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.password === (behaviour.password ?? "secret-password")) return callback(null, { user: auth.username });
      const error = Object.assign(new Error("Invalid username or password"), { responseCode: 535 });
      return callback(error);
    },
    onRcptTo(address, _session, callback) {
      attempts.push(address.address);
      const rule = refusals.find((candidate) => candidate.address === address.address && candidate.times > 0);
      if (rule) {
        rule.times--;
        return callback(Object.assign(new Error(rule.code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: rule.code }));
      }
      return callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          setTimeout(() => {
            received.push(mail);
            callback();
          }, behaviour.delayMs ?? 0);
        });
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: (user = "editor", password = behaviour.password ?? "secret-password") => `smtp://${user}:${password}@127.0.0.1:${port}`,
    received,
    attempts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
