#!/usr/bin/env node
/**
 * Checks dist/custom-elements.json, which Storybook's Docs pages, editors and the framework
 * typings read, after `npm run build`:
 * - no private or protected member, no `#private` or `_underscored` one;
 * - each attribute once, linked to its property both ways (`fieldName` / `attribute`);
 * - every event typed `CustomEvent<…Detail>` as src/events.ts declares it, with a description,
 *   and every event a widget's code sends (`this.emit('…')`) documented;
 * - parts, CSS custom properties and slots named once each, with a description.
 * - README.md and docs/*.md (or the `--docs` files) against it: each custom property they name
 *   (`--sp-…`, `--<widget>-…`) and each part (`::part(name)`, `<widget>::part(name)`) is one a
 *   widget documents, and README.md names each public custom property of every widget.
 * With `--storybook`, also that storybook-static/index.json (`npm run build-storybook`) has a
 * Docs page for every widget. Prints what each widget documents; exits 1 with the problems.
 *
 * Usage: node scripts/check-manifest.mjs [--storybook] [--manifest path] [--storybook-index path] [--docs README.md --docs …]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values: options } = parseArgs({
  options: {
    manifest: { type: 'string', default: join(root, 'dist/custom-elements.json') },
    storybook: { type: 'boolean', default: false },
    'storybook-index': { type: 'string', default: join(root, 'storybook-static/index.json') },
    docs: { type: 'string', multiple: true },
  },
});

const problems = [];
const problem = (text) => problems.push(text);

function readJson(path, hint) {
  if (!existsSync(path)) {
    console.error(`check-manifest: ${path} is missing; ${hint}`);
    process.exit(1);
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** `event name → CustomEvent<Detail>` from the WidgetEventMap of src/events.ts. */
function declaredEvents() {
  const source = readFileSync(join(root, 'src/events.ts'), 'utf8');
  const map = /interface WidgetEventMap \{([^}]*)\}/.exec(source)?.[1] ?? '';
  return new Map([...map.matchAll(/'([a-z-]+)':\s*(CustomEvent<\w+>)/g)].map((match) => [match[1], match[2]]));
}

function sourceFiles(directory) {
  return readdirSync(directory, { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(directory, name));
}

/** The event names that `this.emit(…)` calls in `files` send (also `emit(ok ? 'a' : 'b', …)`). */
function emittedEvents(files, known) {
  const names = new Set();
  for (const file of files) {
    for (const call of readFileSync(file, 'utf8').matchAll(/\bthis\.emit\(([^,]*)/g)) {
      for (const name of call[1].matchAll(/'([a-z-]+)'/g)) if (known.has(name[1])) names.add(name[1]);
    }
  }
  return names;
}

/** The part names written literally (`part="a b"`) in the templates of `files`. */
function literalParts(files) {
  const names = new Set();
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) for (const name of match[1].split(/\s+/)) if (name) names.add(name);
  }
  return names;
}

function duplicates(items) {
  const names = items.map((item) => item.name);
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}

const manifest = readJson(options.manifest, 'run `npm run build` first.');
const events = declaredEvents();
if (events.size === 0) problem('src/events.ts: no WidgetEventMap entries found');
const baseSource = [join(root, 'src/shared/staedtepartner-element.ts')];
const baseEmits = emittedEvents(baseSource, events);
const baseParts = literalParts(baseSource);

const widgets = [];
for (const module of manifest.modules ?? []) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind !== 'class') continue;
    const where = declaration.tagName ? `<${declaration.tagName}>` : `${declaration.name} (${module.path})`;
    const members = declaration.members ?? [];
    const hidden = (member) => member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name);
    for (const member of members.filter(hidden)) problem(`${where}: ${member.privacy ?? 'private'} member ${member.name} is listed`);
    if (!declaration.customElement && !declaration.tagName) continue;

    const attributes = declaration.attributes ?? [];
    for (const name of duplicates(attributes)) problem(`${where}: attribute ${name} is listed twice`);
    for (const name of duplicates(members.filter((member) => !member.static))) problem(`${where}: member ${name} is listed twice`);
    for (const attribute of attributes) {
      const field = members.find((member) => member.name === attribute.fieldName);
      if (!attribute.fieldName || !field) problem(`${where}: attribute ${attribute.name} names no property (fieldName)`);
      else if (field.attribute !== attribute.name) problem(`${where}: property ${field.name} does not name its attribute ${attribute.name}`);
      if (!attribute.description) problem(`${where}: attribute ${attribute.name} has no description`);
      if (!attribute.type?.text) problem(`${where}: attribute ${attribute.name} has no type`);
    }
    for (const member of members) {
      if (member.attribute && !attributes.some((attribute) => attribute.name === member.attribute)) {
        problem(`${where}: property ${member.name} names attribute ${member.attribute}, which is not listed`);
      }
      if (!member.description && !hidden(member)) problem(`${where}: ${member.kind} ${member.name} has no description`);
    }

    const documented = declaration.events ?? [];
    for (const name of duplicates(documented)) problem(`${where}: event ${name} is listed twice`);
    for (const event of documented) {
      const expected = events.get(event.name);
      if (!event.type?.text) problem(`${where}: event ${event.name} has no type (JSDoc: @fires {${expected ?? 'CustomEvent<…>'}} ${event.name} - …)`);
      else if (!expected) problem(`${where}: event ${event.name} is not declared in src/events.ts`);
      else if (event.type.text !== expected) problem(`${where}: event ${event.name} is typed ${event.type.text}, src/events.ts says ${expected}`);
      if (!event.description) problem(`${where}: event ${event.name} has no description`);
    }
    if (declaration.tagName) {
      const files = sourceFiles(join(root, dirname(module.path)));
      const fromBase = declaration.superclass?.name === 'StaedtepartnerElement';
      const sent = new Set([...emittedEvents(files, events), ...(fromBase ? baseEmits : [])]);
      for (const name of sent)
        if (!documented.some((event) => event.name === name)) problem(`${where}: sends ${name}, which its JSDoc does not document (@fires)`);
      // Parts built at run time (part=${…}) are left to test/quality/manifest.test.ts, which renders the widgets.
      const parts = new Set([...literalParts(files), ...(fromBase ? baseParts : [])]);
      const documentedParts = new Set((declaration.cssParts ?? []).map((part) => part.name));
      for (const name of parts) if (!documentedParts.has(name)) problem(`${where}: renders part ${name}, which its JSDoc does not document (@csspart)`);
    }

    for (const [kind, items] of [
      ['part', declaration.cssParts ?? []],
      ['CSS custom property', declaration.cssProperties ?? []],
      ['slot', declaration.slots ?? []],
    ]) {
      for (const name of duplicates(items)) problem(`${where}: ${kind} ${name} is listed twice`);
      for (const item of items) if (!item.description) problem(`${where}: ${kind} ${item.name || '(default)'} has no description`);
    }
    for (const property of declaration.cssProperties ?? []) {
      if (!property.name.startsWith('--')) problem(`${where}: CSS custom property ${property.name} does not start with --`);
    }

    if (declaration.tagName) {
      widgets.push({
        tag: declaration.tagName,
        attributes: attributes.length,
        properties: members.filter((member) => member.kind === 'field' && !member.static && !member.attribute).length,
        methods: members.filter((member) => member.kind === 'method').length,
        events: documented.length,
        slots: (declaration.slots ?? []).length,
        parts: (declaration.cssParts ?? []).length,
        'css properties': (declaration.cssProperties ?? []).length,
      });
    }
  }
}
if (widgets.length === 0) problem('no custom element in the manifest');

// The prose a designer themes by: every name it gives is real, and README.md names every public token.
{
  const declarations = (manifest.modules ?? []).flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const tags = declarations.map((declaration) => declaration.tagName);
  const tokens = new Set(declarations.flatMap((declaration) => (declaration.cssProperties ?? []).map((property) => property.name)));
  const partsOf = new Map(declarations.map((declaration) => [declaration.tagName, new Set((declaration.cssParts ?? []).map((part) => part.name))]));
  const anyPart = new Set([...partsOf.values()].flatMap((parts) => [...parts]));
  const docs = options.docs ?? [
    join(root, 'README.md'),
    ...readdirSync(join(root, 'docs'))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join(root, 'docs', name)),
  ];
  const tokenLike = new RegExp(`--(?:sp|${tags.join('|')})-[a-z][\\w-]*`, 'g');
  for (const file of docs) {
    const text = readFileSync(file, 'utf8');
    const name = relative(root, file);
    for (const [token] of text.matchAll(tokenLike)) if (!tokens.has(token)) problem(`${name}: names ${token}, which no widget documents (@cssproperty)`);
    for (const [, tag, part] of text.matchAll(/([a-z]+-[a-z-]+)?::part\(([\w-]+)\)/g)) {
      const parts = tag && partsOf.has(tag) ? partsOf.get(tag) : anyPart;
      if (!parts.has(part))
        problem(
          `${name}: names ${tag ?? ''}::part(${part}), which ${tag && partsOf.has(tag) ? `<${tag}> does not document` : 'no widget documents'} (@csspart)`,
        );
    }
  }
  const readme = options.docs ? docs.find((file) => file.endsWith('README.md')) : join(root, 'README.md');
  if (readme) {
    const named = new Set([...readFileSync(readme, 'utf8').matchAll(tokenLike)].map(([token]) => token));
    for (const token of tokens) if (!named.has(token)) problem(`README.md: does not name ${token}, a public custom property (Theming or the widget's section)`);
  }
}

if (options.storybook) {
  const index = readJson(options['storybook-index'], 'run `npm run build-storybook` first.');
  const entries = Object.values(index.entries ?? {});
  const docs = entries.filter((entry) => entry.type === 'docs');
  console.log(`Storybook: ${entries.length - docs.length} stories, ${docs.length} docs pages`);
  for (const { tag } of widgets) {
    // A docs page belongs to the widget whose stories share its title (Widgets/<tag>).
    const titles = new Set(entries.filter((entry) => entry.type === 'story' && entry.title.split('/').at(-1) === tag).map((entry) => entry.title));
    if (titles.size === 0) problem(`Storybook: no stories for <${tag}>`);
    else if (!docs.some((entry) => titles.has(entry.title))) problem(`Storybook: no docs page for <${tag}> (is @storybook/addon-docs registered?)`);
  }
}

console.table(Object.fromEntries(widgets.map(({ tag, ...counts }) => [tag, counts])));
if (problems.length > 0) {
  console.error(`check-manifest: ${problems.length} problem(s) in ${options.manifest}${options.storybook ? ' or the Storybook index' : ''}:`);
  for (const text of problems) console.error(`  ${text}`);
  process.exit(1);
}
console.log(`check-manifest: ${widgets.length} widgets, no private member, each attribute once, every event typed`);
