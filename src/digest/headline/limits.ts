/** Headlines fit a phone's line pair and a mail client's subject column. */
export const HEADLINE_MAX = 90;
/**
 * Trimming stops at this many words. Editors' headlines run five to eight words; a longer one keeps its
 * grammar but loses the reader who skims.
 */
export const HEADLINE_WORDS = 9;
/** Never trim below this: fewer words stop saying who did what. */
export const HEADLINE_MIN_WORDS = 4;

/** Words as these limits count them: anything with a letter or digit between spaces (`2,000`, `Rover's`). */
export { countTokens as wordCount } from "../words.ts";
