/**
 * The snippet configurator's model (demo/configurator.html): which options each widget has, and
 * the embed code written from a choice of them. Plain functions, no DOM: the page builds its form
 * from `WIDGETS` and shows `snippet(choice)`.
 *
 * Every value the webmaster types goes into the code escaped: attribute values with `&`, `"`, `<`
 * and `>` as character references, the fallback text with `&`, `<` and `>`, so a feed address
 * such as `/feed.json?a="><script>` stays one attribute value. Theme tokens are written only when
 * they are a colour (`#rrggbb`) or a length (`0.5rem`), so nothing else reaches the `<style>`.
 */

export type WidgetTag = 'jubilee-list' | 'conf-history' | 'conf-overview' | 'conf-programme' | 'partnership-map';

/** A form field for one attribute of a widget. `conference` and `city` suggest the ids of the chosen feed. */
export interface Field {
  attribute: string;
  label: string;
  kind: 'number' | 'select' | 'checkbox' | 'text' | 'conference' | 'city';
  /** For `select`: value and label; the empty value leaves the attribute out (the widget's default). */
  options?: readonly (readonly [value: string, label: string])[];
  hint?: string;
}

const COUNTRY: Field = {
  attribute: 'country',
  label: 'Land',
  kind: 'select',
  options: [
    ['', 'alle'],
    ['DE', 'Deutschland (DE)'],
    ['RU', 'Russland (RU)'],
  ],
};
const FROM: Field = { attribute: 'from', label: 'Ab Jahr', kind: 'number' };
const TO: Field = { attribute: 'to', label: 'Bis Jahr', kind: 'number' };
const CONFERENCE: Field = { attribute: 'conference', label: 'Konferenz', kind: 'conference', hint: 'leer: die laufende, sonst die nächste, sonst die letzte' };
const CITY: Field = { attribute: 'city', label: 'Stadt', kind: 'city', hint: 'eine Stadt-ID aus dem Feed, z. B. für die Seite einer Partnerstadt' };

/** `heading-level`: the widget's default first (left out of the code), then the others it takes (2 to 6; 1 is drawn as 2). */
const headingLevel = (initial: number): Field => ({
  attribute: 'heading-level',
  label: 'Überschriftenebene',
  kind: 'select',
  options: [['', `h${initial}`], ...[2, 3, 4, 5, 6].filter((level) => level !== initial).map((level) => [String(level), `h${level}`] as const)],
  hint: 'passend zur Gliederung Ihrer Seite',
});

export const WIDGETS: Record<WidgetTag, { name: string; fields: readonly Field[] }> = {
  'jubilee-list': {
    name: 'Jubiläen der Partnerschaften',
    fields: [
      { attribute: 'year', label: 'Jahr', kind: 'number', hint: 'leer: das laufende Jahr' },
      {
        attribute: 'step',
        label: 'Runde Jubiläen alle',
        kind: 'select',
        options: [
          ['', '10 Jahre'],
          ['5', '5 Jahre'],
          ['25', '25 Jahre'],
        ],
      },
      CITY,
      COUNTRY,
      headingLevel(3),
    ],
  },
  'conf-history': {
    name: 'Konferenzen im Überblick der Jahre',
    fields: [
      {
        attribute: 'order',
        label: 'Reihenfolge',
        kind: 'select',
        options: [
          ['', 'älteste zuerst'],
          ['desc', 'neueste zuerst'],
        ],
      },
      FROM,
      TO,
      COUNTRY,
      headingLevel(3),
    ],
  },
  'conf-overview': {
    name: 'Eine Konferenz auf einen Blick',
    fields: [
      CONFERENCE,
      {
        attribute: 'variant',
        label: 'Darstellung',
        kind: 'select',
        options: [
          ['', 'vollständig'],
          ['compact', 'kompakt (für eine Seitenleiste)'],
        ],
      },
      headingLevel(2),
      { attribute: 'no-logos', label: 'Keine Logos laden', kind: 'checkbox' },
    ],
  },
  'conf-programme': {
    name: 'Konferenzprogramm',
    fields: [
      CONFERENCE,
      {
        attribute: 'view',
        label: 'Ansicht',
        kind: 'select',
        options: [
          ['', 'Liste'],
          ['grid', 'Raster nach Orten'],
        ],
      },
      headingLevel(2),
      {
        attribute: 'hash-prefix',
        label: 'Präfix der Links in der Adresse (#…)',
        kind: 'text',
        hint: 'leer: programme; zwei Programme auf einer Seite brauchen verschiedene',
      },
    ],
  },
  'partnership-map': {
    name: 'Karte der Partnerschaften',
    fields: [
      CITY,
      COUNTRY,
      FROM,
      TO,
      {
        attribute: 'view',
        label: 'Zuerst zeigen',
        kind: 'select',
        options: [
          ['', 'Karte'],
          ['table', 'Tabelle'],
        ],
      },
      headingLevel(3),
    ],
  },
};

/** Shared theme tokens the configurator offers (README, Theming). */
export const TOKENS = [
  { name: '--sp-color-accent', label: 'Akzentfarbe (Überschriften, Links, Fokus)', kind: 'colour', initial: '#0b5394' },
  { name: '--sp-color-text', label: 'Textfarbe', kind: 'colour', initial: '#1d2330' },
  { name: '--sp-color-surface', label: 'Hintergrund von Karten und Feldern', kind: 'colour', initial: '#ffffff' },
  { name: '--sp-radius', label: 'Eckenradius', kind: 'length', initial: '0.375rem' },
] as const;

export const LANGUAGES = [
  ['', 'wie die Seite (<html lang>)'],
  ['de', 'Deutsch'],
  ['ru', 'Russisch'],
  ['en', 'Englisch'],
] as const;

export const DEFAULT_SCRIPT = 'https://unpkg.com/staedtepartner-widgets@0.1/dist/cdn/staedtepartner-widgets.js';

export interface Choice {
  tag: WidgetTag;
  /** The feed's address, as it is to stand in `src`. */
  src: string;
  /** Attribute values by attribute name; empty values are left out, checkboxes are `''` (off) or `'on'`. */
  attributes: Record<string, string>;
  /** Token values by token name; only valid colours and lengths are written. */
  tokens: Record<string, string>;
  language: string;
  /** Shown inside the element until the widget has loaded, or when its script cannot run. */
  fallback: string;
  script: string;
}

const ATTRIBUTE_ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** A value for a double-quoted attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"<>]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

/** Text between tags. */
export function escapeText(value: string): string {
  return value.replace(/[&<>]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

const COLOUR = /^#[\da-f]{6}$/i;
/** A length as the tokens take one: `0`, or a number with px, rem or em (`6px`, `0.5rem`, `.5rem`). */
const LENGTH = /^(0|(\d{1,3}(\.\d{1,3})?|\.\d{1,3})(px|rem|em))$/;
/** A year as the widgets read one: a whole number from 1 to 9999 (`2021.5`, `-5`, `1e3` are not). */
const YEAR = /^[1-9]\d{0,3}$/;

/** The attributes of the element, in the order the widget's fields list them, `src` first. */
export function attributesOf(choice: Choice): [string, string][] {
  const fields = WIDGETS[choice.tag].fields;
  const attributes: [string, string][] = [['src', choice.src]];
  for (const field of fields) {
    const value = (choice.attributes[field.attribute] ?? '').trim();
    // A year the widgets would not read ("2021.5", "1e3") is left out of the code; the form says so.
    if (!value || (field.kind === 'number' && !YEAR.test(value))) continue;
    attributes.push([field.attribute, field.kind === 'checkbox' ? '' : value]);
  }
  return attributes;
}

/** The tokens that are written: valid colours and lengths only. */
export function tokensOf(choice: Choice): [string, string][] {
  return TOKENS.filter(({ name, kind }) => (kind === 'colour' ? COLOUR : LENGTH).test(choice.tokens[name] ?? '')).map(({ name }) => [
    name,
    choice.tokens[name]!,
  ]);
}

/**
 * The script's address as an `import` names it inside a `<script>`: a path relative to the page
 * starts with `./` (else it would be a package name), and no `<` can end the script.
 */
export function moduleSpecifier(address: string): string {
  const path = /^([a-z][a-z\d+.-]*:|\/|\.\.?\/)/i.test(address) ? address : `./${address}`;
  return JSON.stringify(path).replace(/</g, '\\u003c');
}

/**
 * The embed code for `choice`: the script tag, the language, the tokens' style rule, the element
 * with its fallback content. The element is one line: WordPress's classic editor closes a paragraph
 * at each line break, which took a fallback `<p>` on its own line out of the element, so that it
 * stayed on the page below the widget.
 */
export function snippet(choice: Choice): string {
  const script = choice.script.trim() || DEFAULT_SCRIPT;
  const lines = [`<script type="module" src="${escapeAttribute(script)}"></script>`];
  if (LANGUAGES.some(([value]) => value && value === choice.language)) {
    // A module script, as a webmaster who cannot change the page's <html> (a CMS's template) can paste it.
    lines.push(
      `<!-- Sprache nur der Widgets; ohne dieses Skript sprechen sie die Sprache der Seite. Verbietet die Seite Skripte im HTML (Content-Security-Policy), stattdessen: <html lang="…" data-staedtepartner-lang="${choice.language}"> -->`,
      `<script type="module">import { setLanguage } from ${moduleSpecifier(script)}; setLanguage("${choice.language}");</script>`,
    );
  }
  const tokens = tokensOf(choice);
  if (tokens.length > 0) {
    lines.push('<style>', `  ${choice.tag} {`, ...tokens.map(([name, value]) => `    ${name}: ${value};`), '  }', '</style>');
  }
  const attributes = attributesOf(choice)
    .map(([name, value]) => (value === '' && name !== 'src' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  lines.push(`<${choice.tag}${attributes}>${escapeText(choice.fallback.trim())}</${choice.tag}>`);
  return lines.join('\n');
}
