/**
 * The Markdown of imported abstracts and descriptions read as the feed's plain text (docs/feed.md,
 * "What is lost"). pretalx writes them in Markdown, and so do the frab and schedule2 files that
 * pretalx exports; the widgets show text only, so a reader would see `**`, `#` and `[…](…)` as
 * written and a list run together into one line. Here the markers go and each block (paragraph,
 * heading, list item, quotation) becomes a paragraph of its own (blank lines between); lines
 * within a paragraph stay as they are. Nothing is rendered as formatting, and no address becomes a
 * link: a link reads "text (address)". HTML within it (which pretalx's widget renders) is read the
 * same way, and character references (`&amp;`) last.
 *
 * Text that is not Markdown passes through nearly unchanged: the inline rules need a marker on both
 * sides of a word (`2 * 3`, `snake_case` and `file_name.txt` stay). Each pattern stops at the next
 * marker or line end, so a 20,000-character text of markers takes linear time.
 */

/** A list item (`-`, `*`, `+`, `1.`, `1)`), a heading (`#` … `######`) or a quotation (`>`) at a line's start. */
const LIST_ITEM = /^\s{0,3}(?:[-*+]|(\d{1,9})[.)])\s+/;
const HEADING = /^\s{0,3}#{1,6}(?:\s+|$)/;
const QUOTE = /^\s{0,3}>\s?/;
/** A thematic break (`---`, `***`, `___`). */
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
/** What a line of any of those begins with. */
const BLOCK_START = '-*+_#>0123456789';
/**
 * A fenced code block: a fence (three or more backticks, its info string without one, or tildes) up
 * to one of the same character at least as long, or to the text's end; and a code span: a run of
 * backticks (not after a backslash) up to the next run of as many on its line.
 */
const FENCED = /^ {0,3}(`{3,}(?=[^`\n]*$)|~{3,})[^\n]*([\s\S]*?)(?:\n {0,3}\1[`~]* *$|$(?![\s\S]))/gm;
const SPAN = /(?<![\\`])(`+)(?!`)([^\n]*?[^`\n])\1(?!`)/g;
/** A piece of code's place in the text while the rest is read (`kept`'s index between two private-use characters). */
const KEPT_CODE = /\ue180(\d+)\ue181/g;

/**
 * `text` with its code set aside in `kept`, each piece replaced by its place: what code holds is
 * read as written, as CommonMark and pretalx's widget show it, no Markdown, HTML or character
 * reference in it (`**kwargs`, `__init__`, `<template>`, `&amp;`). A fenced block becomes a
 * paragraph of its own; a span loses one space at each end when it has one at both.
 */
function keepCode(text: string, kept: string[]): string {
  const keep = (code: string) => `\ue180${kept.push(code) - 1}\ue181`;
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FENCED, (_, _fence: string, code: string) => `\n\n${code.trim() ? keep(code.slice(1)) : ''}\n\n`)
    .replace(SPAN, (_, _run: string, code: string) => keep(code[0] === ' ' && code.endsWith(' ') && code.trim() ? code.slice(1, -1) : code));
}

/** Inline markers, each pattern bounded by the next marker of its kind or the line's end. */
const INLINE: readonly [RegExp, string][] = [
  // ![alt](address) → alt
  [/!\[([^[\]\n]*)\]\([^)\n]*\)/g, '$1'],
  // [text](address "title") → text (address); the address alone when it is the text
  [/\[([^[\]\n]+)\]\(\s*<?([^)[\]\s>]+)>?(?:\s+"[^"\n]*")?\s*\)/g, '\ue000$1\ue001$2\ue002'],
  // <https://…> → https://…
  [/<((?:https?|mailto):[^<>\s]+)>/g, '$1'],
  // **strong**, __strong__
  [/\*\*(?=\S)([^*\n]*?\S)\*\*/g, '$1'],
  [/(^|[^\p{L}\p{N}_])__(?=\S)([^_\n]*?\S)__(?![\p{L}\p{N}_])/gu, '$1$2'],
  // *emphasis*, _emphasis_. A marker within a word, in any script, is not emphasis (as CommonMark
  // has it for underscores; for stars too, so that 5*3*2 stays).
  [/(^|[^\p{L}\p{N}*])\*(?=[^\s*])([^*\n]*?[^\s*])\*(?![\p{L}\p{N}*])/gu, '$1$2'],
  [/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_\n]*?[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2'],
  // ~~strike~~
  [/~~(?=\S)([^~\n]*?\S)~~/g, '$1'],
];

/** Punctuation after a backslash stands for itself: kept apart (as a private-use character) until the markers are gone. */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const KEPT = /[\ue100-\ue17f]/g;

function inline(line: string): string {
  // Most lines have no inline marker at all. A line that has characters of the private-use ranges
  // above already (an icon font's) is left as written.
  if (!/[*_`[<\\~]/.test(line) || /[\ue000-\ue17f]/.test(line)) return line;
  let text = line.replace(ESCAPED, (_, mark: string) => String.fromCharCode(0xe100 + mark.charCodeAt(0)));
  for (const [pattern, replacement] of INLINE) text = text.replace(pattern, replacement);
  // A link's text and address: "text (address)", or the address once when the text is the address.
  return text
    .replace(/\ue000([^\ue001]*)\ue001([^\ue002]*)\ue002/g, (_, label: string, href: string) => {
      const address = href.replace(/^mailto:/, '');
      return label === href || label === address ? label : `${label} (${address})`;
    })
    .replace(KEPT, (mark) => String.fromCharCode(mark.charCodeAt(0) - 0xe100));
}

/**
 * HTML within Markdown, which pretalx's widget renders (markdown-it with HTML, then DOMPurify): for
 * HTML's own tags of this pattern only (so `<Stadt>` or `<https://…>` stay as written), a block tag
 * starts a paragraph, `<br>` a line, `<li>` a list item, a link is a Markdown link (an http(s) or
 * mailto address; else its text alone), and the others (`<b>`, `<span …>`, `<img>`, and the
 * `<o:p>`, `<st1:City>` or `<v:shape>` of text pasted from Word) go, their text kept. Attributes
 * never hold `<` or `>` here, so each pattern stops at the next of them.
 */
const HTML_TAG =
  /<(\/?)(?:(br)|(li)|(p|div|h[1-6]|[ou]l|d[ltd]|blockquote|pre|table|tr|hr|section|article|header|footer)|a|abbr|b|strong|i|em|u|s|del|ins|mark|small|su[bp]|span|code|kbd|cite|q|font|img|t[dh]|tbody|thead|center|(?:[ovwm]|st\d):\w+)\b[^<>]*>/gi;
/**
 * What pretalx's widget (DOMPurify) drops with its content: comments, among them the conditional
 * ones that text pasted from Word carries (`<!--[if gte mso 9]><xml>…</xml><![endif]-->`), and
 * scripts and style sheets. Unclosed, each reaches the end of the text, as the HTML parser reads it.
 */
const HTML_DROPPED = /<!--[\s\S]*?(?:-->|$)|<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HTML_LINK = /<a\b[^<>]*?\bhref\s*=\s*["']?((?:https?:\/\/|mailto:)[^\s"'()[\]<>]+)["']?[^<>]*>([^<[\]\n]+)<\/a\s*>/gi;

/**
 * Character references: numeric ones, and the names editors and CMSes write in running text: HTML 4's
 * Latin-1 (letters with accents, `&szlig;`, `&copy;`) and special characters (quotes, dashes, spaces,
 * `&euro;`), XML's `&apos;`, and a few of its symbols (`&bull;`, `&hellip;`, `&trade;`, arrows,
 * `&minus;`). Other names (HTML 4's Greek and mathematics, HTML5's `&Acy;`) stay as written: each
 * hundred names costs about 0.4 kB gzip, and all 2,231 would cost more than the importer's code for
 * the rest. Runs of consecutive code points: the first's number, then a name per code point.
 */
const NAME_RUNS =
  '34 quot;38 amp apos;60 lt;62 gt;' +
  '160 nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest ' +
  'Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig ' +
  'agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml;' +
  '338 OElig oelig;352 Scaron scaron;376 Yuml;710 circ;732 tilde;8194 ensp emsp;8201 thinsp;8204 zwnj zwj lrm rlm;8211 ndash mdash;' +
  '8216 lsquo rsquo sbquo;8220 ldquo rdquo bdquo;8224 dagger Dagger bull;8230 hellip;8240 permil;8242 prime Prime;8249 lsaquo rsaquo;' +
  '8364 euro;8482 trade;8592 larr;8594 rarr;8596 harr;8722 minus';
let named: Map<string, string> | undefined;

/** The table above, made once, on the first named reference. */
export function namedCharacters(): Map<string, string> {
  if (!named) {
    const table = (named = new Map());
    for (const run of NAME_RUNS.split(';')) {
      const [first, ...names] = run.split(' ');
      names.forEach((name, index) => table.set(name, String.fromCodePoint(+first + index)));
    }
  }
  return named;
}

const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z][a-z\d]{1,7}));/gi;
/** The six that text needs most, read in capitals too (`&NBSP;`), as before the table. */
const CAPITALS = /^(?:amp|lt|gt|quot|apos|nbsp)$/i;

/** `text` with its character references read (`&amp;` as `&`, `&#8211;` as `–`); the names the table above has, others as written. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (reference, decimal?: string, hex?: string, name?: string) => {
    if (name) {
      const names = namedCharacters();
      return names.get(name) ?? (CAPITALS.test(name) ? names.get(name.toLowerCase())! : reference);
    }
    const code = decimal ? +decimal : parseInt(hex!, 16);
    // No control characters (but tab and line break), surrogates or numbers beyond Unicode: the replacement character, as HTML has it.
    return code > 0x10ffff || (code > 0xd7ff && code < 0xe000) || (code < 32 && code !== 9 && code !== 10) || (code > 126 && code < 160)
      ? '\ufffd'
      : String.fromCodePoint(code);
  });
}

/**
 * `text` with Markdown's markers removed and its blocks as paragraphs separated by blank lines; HTML
 * tags read as Markdown first (above), character references (`&amp;`, `&#8211;`) read last.
 */
export function markdownToText(text: string): string {
  // Nothing to do for text without any marker (the common case of a one-line abstract).
  if (!/[*_`#>[\]<\\~]|&[#a-zA-Z]|^\s{0,3}(?:[-+]\s|\d{1,9}[.)]\s|-\s*-\s*-|=+\s*$)/m.test(text)) return text;
  // Code first (a text with the placeholders' characters already, an icon font's, is read without it).
  const kept: string[] = [];
  if (/[`~]/.test(text) && !/[\ue180\ue181]/.test(text)) text = keepCode(text, kept);
  const code = (read: string) => (kept.length ? read.replace(KEPT_CODE, (_, index: string) => kept[+index]) : read);
  if (text.includes('<')) {
    text = text
      .replace(HTML_DROPPED, '')
      .replace(HTML_LINK, '[$2]($1)')
      .replace(HTML_TAG, (_, close: string, br?: string, li?: string, block?: string) => (br ? '\n' : li ? (close ? '\n\n' : '\n\n- ') : block ? '\n\n' : ''));
  }
  const blocks: string[][] = [];
  let block: string[] | undefined;
  const end = () => {
    if (block?.length) blocks.push(block);
    block = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const start = raw.trimStart()[0];
    if (start === undefined) {
      end();
      continue;
    }
    // A line of = under a paragraph's line makes it a heading (setext): a paragraph of its own.
    if (block && start === '=' && /^\s{0,3}=+\s*$/.test(raw)) {
      end();
      continue;
    }
    // Only a line that begins with one of these can be a block's marker: the others are read for inline markers alone.
    if (BLOCK_START.includes(start)) {
      if (RULE.test(raw)) {
        end();
        continue;
      }
      const item = LIST_ITEM.exec(raw);
      if (item) {
        // An item begins a paragraph; the lines that follow it without a blank line continue it.
        end();
        block = [inline(`${item[1] ? `${item[1]}.` : '•'} ${raw.replace(LIST_ITEM, '')}`)];
        continue;
      }
      if (HEADING.test(raw)) {
        end();
        const heading = inline(raw.replace(HEADING, '').replace(/\s+#+\s*$/, ''));
        if (heading) blocks.push([heading]);
        continue;
      }
    }
    const line = inline(raw.replace(QUOTE, '').trim());
    if (line.trim()) (block ??= []).push(line);
  }
  end();
  const read = blocks.map((lines) => lines.join('\n')).join('\n\n');
  if (!read.includes('&')) return code(read);
  // A paragraph of references alone (a CMS's `<p>&nbsp;</p>`) is blank once read: no paragraph.
  return code(
    decodeEntities(read)
      .split('\n\n')
      .filter((paragraph) => paragraph.trim())
      .join('\n\n'),
  );
}
