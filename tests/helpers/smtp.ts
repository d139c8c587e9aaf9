import type { Socket } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface TestServer {
  url: (user?: string, password?: string) => string;
  /** Every message accepted (answered 250), parsed, in order. */
  received: ParsedMail[];
  /** The envelope recipient of each accepted message, in order. */
  delivered: string[];
  /** Every RCPT TO the server saw, accepted or not. */
  attempts: string[];
  close: () => Promise<void>;
}

export interface ServerBehaviour {
  /**
   * Answer RCPT TO for this address with this SMTP error, this many times (Infinity: always); or, with
   * `at: "data"`, accept the address and refuse the message once it arrived (a content refusal).
   */
  refuse?: Array<{ address: string; code: number; times: number; at?: "rcpt" | "data" }>;
  /**
   * Cut the connection without a reply, this many times: at RCPT TO (nothing of the message sent yet), or
   * after the whole message arrived (`data`: the server keeps it, as a real one may, but never says so).
   */
  drop?: Array<{ address: string; at: "rcpt" | "data"; times: number }>;
  /** Connections at once; more are answered 421 and closed, as a provider's limit does. */
  maxClients?: number;
  /** Wait this long before accepting each message (to kill a sender mid-run). */
  delayMs?: number;
  password?: string;
}

/** A real SMTP server on 127.0.0.1 (the smtp-server package), on a port the OS picks; no TLS. */
export async function startSmtpServer(behaviour: ServerBehaviour = {}): Promise<TestServer> {
  const received: ParsedMail[] = [];
  const delivered: string[] = [];
  const attempts: string[] = [];
  const refusals = (behaviour.refuse ?? []).map((rule) => ({ ...rule }));
  const drops = (behaviour.drop ?? []).map((rule) => ({ ...rule }));
  const sockets = new Map<number, Socket>();
  const takeRule = <T extends { address: string; times: number }>(rules: T[], address: string, match: (rule: T) => boolean = () => true) => {
    const rule = rules.find((candidate) => candidate.address === address && candidate.times > 0 && match(candidate));
    if (rule) rule.times--;
    return rule;
  };
  const cut = (remotePort: number) => sockets.get(remotePort)?.destroy();

  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    ...(behaviour.maxClients ? { maxClients: behaviour.maxClients } : {}),
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.password === (behaviour.password ?? "secret-password")) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onRcptTo(address, session, callback) {
      attempts.push(address.address);
      if (takeRule(drops, address.address, (rule) => rule.at === "rcpt")) return cut(session.remotePort);
      const rule = takeRule(refusals, address.address, (candidate) => candidate.at !== "data");
      if (rule) return callback(Object.assign(new Error(rule.code >= 500 ? "Mailbox unavailable" : "Try again later"), { responseCode: rule.code }));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const recipient = session.envelope.rcptTo[0]?.address ?? "";
        const refusal = takeRule(refusals, recipient, (rule) => rule.at === "data");
        if (refusal) return callback(Object.assign(new Error(refusal.code >= 500 ? "Message refused" : "Try again later"), { responseCode: refusal.code }));
        void simpleParser(Buffer.concat(chunks)).then((mail) => {
          setTimeout(() => {
            received.push(mail);
            delivered.push(recipient);
            if (takeRule(drops, recipient, (rule) => rule.at === "data")) return cut(session.remotePort);
            callback();
          }, behaviour.delayMs ?? 0);
        });
      });
    },
  });
  // Tests cut connections and kill senders on purpose: a reset connection is part of the scenario, not a failure.
  server.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "ECONNRESET" && error.code !== "EPIPE") throw error;
  });
  server.server.on("connection", (socket: Socket) => {
    const port = socket.remotePort!;
    sockets.set(port, socket);
    socket.on("close", () => sockets.delete(port));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: (user = "editor", password = behaviour.password ?? "secret-password") => `smtp://${user}:${password}@127.0.0.1:${port}`,
    received,
    delivered,
    attempts,
    close: () => {
      for (const socket of sockets.values()) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
