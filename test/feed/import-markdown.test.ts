/**
 * The Markdown of imported abstracts and descriptions (pretalx writes them in Markdown, and so do
 * the frab and schedule2 files it exports) read as the feed's plain text: no `**`, `#` or `[…](…)`
 * shown as written, and each list item a paragraph of its own rather than all items on one line.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { importSchedule, type ImportedSchedule } from '../../src/feed/import/index.js';
import { markdownToText, namedCharacters } from '../../src/feed/import/markdown.js';
import type { Session } from '../../src/feed/schema.js';
import { validateFeed } from '../../src/feed/validate.js';
import { shadow, texts } from '../support/widgets.js';
import { cleanUp, programme } from '../conf-programme/support.js';

const ABSTRACT = [
  '## Worum es geht',
  '#',
  '',
  'Wir sprechen über **Partnerschaft** und _Jugend_,',
  'auf zwei Zeilen.',
  '',
  '- erstens',
  '- zweitens, mit [Programm](https://example.org/p "Titel")',
  '  und weiter',
  '1. eins',
  '2) zwei',
  '',
  '> ein *Zitat*',
  '',
  '---',
  '![](https://example.org/bild.png)',
  'Mehr: <https://example.org/x>, `Code` und \\*Sternchen\\*.',
].join('\n');

const READ = [
  'Worum es geht',
  'Wir sprechen über Partnerschaft und Jugend,\nauf zwei Zeilen.',
  '• erstens',
  '• zweitens, mit Programm (https://example.org/p)\nund weiter',
  '1. eins',
  '2. zwei',
  'ein Zitat',
  'Mehr: https://example.org/x, Code und *Sternchen*.',
].join('\n\n');

function imported(document: unknown): ImportedSchedule {
  const result = importSchedule(document);
  if (!result || typeof result !== 'object') throw new Error('not recognised as a schedule');
  return result;
}

const sessionsOf = (result: ImportedSchedule): Session[] => (result.document.conferences?.[0]?.sessions ?? []) as Session[];

const pretalx = (talk: Record<string, unknown>) => ({
  timezone: 'Europe/Berlin',
  rooms: [{ id: 1, name: 'Saal' }],
  talks: [{ code: 'MD1', title: 'Markdown', room: 1, start: '2024-06-25T10:00:00+02:00', end: '2024-06-25T11:00:00+02:00', speakers: [], ...talk }],
});

describe('imported Markdown', function () {
  this.timeout(30_000);
  afterEach(() => cleanUp(() => false));

  it('reads a pretalx abstract as paragraphs of plain text, in every language of it', () => {
    const result = imported(pretalx({ abstract: ABSTRACT, description: { de: '**Hinweis:** Anmeldung nötig', ru: '*Внимание*: нужна регистрация' } }));
    const [session] = sessionsOf(result);
    expect(session.description).to.deep.equal({ de: `${READ}\n\nHinweis: Anmeldung nötig`, ru: `${READ}\n\nВнимание: нужна регистрация` });
    expect(validateFeed(result.document).ok).to.equal(true);
  });

  it('reads frab abstracts and descriptions the same way', () => {
    const result = imported({
      schedule: {
        version: '1',
        conference: {
          acronym: 'camp',
          title: 'Camp',
          start: '2024-06-25',
          end: '2024-06-25',
          time_zone_name: 'Europe/Berlin',
          days: [
            {
              index: 0,
              date: '2024-06-25',
              rooms: { Saal: [{ id: 1, guid: 'g1', title: 'Talk', date: '2024-06-25T10:00:00+02:00', duration: '01:00', abstract: ABSTRACT, persons: [] }] },
            },
          ],
        },
      },
    });
    expect(sessionsOf(result)[0].description).to.equal(READ);
  });

  it('leaves text that only looks like it alone', () => {
    for (const text of [
      'Begrüßung durch beide Partnerstädte.',
      '2 * 3 = 6 und 4 * 5, snake_case_name, file_name.txt, C_2 und a*b*c',
      'Preis: 5 € – Treffpunkt # 3 <am Rathaus>',
      'Zeile eins\nZeile zwei',
      'имя_файла_тест и Straßen_namen_liste, 5*3*2 и слово*слово*',
      // Private-use characters (an icon font's), which the reading uses as placeholders: kept, markers and all.
      '\ue000 **Icon** \ue12a [a](b)',
      // Tags that are not HTML's, references that are no character's (or lack their semicolon), and HTML5's later names.
      'Treffen <Stadt> & Land, <Jugend/>, <bdi>; &unbekannt; &Ndash; &Auml ohne Semikolon, &#; &#x; &Acy; &NewLine; R&D; AT&T;',
    ]) {
      expect(markdownToText(text), text).to.equal(text);
    }
  });

  it('keeps markers that lead nowhere, in floods of them, as they were', () => {
    // Markers that open and never close (each pattern stops at the next marker of its kind, so these stay linear; timed outside the suite).
    for (const flood of [
      '<b'.repeat(10000),
      '<a href="'.repeat(5000),
      '&#'.repeat(10000),
      '[a]('.repeat(5000),
      '<https:'.repeat(3000),
      '!['.repeat(10000),
      '**a '.repeat(5000),
      '_a '.repeat(6000),
      '['.repeat(20000),
    ]) {
      expect(markdownToText(flood), flood.slice(0, 12)).to.equal(flood.trim());
    }
    // A line of stars is a thematic break: nothing to read.
    expect(markdownToText('*'.repeat(20000))).to.equal('');
  });

  it('reads HTML as pretalx’s widget shows it: blocks as paragraphs, <br> as a line, items, links, character references', () => {
    const html =
      '<p class="intro">Wir laden <b>herzlich</b> ein.<br>Ort: <span style="color:red">Rathaus</span></p>' +
      '<ul><li>Vortrag</li><li><a href="https://example.org/p" target="_blank">Programm</a></li></ul>' +
      '<h3>Mehr</h3><p>Tom &amp; Jerry &#8211; &#8222;Gäste&#8220; &#x41;&NBSP;&auml; &lt;b&gt;bleibt&lt;/b&gt; &ndash; Gr&uuml;&szlig;e &bdquo;aus&ldquo; K&ouml;ln&hellip; 5&nbsp;&euro;</p>';
    expect(markdownToText(html)).to.equal(
      'Wir laden herzlich ein.\nOrt: Rathaus\n\n• Vortrag\n\n• Programm (https://example.org/p)\n\nMehr\n\nTom & Jerry – „Gäste“ A\u00a0ä <b>bleibt</b> – Grüße „aus“ Köln… 5\u00a0€',
    );
    // A link that is no http(s) or mailto address, or whose text has brackets, is its text alone; a script goes with its text (never run).
    expect(
      markdownToText(
        '<a href="javascript:alert(1)">hier</a> und <a href=\'mailto:info@example.org\'>Mail</a>, <a href=https://a.example>[1]</a><script>x()</script>',
      ),
    ).to.equal('hier und Mail (info@example.org), [1]');
    // No control characters, surrogates or numbers beyond Unicode: the replacement character.
    expect(markdownToText('a&#1;b&#55296;c&#1114112;d&#10;e')).to.equal('a\ufffdb\ufffdc\ufffdd\ne');
  });

  it('drops what pretalx’s widget drops with its content (comments, scripts, style sheets), and the markup of text pasted from Word', () => {
    // Word's conditional comment holds its settings as XML; its paragraphs end in <o:p>, places are smart tags, and an empty line is <p>&nbsp;</p>.
    const word =
      '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->' +
      '<style>p.MsoNormal { margin: 0 }</style>' +
      '<p class="MsoNormal">Herzlich willkommen in <st1:City w:st="on">Wolgograd</st1:City>!<o:p></o:p></p>' +
      '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' +
      '<p class="MsoNormal">Beginn um 10 Uhr.<o:p></o:p></p>';
    expect(markdownToText(word)).to.equal('Herzlich willkommen in Wolgograd!\n\nBeginn um 10 Uhr.');
    expect(markdownToText('<p>Eins</p><p>&nbsp;</p><p>Zwei</p>'), 'a paragraph of a space alone').to.equal('Eins\n\nZwei');
    expect(markdownToText('<p>&nbsp;</p>'), 'nothing else').to.equal('');
    // A comment in Markdown; one left open reaches the end of the text, as the HTML parser reads it, and so does an open script.
    expect(markdownToText('**Vorsicht** <!-- Raum noch offen -->bitte anmelden')).to.equal('Vorsicht bitte anmelden');
    expect(markdownToText('Anmeldung bis Mai <!-- Raum\n\nnoch offen')).to.equal('Anmeldung bis Mai');
    expect(markdownToText('Text<SCRIPT type="module">import("x")\n\nmehr')).to.equal('Text');
    // Only Word's namespaces: an address in angle brackets stays one.
    expect(markdownToText('Schreiben Sie an <mailto:info@example.org> oder <https://example.org/x>')).to.equal(
      'Schreiben Sie an mailto:info@example.org oder https://example.org/x',
    );
    // Nor can they make the reading slow (each pattern stops at the next '<' or runs to the end once).
    expect(markdownToText('<!--'.repeat(20000)), 'open comments').to.equal('');
    expect(markdownToText('<style>'.repeat(20000)), 'open style sheets').to.equal('');
    for (const flood of ['<script '.repeat(20000), '<o:p '.repeat(20000), '<!-'.repeat(20000)]) {
      expect(markdownToText(flood), flood.slice(0, 8)).to.equal(flood.trim());
    }
  });

  it('reads a heading underlined with = or - (setext) as a paragraph of its own, and a line of = elsewhere as written', () => {
    expect(markdownToText('Worum es geht\n=============\nText darunter\n\nUnd mehr\n---\nZum Schluss')).to.equal(
      'Worum es geht\n\nText darunter\n\nUnd mehr\n\nZum Schluss',
    );
    expect(markdownToText('=====\n\nErgebnis: a == b')).to.equal('=====\n\nErgebnis: a == b');
  });

  it('shows code as written, as pretalx’s widget does: no Markdown, HTML or reference in a code span or a fenced block is read', () => {
    expect(markdownToText('Mit `<template>` und `<slot>`, `&amp;` neben &amp;')).to.equal('Mit <template> und <slot>, &amp; neben &');
    expect(markdownToText('`**kwargs**`, `__init__` und `a_b_c` neben **fett** in *`Code`*')).to.equal('**kwargs**, __init__ und a_b_c neben fett in Code');
    // A span ends at the next run of as many backticks; it loses one space at each end when both have one.
    expect(markdownToText('``a ` b`` und `` `x` ``')).to.equal('a ` b und `x`');
    // A backtick after a backslash is one; one that is never closed stays.
    expect(markdownToText('\\`kein Code\\` und `offen _kursiv_')).to.equal('`kein Code` und `offen kursiv');
    // A fenced block is a paragraph of its lines as written, blank ones too; one left open reaches the end.
    expect(markdownToText('Vorher\n```python\n# Kommentar\n<div>x</div>\n- kein Punkt\n\n**x**\n```\nNachher **fett**')).to.equal(
      'Vorher\n\n# Kommentar\n<div>x</div>\n- kein Punkt\n\n**x**\n\nNachher fett',
    );
    expect(markdownToText('Offen\n~~~\n<b>x</b> &amp;\n````')).to.equal('Offen\n\n<b>x</b> &amp;\n````');
    // Three backticks with more on their line are a span, not a fence; an empty block leaves nothing.
    expect(markdownToText('```x``` bleibt\n```\n```\nweiter')).to.equal('x bleibt\n\nweiter');
    // Floods of backticks and fences: one pass over each line's runs (timed outside the suite), and nothing of the reading left in the text.
    // A line of backticks alone opens a fence that is never closed: an empty block, nothing shown.
    expect(markdownToText('`'.repeat(20000))).to.equal('');
    expect(markdownToText('```\n'.repeat(5000))).to.equal('');
    for (const flood of ['` ``'.repeat(5000), '`a``b'.repeat(5000), 'x `'.repeat(7000)]) {
      const read = markdownToText(flood);
      expect(read, flood.slice(0, 8)).not.to.match(/[\ue180\ue181]/);
      expect(read.length, flood.slice(0, 8)).to.be.within(1, flood.length);
    }
  });

  it('reads the named references of running text as the browser does, and leaves the others as written', () => {
    // The browser's own decoding (a textarea's content is text: its references are read, nothing else) is the reference.
    const decode = (text: string) => {
      const area = document.createElement('textarea');
      area.innerHTML = text;
      return area.value;
    };
    const names = namedCharacters();
    for (const [name, character] of names) {
      expect(character, name).to.equal(decode(`&${name};`));
      expect(markdownToText(`a&${name};b`), name).to.equal(`a${character}b`);
    }
    // HTML 4's 96 Latin-1 and 32 special characters, XML's &apos; and nine of HTML 4's symbols.
    expect(names.size).to.equal(138);
    // HTML 4's Greek and mathematics, HTML5's later names: names the browser reads, left as written.
    for (const name of ['alpha', 'Omega', 'infin', 'hearts', 'Acy', 'NewLine', 'check']) {
      expect(decode(`&${name};`), name).not.to.equal(`&${name};`);
      expect(names.has(name), name).to.equal(false);
      expect(markdownToText(`a&${name};b`), name).to.equal(`a&${name};b`);
    }
  });

  it('drops a text of markers alone rather than showing an empty description', () => {
    const [session] = sessionsOf(imported(pretalx({ abstract: '---', description: '***' })));
    expect(session.description).to.equal(undefined);
  });

  it('shows each list item as a paragraph of its own in <conf-programme>, with no marker left', async () => {
    const element = await programme({ feed: imported(pretalx({ abstract: ABSTRACT })).document });
    const details = shadow(element).querySelector<HTMLDetailsElement>('[part~="description"]')!;
    details.open = true;
    const paragraphs = texts(details, 'p');
    expect(paragraphs).to.include.members(['• erstens', '1. eins', '2. zwei', 'ein Zitat']);
    expect(details.textContent).not.to.match(/\*\*|##|\]\(/);
  });
});
