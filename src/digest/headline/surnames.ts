/**
 * News names a person in full once, then by surname: where the article later uses a name's last word on
 * its own (`Mr Howard said`), the headline does too (`Michael Howard` → `Howard`).
 */
export function surnamesOnly(text: string, context: readonly string[]): string {
  let rest: string | undefined;
  return text.replace(NAME, (name: string, surname: string) => {
    if (STOP_CAPITALS.has(name.slice(0, name.indexOf(" ")))) return name;
    rest ??= context.slice(1).join(" ");
    return standsAlone(rest, surname, name) ? surname : name;
  });
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
