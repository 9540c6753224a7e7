/**
 * A feed as text that is safe inside `<script type="application/json">`.
 *
 * The HTML parser reads a script's content before JSON does, and inside it
 * `</script` ends the element, `<!--` followed by `<script` makes it swallow
 * everything up to a later `</script>` (often the rest of the page), even
 * within a JSON string. Every such sequence starts with `<`, so writing each
 * `<` as `\u003c` makes the text inert to the HTML parser, and JSON reads the
 * same string back. `>` and `&` are escaped too (harmless in JSON, and the
 * text then stays inert in any HTML context), and so are U+2028 and U+2029,
 * which end a line in older JavaScript parsers. A `[` inside a string is
 * written as `\u005b` too: WordPress runs its shortcodes (`[video]`,
 * `[gallery]`, a plugin's `[contact-form]`) over a post's whole text, inside
 * scripts as well, and would put their HTML, quotes and all, into the JSON.
 *
 * Only characters inside JSON strings change: outside them `<`, `>`, `&`,
 * U+2028 and U+2029 cannot occur in JSON, and a `[` there opens a list.
 */

const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
  '[': '\\u005b',
};

/** Escapes `<`, `>`, `&`, U+2028 and U+2029 in JSON text, and `[` in its strings, as `\uXXXX`; JSON.parse reads the same value. */
export function escapeInlineJson(json: string): string {
  return json.replace(/"(?:[^"\\]|\\.)*"|[<>&\u2028\u2029]/g, (match) =>
    match.length > 1 ? match.replace(/[<>&[\u2028\u2029]/g, (character) => ESCAPES[character]!) : ESCAPES[match]!,
  );
}

/**
 * The feed as JSON text to place between `<script type="application/json" id="…">`
 * and `</script>` in a page (the widget names it with `src="#…"`): `JSON.stringify`
 * with `<`, `>`, `&`, U+2028 and U+2029, and `[` in strings, written as `\uXXXX`, so no
 * text in the feed can end the script, hide the rest of the page from the HTML parser
 * or be taken for a WordPress shortcode.
 * `space` indents as in `JSON.stringify`. Throws a TypeError, as `JSON.stringify`
 * does, for a value JSON cannot hold (undefined, a function, a BigInt, a cycle).
 */
export function inlineFeedJson(feed: unknown, space?: number | string): string {
  const json = JSON.stringify(feed, null, space) as string | undefined;
  if (json === undefined) throw new TypeError('inlineFeedJson: the feed is not a JSON value');
  return escapeInlineJson(json);
}
