/** Adult silent reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE = 230;

/**
 * Words as `[\p{L}\p{N}]+(?:['’.-]+[\p{L}\p{N}]+)*` matches them (`It’s`, `U.S.-based`, `3.5`), counted in
 * one pass over the characters: the expression built an array of every word of every article.
 */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    const code = unit >= 0xd800 && unit <= 0xdbff ? text.codePointAt(i)! : unit;
    const size = code > 0xffff ? 2 : 1;
    if (code === 32) inWord = false; // the commonest case first
    else if (isLetterOrDigit(code)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && isJoiner(code)) {
      let j = i;
      while (j < text.length && isJoiner(text.charCodeAt(j))) j++;
      inWord = j < text.length && isLetterOrDigit(text.codePointAt(j)!);
      i = j;
      continue;
    } else {
      inWord = false;
    }
    i += size;
  }
  return count;
}

/**
 * Pieces between white space that hold a letter or a digit (`2,000`, `Rover's`, not `—`): what
 * `/[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*\/gu` matches, counted without building the matches.
 */
export function countTokens(text: string): number {
  let count = 0;
  let counted = false; // the current piece is counted already
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[i]!))) counted = false;
    else if (!counted && isLetterOrDigit(code < 0xd800 || code > 0xdfff ? code : text.codePointAt(i)!)) {
      count++;
      counted = true;
    }
  }
  return count;
}

const SPACE = /\s/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isLetterOrDigit(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
}

/** `'`, `’`, `.`, `-`: inside a word, not between two. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** `text` as a regular expression that matches it literally: `S.A.` → `S\.A\.`. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
