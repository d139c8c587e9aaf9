import { baseOfGerund, thirdPerson } from "../verbs.ts";

/**
 * A light verb with a message as its object (`sent a letter`, `issued a statement`, `made an appeal`)
 * says only that something was said; what the message asks, calls for or demands is the news. When the
 * message's own verb follows it (`… asking for`, `… calling on`, `… to demand`), that verb becomes the
 * headline's: `Activists sent a letter to the U.S. Congress asking for refugee status` → `Activists ask
 * the U.S. Congress for refugee status`. The lists are closed classes of English (verbs that only carry a
 * noun, nouns of messages), not words of any corpus.
 */
const LIGHT = "sent|sends|send|issued|issues|issue|made|makes|make|wrote|writes|write|delivered|delivers|deliver|lodged|lodges|lodge|filed|files|file|handed|hands|submitted|submits|published|publishes|released|releases|put\\s+out|puts\\s+out";
const MESSAGE = "letter|statement|appeal|plea|call|request|petition|message|note|e-?mail|warning|complaint|proposal|motion|demand|application|submission|memo|notice|declaration|ultimatum|open\\s+letter";
const PATTERN = new RegExp(
  `\\b(${LIGHT})\\s+(?:(?:a|an|the|its|their|his|her|our)\\s+)?(?:[\\p{Ll}-]+\\s+)?(?:${MESSAGE})s?` +
    // to whom: a name (`the U.S. Congress`) or a body (`the council`)
    `(?:\\s+to\\s+((?:the\\s+)?(?:\\p{Lu}[\\p{L}.'’&-]*\\s+){0,4}\\p{Lu}[\\p{L}.'’&-]*|(?:the|its|their)\\s+\\p{Ll}+|\\p{Ll}+(?=\\s+(?:to\\s|\\p{Ll}+ing\\b))))?` +
    // what it asks: a participle right after it (no comma: after one, it is the sender's act), or a purpose
    `\\s+(?:(\\p{Ll}+ing)|to\\s+(?!(?:the|a|an|its|their|his|her|be)\\b)(\\p{Ll}+))\\s+(?=\\S)`,
  "u",
);
/** After these, the message's recipient is what its verb asks of: `asked Congress for refugee status`. */
const ASKED_FOR = /^(?:for|about|over)\b/;

export function preferComplement(text: string): string {
  const match = PATTERN.exec(text);
  if (!match) return text;
  const [whole, light, recipient, participle, purpose] = match as unknown as [string, string, string | undefined, string | undefined, string | undefined];
  // `appeal to ministers to save the ferry`: who saves is the recipient, not the sender.
  const base = participle ? baseOfGerund(participle) : recipient ? undefined : purpose;
  if (!base) return text;
  // The perfect goes with the light verb (`has sent` → `calls`), as headlinese would turn it.
  const before = text.slice(0, match.index).trimEnd().replace(/\s+(?:has|have|had)$/, "");
  // `calling on it`, where `it` is the recipient just named: the name, not the pronoun.
  const rest = recipient ? text.slice(match.index + whole.length).replace(/^((?:on|upon)\s+)?(?:it|them)\b/, `$1${recipient}`) : text.slice(match.index + whole.length);
  const verb = /^(?:send|issue|make|write|deliver|lodge|file|put)$/.test(light) || pluralSubject(before) ? base : thirdPerson(base);
  const object = recipient && ASKED_FOR.test(rest) ? `${recipient} ` : "";
  return `${before} ${verb} ${object}${rest}`;
}

/** `activists sent`: a subject ending in a plural noun or joined by `and`. */
function pluralSubject(subject: string): boolean {
  const last = subject.slice(subject.lastIndexOf(" ") + 1);
  return / and /.test(subject) || /^\p{L}\p{Ll}+[^su'’]s$/u.test(last);
}
