/** Runs of combining marks: the limit validation cuts them to, and a quick test for one. */

/**
 * How many combining marks (accents, vowel signs, points: `\p{M}`, and the
 * joiners ZWJ and ZWNJ) may follow one another; more are dropped with a
 * warning (validate.ts). Real writing stays well below it: Vietnamese puts up to 2 marks on
 * a letter, Thai 2, Devanagari 3 (Vedic accents 4), Hebrew with points and
 * cantillation 4 to 5, polytonic Greek 3, Tibetan stacks 4, and an emoji
 * sequence never has two in a row. Without a limit, a text of 20,000 marks on
 * one letter makes the browser shape one giant character each time it is shown.
 */
export const MAX_COMBINING_MARKS = 8;
/** Whether a text has such a run at all: a test is a fraction of a replace, and almost no text has one. */
const HAS_MARK_RUN = new RegExp(`[\\p{M}\\u200C\\u200D]{${MAX_COMBINING_MARKS + 1}}`, 'u');

/** Whether `text` has a run of more than MAX_COMBINING_MARKS marks; a shorter text cannot, and is not searched. */
export function hasMarkRun(text: string): boolean {
  return text.length > MAX_COMBINING_MARKS && HAS_MARK_RUN.test(text);
}
