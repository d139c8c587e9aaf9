/**
 * News names a person in full once, then by surname: where the article later uses a name's last word on
 * its own as a person's (`Mr Howard`, `Howard said`, `said Howard`), the headline does too (`Michael
 * Howard` → `Howard`). `Christmas Day` and `the Sunday Telegraph` are no people: their last word never
 * comes with a title or a verb of saying of its own.
 */
export function surnamesOnly(text: string, context: readonly string[]): string {
  let rest: string | undefined;
  return text.replace(NAME, (name: string, surname: string) => {
    if (STOP_CAPITALS.has(name.slice(0, name.indexOf(" ")))) return name;
    rest ??= context.slice(1).join(" ");
    return standsAlone(rest, surname, name) && isPerson(rest, surname, name) ? surname : name;
  });
}

/**
 * Whether `text` uses `surname` on its own as a person's: after a title, or before or after a verb of
 * saying (`Jeeves said` in `Ask Jeeves said` is the company's).
 */
function isPerson(text: string, surname: string, name: string): boolean {
  const bare = (word: string) => word.replace(/[^\p{L}'’-]/gu, "");
  const last = bare(surname);
  const given = name.split(/\s+/).slice(0, -1).map(bare).join(" ");
  return new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\\.? ${last}\\b|(?<!\\bthe |${given} )\\b${last},? (?:said|says|told|added|admitted|insisted|explained|believes|thinks)\\b|\\b(?:said|says|added) ${last}\\b(?! ${last})`, "u").test(text);
}

const NAME = /\b(?:\p{Lu}[\p{Ll}'’-]+\s+){1,2}(\p{Lu}[\p{Ll}'’-]+)\b/gu;
const LETTER = /\p{L}/u;

/** Whether `surname` occurs in `text` as a word of its own, not as the end of the full `name`. */
function standsAlone(text: string, surname: string, name: string): boolean {
  for (let at = text.indexOf(surname); at !== -1; at = text.indexOf(surname, at + 1)) {
    const before = text[at - 1] ?? " ";
    const after = text[at + surname.length] ?? " ";
    if (LETTER.test(before) || LETTER.test(after)) continue;
    if (text.slice(Math.max(0, at - name.length + surname.length), at + surname.length) === name) continue;
    return true;
  }
  return false;
}

/** Capitalised words that start a sentence or a title rather than a name. */
const STOP_CAPITALS = new Set(["The", "A", "An", "In", "On", "At", "For", "From", "By", "With", "New", "Former", "Prime", "First", "Chief", "Labour", "Tory", "Liberal", "Conservative", "Democratic", "Republican", "United", "European", "British", "American", "North", "South", "East", "West", "Northern", "Southern", "Royal", "National", "General", "Supreme", "High", "World"]);
