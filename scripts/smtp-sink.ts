/**
 * `npm run smtp-sink`: a local SMTP server on 127.0.0.1:2525 that accepts every message (user `test`,
 * password `test`) and prints one line per message, to try `lede send` and `lede api` without sending real
 * email: with the link to follow in a confirmation email, and the one-click unsubscribe address of an issue.
 */
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const port = Number(process.env.PORT ?? 2525);
const server = new SMTPServer({
  disabledCommands: ["STARTTLS"],
  allowInsecureAuth: true,
  logger: false,
  onAuth: (auth, _session, callback) => callback(auth.username === "test" && auth.password === "test" ? null : new Error("use test/test"), { user: auth.username }),
  onData(stream, session, callback) {
    void simpleParser(stream).then((mail) => {
      console.log(`${new Date().toISOString()}  to ${session.envelope.rcptTo.map((r) => r.address).join(", ")}  "${mail.subject}"  ${mail.html ? "html+text" : "text"}`);
      for (const link of mail.text?.match(/https?:\/\/\S+\/confirm\?token=\S+/g) ?? []) console.log(`  confirm: ${link}`);
      const oneClick = /<(https?:[^>]+)>/.exec(mail.headerLines.find((header) => header.key === "list-unsubscribe")?.line ?? "")?.[1];
      if (oneClick) console.log(`  one-click unsubscribe: curl -d List-Unsubscribe=One-Click '${oneClick}'`);
      callback();
    }, callback);
  },
});
server.listen(port, "127.0.0.1", () => console.log(`SMTP sink on 127.0.0.1:${port}; send with SMTP_URL=smtp://test:test@127.0.0.1:${port}`));
