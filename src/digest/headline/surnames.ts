import { isTitle } from "../runs.ts";
/**
 * News names a person in full once, then by surname: where the article later uses a name's last word on
 * its own as a person's (`Mr Howard`, `Howard said`, `said Howard`), the headline does too (`Michael
 * Howard` → `Howard`). `Christmas Day` and `the Sunday Telegraph` are no people: their last word never
 * comes with a title or a verb of saying of its own.
 */
export function surnamesOnly(text: string, context: readonly string[]): string {
  if (last?.context === context && last.text === text) return last.result; // the credit step asks again for the lead
  let rest: string | undefined;
  const names: Array<{ at: number; name: string; short: string }> = [];
  for (const match of text.matchAll(NAME)) {
    const [name, surname] = match as unknown as [string, string];
    // No name that opens with a word of STOP_CAPITALS (`Prime Minister Blair`), nor one that ends on one,
    // which no person is called (`Newcastle United`, `Grand National`; but `Kanye West`).
    if (STOP_CAPITALS.has(name.slice(0, name.indexOf(" "))) || (STOP_CAPITALS.has(surname) && !/^(?:North|South|East|West)$/.test(surname)) || /^ \d+(?![\d.,:–-])/.test(text.slice(match.index + name.length, match.index + name.length + 8))) continue; // `Aero India 2005` is an event's name (not `Williams 6-3`)
    rest ??= context.slice(1).join(" ");
    // A title inside a longer run stays with what came before it: `Former US President [Donald Trump]` →
    // `Former US President Trump`, never `Former US Trump` (where the title opens the run, it goes with the
    // name: `Chancellor Gordon Brown` → `Brown`).
    const title = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu}\S*\s)/u.exec(name);
    if (title && isTitle(title[1]!) && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(Math.max(0, match.index - 30), match.index))) {
      const person = name.slice(title[0].length);
      names.push({ at: match.index + title[0].length, name: person, short: usedAsPerson(rest, surname, person) ? surname : person });
      continue;
    }
    names.push({ at: match.index, name, short: usedAsPerson(rest, surname, name) ? surname : name });
  }
  // Two people joined by `and` are named alike: never `Mike Leigh and Staunton`.
  for (let i = 1; i < names.length; i++) {
    const [a, b] = [names[i - 1]!, names[i]!];
    if (text.slice(a.at + a.name.length, b.at) === " and " && (a.short === a.name) !== (b.short === b.name)) [a.short, b.short] = [a.name, b.name];
  }
  let result = text;
  for (const { at, name, short } of names.reverse()) if (short !== name) result = result.slice(0, at) + short + result.slice(at + name.length);
  last = { text, context, result };
  return result;
}

/** The last answer, kept with the sentences it was for. */
let last: { text: string; context: readonly string[]; result: string } | undefined;

/** One to three capitalised words, each whole (`Sven-Goran Eriksson`, never `Sven-[Goran Eriksson]`; `Shaun Wright-Phillips`). */
const NAME = /(?<![\p{L}'’-])(?:\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*\s+){1,2}(\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*)(?![\p{L}'’-])/gu;
const TITLE_BEFORE = /(?:^|\s)(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.? $/;
const NAME_GOES_ON = /^ \p{Lu}/u;
const SAYING_AFTER = /^,? (?:said|says|told|added|admitted|insisted|explained|believes|thinks)\b/;
const SAYING_BEFORE = /\b(?:said|says|added) $/;
/** A verb group that says what someone was doing or has done: `was speaking`, `has signed`. */
const ACTING_AFTER = /^ (?:was|is|has|had) \p{Ll}+(?:ing|ed)\b/u;
/** Only a person is followed by `who`, or by an age: `Howard, who …`, `Murray, 17,`. */
const PERSON_AFTER = /^,? (?:who\b|\d{1,2},)/;

/**
 * Whether `text` uses `surname` as a word of its own, not as the end of the full `name` if given, and as a
 * person's: after a title, or before or after a verb of saying (`Jeeves said` in `Ask Jeeves said` is the
 * company's, `the Telegraph said` a paper's). One scan with `indexOf`: no expression is built per name.
 */
export function usedAsPerson(text: string, surname: string, name?: string): boolean {
  for (let at = text.indexOf(surname); at !== -1; at = text.indexOf(surname, at + 1)) {
    const end = at + surname.length;
    if (isLetter(text.charCodeAt(at - 1)) || isLetter(text.charCodeAt(end)) || text.charCodeAt(at - 1) === 45) continue; // `Half-Life` is no surname
    if (name && at >= name.length - surname.length && text.startsWith(name, at - name.length + surname.length)) continue;
    const before = text.slice(Math.max(0, at - 8), at);
    // After a title, a surname ends the name: in `Sir John Holmes`, `John` is a first name (`Mr Brown's Budget` is his).
    const firstName = NAME_GOES_ON.test(text.slice(end, end + 2)) && !/['’]s$/.test(surname);
    if ((TITLE_BEFORE.test(before) && !firstName) || (SAYING_BEFORE.test(before) && !text.startsWith(` ${surname}`, end))) return true;
    if ((SAYING_AFTER.test(text.slice(end, end + 12)) || PERSON_AFTER.test(text.slice(end, end + 8))) && !/\bthe $/i.test(before)) return true;
    // The subject of a sentence of its own, doing something: `Davenport was speaking …`, `Okafor has signed …`.
    if ((at === 0 || /[.!?]["”’]? $/.test(before)) && ACTING_AFTER.test(text.slice(end, end + 30))) return true;
  }
  return false;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code > 191;
}

/** Capitalised words that start a sentence or a title rather than a name. */
const STOP_CAPITALS = new Set(["The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "New", "Former", "Prime", "First", "Chief", "Labour", "Tory", "Liberal", "Conservative", "Democratic", "Republican", "United", "European", "British", "American", "North", "South", "East", "West", "Northern", "Southern", "Royal", "National", "General", "Supreme", "High", "World", "Athletic", "Rovers", "Wanderers", "Albion"]);
