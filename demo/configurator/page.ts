// The snippet configurator (demo/configurator.html): a form built from the widgets' options, a
// live widget made from the same choice, and the embed code (snippet.ts) with a copy button.
// Uses the sources directly, like the demo.
import '../../src/all.js';
import { DEFAULT_SCRIPT, LANGUAGES, TOKENS, WIDGETS, attributesOf, snippet, tokensOf, type Choice, type Field, type WidgetTag } from './snippet.js';

const SAMPLE_FEED = 'feed.json';

const form = document.querySelector<HTMLFormElement>('#options')!;
const tagSelect = form.querySelector<HTMLSelectElement>('#tag')!;
const srcInput = form.querySelector<HTMLInputElement>('#src')!;
const fieldsBox = form.querySelector<HTMLElement>('#fields')!;
const tokensBox = form.querySelector<HTMLElement>('#tokens')!;
const languageSelect = form.querySelector<HTMLSelectElement>('#language')!;
const feedStatus = form.querySelector<HTMLElement>('#feed-status')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const code = document.querySelector<HTMLElement>('#snippet')!;
const copyButton = document.querySelector<HTMLButtonElement>('#copy')!;
const copyStatus = document.querySelector<HTMLElement>('#copy-status')!;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(created, properties);
  created.append(...children);
  return created;
}

for (const [tag, { name }] of Object.entries(WIDGETS)) tagSelect.append(element('option', { value: tag }, `${name} <${tag}>`));
for (const [value, label] of LANGUAGES) languageSelect.append(element('option', { value }, label));
form.querySelector<HTMLInputElement>('#script')!.value = DEFAULT_SCRIPT;

const LENGTH_HINT = 'Eine Zahl mit px, rem oder em, z. B. 0.5rem oder 6px, oder 0.';
const YEAR_HINT = 'Steht so nicht im Code: eine ganze Jahreszahl von 1 bis 9999.';

for (const token of TOKENS) {
  const id = `token${token.name}`;
  const use = element('input', { type: 'checkbox', id: `${id}-use`, name: `${id}-use` });
  const input =
    token.kind === 'colour'
      ? element('input', { type: 'color', id, name: id, value: token.initial, disabled: true })
      : element('input', { type: 'text', id, name: id, value: token.initial, disabled: true, pattern: String.raw`0|(\d+(\.\d+)?|\.\d+)(px|rem|em)` });
  use.addEventListener('change', () => (input.disabled = !use.checked));
  // A length says how it is written, and when it is not taken into the code (update()).
  const hint = token.kind === 'length' ? [element('span', { className: 'hint', id: `${id}-hint` }, LENGTH_HINT)] : [];
  if (hint.length) input.setAttribute('aria-describedby', hint[0]!.id);
  tokensBox.append(
    element(
      'div',
      { className: 'token' },
      use,
      element('label', { htmlFor: use.id }, `${token.label} festlegen`),
      element('label', { htmlFor: id, className: 'visually-hidden' }, `${token.label}, Wert`),
      input,
      element('code', {}, token.name),
      ...hint,
    ),
  );
}

/** Ids and names of the chosen feed's conferences and cities, offered in the conference and city fields. */
let suggestions: { conferences: [string, string][]; cities: [string, string][] } = { conferences: [], cities: [] };
let suggestionsFor = '';

const nameOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : value && typeof value === 'object'
      ? String((value as Record<string, unknown>)['de'] ?? Object.values(value)[0] ?? '')
      : '';

async function loadSuggestions(src: string): Promise<void> {
  if (src === suggestionsFor) return;
  suggestionsFor = src;
  const offered = suggestions.conferences.length + suggestions.cities.length > 0;
  suggestions = { conferences: [], cities: [] };
  feedStatus.textContent = '';
  // The ids of the feed chosen before are not this one's (they stayed offered for an own address).
  if (offered) buildFields();
  // An own address not yet typed: the code says src="", and the widget only that it has no feed.
  if (!src) {
    feedStatus.textContent = 'Bitte die Adresse Ihres Feeds eintragen; ohne sie zeigt das Widget nur, dass sie fehlt.';
    return;
  }
  try {
    const answer = await fetch(new URL(src, location.href));
    if (!answer.ok) throw new Error(`HTTP ${answer.status}`);
    const feed = (await answer.json()) as { conferences?: { id: string; title?: unknown; start?: string }[]; cities?: { id: string; name?: unknown }[] };
    if (src !== suggestionsFor) return;
    suggestions = {
      conferences: (feed.conferences ?? []).map((conference) => [conference.id, `${nameOf(conference.title)} ${conference.start ?? ''}`.trim()]),
      cities: (feed.cities ?? []).map((city) => [city.id, nameOf(city.name)]),
    };
  } catch (error) {
    if (src !== suggestionsFor) return;
    // The widget in the preview says what is wrong, in its own words; here only that no ids can be offered,
    // and where the preview looked: README's "/partnerschaften/feed.json", right on the webmaster's site,
    // was read from this server, and the widget's "HTTP 404, check the address" told them to change it.
    const read = URL.canParse(src, location.href) ? new URL(src, location.href) : undefined;
    feedStatus.textContent = `Aus dieser Adresse konnten keine Konferenzen und Städte gelesen werden; die Vorschau zeigt, warum.${
      read && !/^[a-z][a-z\d+.-]*:|^\/\//i.test(src)
        ? ` Eine Adresse ohne https:// liest die Vorschau von diesem Server (${read.href}); auf Ihrer Seite gilt sie für Ihren Server.`
        : read && /^https?:$/.test(read.protocol) && read.origin !== location.origin
          ? ' Ein anderer Server muss die Datei für diese Seite freigeben (Access-Control-Allow-Origin), damit die Vorschau sie lesen kann.'
          : ''
    }`;
    console.warn('[configurator] feed for suggestions', error);
  }
  buildFields();
}

function buildField(field: Field): HTMLElement {
  const id = `field-${field.attribute}`;
  // A year field always has its hint, for saying when its value is left out of the code.
  const hint = field.hint || field.kind === 'number' ? element('span', { className: 'hint', id: `${id}-hint` }, field.hint ?? '') : undefined;
  let input: HTMLInputElement | HTMLSelectElement;
  if (field.kind === 'select') {
    input = element('select', { id, name: field.attribute });
    for (const [value, label] of field.options ?? []) input.append(element('option', { value }, label));
  } else if (field.kind === 'checkbox') {
    input = element('input', { type: 'checkbox', id, name: field.attribute, value: 'on' });
  } else {
    input = element('input', { type: field.kind === 'number' ? 'number' : 'text', id, name: field.attribute });
    if (field.kind === 'number') Object.assign(input, { min: '1', max: '9999', step: '1' });
  }
  const parts: Node[] = [element('label', { htmlFor: id }, field.label), input];
  if (field.kind === 'conference' || field.kind === 'city') {
    const list = element('datalist', { id: `${id}-list` });
    for (const [value, label] of field.kind === 'conference' ? suggestions.conferences : suggestions.cities) list.append(element('option', { value, label }));
    input.setAttribute('list', list.id);
    parts.push(list);
  }
  // Also the fields with a datalist: their hint says what an empty field means.
  if (hint) {
    input.setAttribute('aria-describedby', hint.id);
    parts.push(hint);
  }
  return element('div', { className: 'field' }, ...parts);
}

/** The settings of the chosen widget; values typed so far are kept where the new widget has the same field. */
function buildFields(): void {
  const kept = new Map(
    [...fieldsBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((input) => [
      input.name,
      input instanceof HTMLInputElement && input.type === 'checkbox' ? input.checked : input.value,
    ]),
  );
  fieldsBox.replaceChildren(...WIDGETS[tagSelect.value as WidgetTag].fields.map(buildField));
  for (const input of fieldsBox.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
    const value = kept.get(input.name);
    if (value === undefined) continue;
    if (input instanceof HTMLInputElement && input.type === 'checkbox') input.checked = value === true;
    // A choice the new widget does not offer (the programme's grid view for the map) left its list blank.
    else if (!(input instanceof HTMLSelectElement) || [...input.options].some((option) => option.value === value)) input.value = String(value);
  }
  update();
}

/** The webmaster's choice, read from the form. */
function currentChoice(): Choice {
  const data = new FormData(form);
  const own = data.get('source') === 'own';
  const attributes: Record<string, string> = {};
  for (const field of WIDGETS[tagSelect.value as WidgetTag].fields) attributes[field.attribute] = String(data.get(field.attribute) ?? '');
  const tokens: Record<string, string> = {};
  for (const token of TOKENS) if (data.get(`token${token.name}-use`)) tokens[token.name] = String(data.get(`token${token.name}`) ?? '');
  return {
    tag: tagSelect.value as WidgetTag,
    src: own ? srcInput.value.trim() : SAMPLE_FEED,
    attributes,
    tokens,
    language: languageSelect.value,
    fallback: String(data.get('fallback') ?? ''),
    script: String(data.get('script') ?? ''),
  };
}

/** Field `id` (its hint `${id}-hint`) with a value the code leaves out (`refused`): invalid, its hint saying why. */
function markLeftOut(id: string, refused: boolean, why: string, hint: string): void {
  form.querySelector(`#${id}`)!.setAttribute('aria-invalid', String(refused));
  form.querySelector(`#${id}-hint`)!.textContent = refused ? why : hint;
}

let shown = '';

/** Shows the choice: the widget in the preview (made anew when its code changed) and the code. */
function update(): void {
  const choice = currentChoice();
  srcInput.disabled = !(new FormData(form).get('source') === 'own');
  srcInput.setAttribute('aria-invalid', String(!choice.src));
  const text = snippet(choice);
  // A length the code leaves out ("0,5rem", "6 px") or a year ("2021.5", "-5", "1e3": the preview showed this year) was
  // left out without a word: each is marked where the code, as snippet.ts writes it, does not have it.
  const written = tokensOf(choice).map(([name]) => name);
  for (const token of TOKENS) {
    if (token.kind === 'length')
      markLeftOut(`token${token.name}`, token.name in choice.tokens && !written.includes(token.name), `Steht so nicht im Code. ${LENGTH_HINT}`, LENGTH_HINT);
  }
  const attributes = attributesOf(choice).map(([name]) => name);
  for (const field of WIDGETS[choice.tag].fields) {
    if (field.kind === 'number')
      markLeftOut(
        `field-${field.attribute}`,
        !!choice.attributes[field.attribute]!.trim() && !attributes.includes(field.attribute),
        YEAR_HINT,
        field.hint ?? '',
      );
  }
  if (choice.language) document.documentElement.setAttribute('data-staedtepartner-lang', choice.language);
  else document.documentElement.removeAttribute('data-staedtepartner-lang');
  if (text !== shown) {
    shown = text;
    // Only new code: the feed's ids arriving after a click on "Copy" took its status and the selection.
    code.textContent = text;
    copyStatus.textContent = '';
    // The preview is the snippet itself, parsed as the host page would (its script tag does not run here).
    const parsed = new DOMParser().parseFromString(`<body>${text}</body>`, 'text/html');
    preview.replaceChildren(
      ...[...parsed.body.childNodes].filter((node) => !(node instanceof HTMLScriptElement)).map((node) => document.importNode(node, true)),
    );
  }
  void loadSuggestions(choice.src);
}

form.addEventListener('input', (event) => {
  if (event.target === tagSelect) buildFields();
  else update();
});
form.addEventListener('change', (event) => {
  if (event.target !== tagSelect) update();
});
form.addEventListener('submit', (event) => event.preventDefault());

const COPIED = 'Der Code ist in der Zwischenablage.';

copyButton.addEventListener('click', () => {
  // The code is selected first: if no way of copying works here, Ctrl+C does.
  getSelection()?.selectAllChildren(code);
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (error) {
    console.warn('[configurator] copy', error);
  }
  copyStatus.textContent = copied ? COPIED : 'Kopieren ging nicht. Der Code ist markiert: mit Strg+C (Mac: Cmd+C) kopieren.';
  // Where the old command is refused, the Clipboard API may still work (it may ask for permission).
  if (!copied && navigator.clipboard) {
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => (copyStatus.textContent = COPIED),
      (error: unknown) => console.warn('[configurator] clipboard', error),
    );
  }
});

buildFields();
