#!/usr/bin/env node
/**
 * Framework typings and editor data from dist/custom-elements.json (`npm run build`, after
 * `cem analyze`), so that every tag, attribute, property and event the manifest lists is known
 * to a framework's compiler and an editor without a line written by hand:
 *
 * - dist/types/frameworks/jsx.d.ts: `CustomElements` (tag → props) and `<Widget>Props` for any
 *   JSX (Preact, Solid, Stencil …), by break-stuff's custom-element-jsx-integration;
 * - dist/types/frameworks/react.d.ts: React 19's `JSX.IntrinsicElements` (module `react`): each
 *   tag with React's HTML attributes, `ref` to the widget's class, and its props;
 * - dist/types/frameworks/vue.d.ts: Vue's `GlobalComponents` (custom-element-vuejs-integration): each
 *   tag with Vue's HTML attributes and events, and its props;
 *   the global JSX (`vue/jsx`) gets the same props per tag;
 * - dist/types/frameworks/svelte.d.ts: Svelte's `SvelteHTMLElements` (module `svelte/elements`):
 *   each tag with Svelte's HTML attributes and the JSX props, as a template writes them (Svelte 5
 *   writes events as `onfeed-ready`, as React 19 does);
 * - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json: VS Code's
 *   `html.customData` / `css.customData` (custom-element-vs-code-integration);
 * - dist/web-types.json: JetBrains web-types, named in package.json `web-types`
 *   (custom-element-jet-brains-integration).
 *
 * The events' detail types come from src/events.ts (`WidgetEventMap`, the one declaration the
 * widgets' `emit()` is checked against), by event name: the manifest's own event types are
 * written for people (`CustomEvent<FeedReadyDetail>`), and the generators import only plain type
 * names, so each event is given its detail type's name, which the root entry's types export.
 *
 * Exit code 1 when the manifest is missing or names an event src/events.ts does not declare.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
const frameworks = join(dist, 'types', 'frameworks');
const manifestPath = join(dist, 'custom-elements.json');

if (!existsSync(manifestPath)) {
  console.error('generate-typings: dist/custom-elements.json is missing; run cem analyze first (npm run build)');
  process.exit(1);
}

/** Event name → its detail type's name, from `WidgetEventMap` in src/events.ts. */
const detailTypes = new Map(
  [...readFileSync(join(root, 'src', 'events.ts'), 'utf8').matchAll(/^\s*'([\w-]+)': CustomEvent<(\w+)>;$/gm)].map(([, name, detail]) => [name, detail]),
);

const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const elements = manifest.modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName));
const unknown = [];
for (const element of elements) {
  for (const event of element.events ?? []) {
    const detail = detailTypes.get(event.name);
    if (detail) event.type = { text: detail };
    else unknown.push(`<${element.tagName}> ${event.name}`);
  }
}
if (unknown.length > 0) {
  console.error(`generate-typings: events not declared in src/events.ts (WidgetEventMap): ${unknown.join(', ')}`);
  process.exit(1);
}

mkdirSync(frameworks, { recursive: true });
const common = { hideLogs: true, hideMethodDocs: true, outdir: frameworks };
// The types are read from the package's root entry (dist/types/index.d.ts): the classes and the
// events' detail types, without registering anything.
generateJsxTypes(manifest, { ...common, fileName: 'jsx.d.ts', globalTypePath: '../index.js' });
generateVuejsTypes(manifest, { ...common, fileName: 'vue.d.ts', globalTypePath: '../index.js' });
// Their import line names each widget's event types again (FeedReadyDetail five times), which
// TypeScript refuses (TS2300): each name once.
for (const file of ['jsx.d.ts', 'vue.d.ts']) {
  const path = join(frameworks, file);
  const text = readFileSync(path, 'utf8').replace(
    /import type \{([^}]*)\} from "\.\.\/index\.js";/,
    (_, names) => `import type { ${[...new Set(names.split(',').map((name) => name.trim()))].filter(Boolean).join(', ')} } from "../index.js";`,
  );
  writeFileSync(path, text);
}
// Vue's templates look up `@day-select` as the prop `onDaySelect`, not `onday-select`: each event
// is declared camelCased too, so that `(event) => event.detail.day` is typed there.
//
// And `heading-level="3"` as the prop `headingLevel` (vue-tsc camelCases a hyphenated attribute),
// which the generator does not declare: each hyphenated attribute is declared camelCased too, with
// the value Vue gives it. Vue sets a hyphenated attribute as the attribute (the element has no
// property of that name: runtime-dom's `shouldSetAsProp` is `key in el`), which the widget
// converts: a number may be a string of one (`heading-level="3"`, a string literal to vue-tsc), and
// a boolean attribute is given (`no-logos`, `true` to vue-tsc) or removed (`null`, `undefined`):
// `:no-logos="false"` sets the attribute "false", which the widget reads as true. vue-tsc cannot
// tell `:noLogos="false"` (the property, once the element is defined) from it, so `false` is
// refused in both; the hyphenated key (in a `v-bind` object) is given the same value.
{
  const path = join(frameworks, 'vue.d.ts');
  const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
  let text = readFileSync(path, 'utf8').replace(
    /^( *)(\/\*\*[^\n]*\*\/\n *)?"on([a-z]+(?:-[a-z]+)+)"\?: (.*)$/gm,
    (line, indent, doc = '', event, type) => `${line}\n${indent}${doc}on${camel(`-${event}`)}?: ${type}`,
  );
  const conflicts = [];
  // A number attribute without a hyphen (`year`, `step`, `from`, `to`) is written plain too:
  // `<jubilee-list year="2021">` was refused ("Type 'string' is not assignable to type 'number'")
  // though the table of each widget shows it so. Vue gives the element the string, as the
  // attribute (server rendering) or, once it is defined, as the property, and the widget reads
  // either as a number.
  const numbers = new Set(
    elements.flatMap((element) =>
      (element.attributes ?? [])
        .filter((attribute) => !attribute.name.includes('-') && /\bnumber\b/.test(attribute.type?.text ?? ''))
        .map((attribute) => `${element.name} ${attribute.name}`),
    ),
  );
  text = text.replace(/^type (\w+)Props = \{\n[\s\S]*?^\};$/gm, (block, name) =>
    block.replace(/^( *)([a-z]+)\?: (\w+\["\w+"\]);$/gm, (line, indent, key, type) =>
      numbers.has(`${name} ${key}`) ? `${indent}${key}?: AttributeValue<${type}>;` : line,
    ),
  );
  text = text.replace(/^type (\w+)Props = \{\n[\s\S]*?^\};$/gm, (block, name) => {
    const declared = new Map([...block.matchAll(/^ {2}"?([\w-]+)"?\?: (.*);$/gm)].map(([, key, type]) => [key, type]));
    return block.replace(/^( *)(\/\*\*(?:(?!\*\/)[\s\S])*\*\/\n *)?"([a-z]+(?:-[a-z]+)+)"\?: (\w+\["\w+"\]);$/gm, (line, indent, doc = '', attribute, type) => {
      if (attribute.startsWith('on')) return line;
      const key = camel(attribute);
      const value = `AttributeValue<${type}>`;
      const hyphenated = `${indent}${doc}"${attribute}"?: ${value};`;
      // A property of that name already declared: not again, and with the same type or not at all.
      if (declared.has(key)) {
        if (declared.get(key) !== type && declared.get(key) !== value) conflicts.push(`${name} ${attribute}: ${key} is ${declared.get(key)}, not ${type}`);
        return hyphenated;
      }
      return `${hyphenated}\n${indent}${doc}${key}?: ${value};`;
    });
  });
  if (conflicts.length > 0) {
    console.error(`generate-typings: a hyphenated attribute's camelCased name is another property in vue.d.ts: ${conflicts.join(', ')}`);
    process.exit(1);
  }
  text = text.replace(
    /^(import type \{[^}]*\} from "\.\.\/index\.js";\n)/m,
    `$1
/**
 * A hyphenated attribute's value as Vue sets it, as the attribute: a number also as a string of one
 * (\`heading-level="3"\`; so is a number attribute without a hyphen, \`year="2021"\`), a boolean
 * attribute given (\`no-logos\`) or removed (\`null\`, \`undefined\`),
 * never \`false\` (\`:no-logos="false"\` sets the attribute "false", which the widget reads as true).
 */
type AttributeValue<Value> = Value extends number ? Value | \`\${number}\` : Value extends boolean ? true | "" | null : Value;

/** Vue's HTML attributes and events (\`class\`, \`style\`, \`aria-*\`, \`@click\` …) besides the widget's own. */
type WithHTMLAttributes<Props> = Props & Omit<HTMLAttributes, keyof Props>;
`,
  );
  // Each tag with Vue's HTML attributes and events too: without them `@click="(event) => …"` is an
  // implicit any, and `style`, `class` and `aria-*` are not checked.
  text = text
    .replace('import type { DefineComponent } from "vue";', 'import type { DefineComponent, HTMLAttributes } from "vue";')
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<WithHTMLAttributes<$1>>');
  // The global JSX (Vue's `vue/jsx`, React 18's @types/react) takes an element's props, not a
  // component: with `IntrinsicElements extends CustomElements` (the DefineComponent types) every
  // `<conf-programme feed={feed}>` in a .tsx was refused ("provides no match for the signature
  // 'new (...args: any[])'") and its `onDaySelect` was an implicit any.
  const jsx = 'interface IntrinsicElements extends CustomElements {}';
  if (!text.includes(jsx)) {
    console.error('generate-typings: vue.d.ts no longer declares the global JSX IntrinsicElements as expected');
    process.exit(1);
  }
  text = text.replace(jsx, 'interface IntrinsicElements extends CustomElementProps {}').replace(
    /^(export type CustomElements = \{)/m,
    `/** Each tag's props, as the global JSX (\`vue/jsx\`) takes them. */
type CustomElementProps = {
${elements.map((element) => `  "${element.tagName}": WithHTMLAttributes<${element.name}Props>;`).join('\n')}
};

$1`,
  );
  writeFileSync(path, text);
}
generateVsCodeCustomElementData(manifest, {
  ...common,
  outdir: dist,
  htmlFileName: 'vscode.html-custom-data.json',
  cssFileName: 'vscode.css-custom-data.json',
});
generateJetBrainsWebTypes(manifest, { ...common, outdir: dist, webTypesFileName: 'web-types.json', packageJson: false });

const header = (what) => `/**\n * ${what}\n * Generated by scripts/generate-typings.mjs from dist/custom-elements.json; do not edit.\n */\n`;
const propsName = (element) => `${element.name}Props`;
const classes = elements.map((element) => element.name).join(', ');
const props = elements.map(propsName).join(', ');

writeFileSync(
  join(frameworks, 'react.d.ts'),
  `${header("The widgets' tags in React 19's JSX: `import type {} from 'staedtepartner-widgets/types/react'` once in the app.")}` +
    `import type { DetailedHTMLProps, HTMLAttributes } from 'react';\n` +
    `import type { ${classes} } from '../index.js';\n` +
    `import type { ${props} } from './jsx.js';\n\n` +
    `declare module 'react' {\n  namespace JSX {\n    interface IntrinsicElements {\n` +
    elements
      .map((element) => `      '${element.tagName}': DetailedHTMLProps<HTMLAttributes<${element.name}>, ${element.name}> & ${propsName(element)};\n`)
      .join('') +
    `    }\n  }\n}\n`,
);

// Svelte: the tags in `SvelteHTMLElements` of `svelte/elements`, as Svelte's docs augment it (the
// `svelteHTML.IntrinsicElements` that svelte-check and the editors read extends it since Svelte
// 4.2). Not the JSX props whole: their `style` is React's object, and `aria-*`, `data-*` and the DOM
// events are missing; Svelte's `HTMLAttributes` has them, with the widget's class as the events'
// `currentTarget`. And each value as a template gives it: a literal attribute is a string to
// svelte-check (`heading-level="3"`), and Svelte sets `no-logos={false}` as the attribute "false",
// which the widget reads as true, so a boolean attribute is given or left out.
const svelteTypes = [
  "import type { HTMLAttributes } from 'svelte/elements';",
  `import type { ${classes} } from '../index.js';`,
  `import type { ${props} } from './jsx.js';`,
  '',
  '/** A value as a template gives it: a number also as a literal attribute (a string), a boolean attribute given (`no-logos`) or left out. */',
  'type TemplateValue<Value, Element> = Value extends (event: infer E) => unknown',
  '  ? (event: E & { currentTarget: EventTarget & Element }) => unknown',
  '  : Value extends number',
  '    ? Value | `${number}`',
  '    : Value extends boolean',
  "      ? true | ''",
  '      : Value;',
  '',
  '/** `on:feed-ready` for the event `onfeed-ready`: the event directive of Svelte 4, and of Svelte 5 in legacy mode. */',
  'type DirectiveName<Key, Value> = [Value] extends [((event: never) => unknown) | undefined] ? (Key extends `on${infer Event}` ? `on:${Event}` : never) : never;',
  '',
  "/** Svelte's HTML attributes and events (`class`, `style`, `aria-*`, `data-*`, `onclick` …) and the widget's own. */",
  'type SvelteAttributes<Element extends EventTarget, Props> = Omit<HTMLAttributes<Element>, keyof Props> & {',
  '  [Key in keyof Props]: TemplateValue<Props[Key], Element>;',
  '} & {',
  '  [Key in keyof Props as DirectiveName<Key, Props[Key]>]: TemplateValue<Props[Key], Element>;',
  '};',
  '',
  "declare module 'svelte/elements' {",
  '  export interface SvelteHTMLElements {',
  ...elements.map((element) => `    '${element.tagName}': SvelteAttributes<${element.name}, ${propsName(element)}>;`),
  '  }',
  '}',
];
writeFileSync(
  join(frameworks, 'svelte.d.ts'),
  `${header("The widgets' tags in Svelte's templates: `import type {} from 'staedtepartner-widgets/types/svelte'` once in the app.")}${svelteTypes.join('\n')}\n`,
);

console.log(
  `generate-typings: ${elements.length} elements → dist/types/frameworks/{jsx,react,vue,svelte}.d.ts, dist/vscode.*-custom-data.json, dist/web-types.json`,
);
