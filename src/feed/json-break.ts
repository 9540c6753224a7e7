/**
 * Where a hand-edited feed's JSON breaks, and what usually went wrong there: for the console of a
 * widget whose feed is not JSON (loader.ts loads this module only then) and for the command line
 * (bin/, which imports the built dist/json-break.js). Engines' messages differ: WebKit's names no
 * place, Chromium's at times only a quoted excerpt, Node 20's often no place at all.
 */

/** The index of the first character JSON does not allow where it stands, as a reader of JSON meets it; `undefined` when `text` is JSON. */
function breakOf(text: string): number | undefined {
  let at = 0;
  /** Moves past what `pattern` (sticky) matches at `at`: a regular expression scans a large feed many times faster than a loop per character. */
  const skip = (pattern: RegExp) => {
    pattern.lastIndex = at;
    pattern.test(text);
    at = pattern.lastIndex;
  };
  const space = () => skip(/[ \t\n\r]*/y);
  const fail = (): never => {
    throw at;
  };
  const string = () => {
    for (at++; ;) {
      skip(/[^"\\\0-\x1f]*/y);
      if (text[at] === '"') return at++;
      if (text[at] !== '\\') return fail();
      at++;
      if (!/["\\/bfnrt]|u[\da-fA-F]{4}/y.test(text.slice(at, at + 5))) fail();
      at += text[at] === 'u' ? 5 : 1;
    }
  };
  const members = (close: string, member: () => void) => {
    at++;
    space();
    if (text[at] === close) return at++;
    for (;;) {
      member();
      space();
      if (text[at] === close) return at++;
      if (text[at] !== ',') fail();
      at++;
      space();
    }
  };
  const value = () => {
    space();
    if (text[at] === '{')
      members('}', () => {
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ':') fail();
        at++;
        value();
      });
    else if (text[at] === '[') members(']', value);
    else if (text[at] === '"') string();
    else {
      const literal = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null/y;
      literal.lastIndex = at;
      if (!literal.test(text)) fail();
      at = literal.lastIndex;
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail();
  } catch (found) {
    // A document nested deeper than the stack: no place named.
    if (typeof found === 'number') return found;
  }
  return undefined;
}

/** What a hand-written feed's JSON usually lacks at `at`, or has too much of. */
function slipAt(text: string, at: number): string | undefined {
  const before = text.slice(0, at).trimEnd().at(-1) ?? '';
  const here = text[at];
  if (here === undefined) return 'the file ends early (a "}" or "]" missing?)';
  if (before === ',' && (here === '}' || here === ']')) return `a comma before "${here}": remove it (JSON has none after the last entry)`;
  if (here === '/') return 'JSON has no comments: remove them';
  if (here === "'") return 'a text in single quotes: JSON takes double quotes "…"';
  if (/[“”„‟«»‘’‚]/.test(here)) return 'typographic quotes (a word processor\'s "smart quotes"?): JSON takes straight double quotes "…"';
  if (here === '\u00a0') return 'a non-breaking space (copied from a web page or a word processor?): write an ordinary space';
  if (here === '\n' || here === '\r') return 'a text goes on past the end of its line: a " missing at its end? (a line break in a text is written \\n)';
  if (text[at - 1] === '\\') return 'a \\ in a text: write \\\\ for one (JSON reads \\ as the start of an escape such as \\n)';
  if (here === '\uFEFF') return 'an invisible byte order mark (BOM): save the file as UTF-8 without BOM';
  // An unescaped " ends a text early: the rest of it reads as a word JSON does not know.
  if (text[at - 1] === '"' && /[\p{L}\d]/u.test(here)) return 'a " inside a text ends it: write \\" there';
  if (/[{,]/.test(before) && /[\p{L}_$]/u.test(here)) return 'a name without double quotes: JSON takes "name"';
  if (/["{[\d]/.test(here) && /["}\]\del]/.test(before)) return 'a comma is missing before this';
  return undefined;
}

/**
 * Where the JSON of `text` breaks, as an editor counts (line and column from 1, columns in characters),
 * and, for the usual slips of a hand-edited file, what to write; `undefined` when no place is found.
 */
export function jsonBreak(text: string): { line: number; column: number; slip?: string | undefined } | undefined {
  const at = breakOf(text);
  if (at === undefined) return undefined;
  const lines = text.slice(0, at).split('\n');
  const last = lines.at(-1)!;
  // A character beyond the BMP (an emoji) is one column: its two UTF-16 units counted once.
  return { line: lines.length, column: last.length - (last.match(/[\uD800-\uDBFF](?=[\uDC00-\uDFFF])/g)?.length ?? 0) + 1, slip: slipAt(text, at) };
}

/**
 * For a widget: its console's note, "line 3, column 3: a comma is missing before this; " ("" when no place is found), and
 * the line, which its page message names for whoever edits the file.
 */
export function where(text: string): [note: string, line?: number] {
  const at = jsonBreak(text);
  return at ? [`line ${at.line}, column ${at.column}${at.slip ? `: ${at.slip}` : ''}; `, at.line] : [''];
}
