/**
 * Rules of the feed contract that more than the schema needs: the schedule
 * importers shape their output by them, so it passes the schema.
 */

/** An id: 1–128 letters, digits, ".", "_", ":" or "-", starting with a letter or digit. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
/** A language code such as `de` or `de-AT`, the key of a localised text. */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
/** The longest text a feed field may hold. Generous, but bounded: a feed is read by people, not a data dump. */
export const MAX_TEXT = 20_000;
/** A session without an end counts as running for this long (now/next, the grid, calendar files). */
export const DEFAULT_DURATION_MINUTES = 60;
/**
 * Whether a text shows anything: more than white space and the characters that show nothing (a
 * zero-width space or joiner, a direction mark, a soft hyphen), which `trim()` leaves.
 */
export const hasText = (value: string): boolean => /[^\s\p{Cf}]/u.test(value);
