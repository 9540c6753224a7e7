import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import minifyHTMLLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import { minify } from 'terser';
import MagicString from 'magic-string';
import { defineConfig, minify as oxcMinify, parseAst, type Plugin } from 'vite';
import { parallelChunks } from './scripts/parallel-chunks.js';
import { templateMinifyOptions } from './scripts/template-minify.mjs';

const here = (path: string) => resolve(import.meta.dirname, path);

/**
 * The package's runtime dependencies (package.json `dependencies`, and `peerDependencies`: React
 * for staedtepartner-widgets/react): the npm build imports them by name, itself and any subpath
 * (`lit/decorators.js`), so the app's bundler installs and bundles each once, shared with the
 * app's own use of it, instead of a second copy in dist/.
 */
const manifest = JSON.parse(readFileSync(here('package.json'), 'utf8')) as Record<'dependencies' | 'peerDependencies', Record<string, string> | undefined>;
const dependencies = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
const isDependency = (id: string) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/** The widgets' folders in src/ (src/registry.ts has the same list, with their loaders). */
const WIDGETS = ['jubilee-list', 'conf-overview', 'conf-history', 'conf-programme', 'partnership-map'];

/**
 * Translators' notes (`msg(…, { desc: '…' })`) belong in the XLIFF files, not in
 * readers' downloads: the builds drop them (about 8 kB of raw text). Runs before
 * TypeScript is compiled, on our own sources only; `lit-localize extract` reads
 * the untouched sources. An options object that is only a note goes with its comma,
 * `msg('…')` rather than `msg('…', {})`: the same message (`msg()` reads only `id`), and
 * a few bytes less in each of about 150 calls. Such a note is always `msg()`'s last argument.
 */
function dropMessageDescriptions(): Plugin {
  const STRING = String.raw`'(?:[^'\\\n]|\\.)*'`;
  const ALONE = new RegExp(String.raw`,\s*\{\s*desc:\s*${STRING}\s*,?\s*\}`, 'g');
  const AFTER = new RegExp(String.raw`,\s*desc:\s*${STRING}`, 'g');
  return {
    name: 'drop-message-descriptions',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('desc:')) return undefined;
      return { code: code.replace(ALONE, '').replace(AFTER, ''), map: null };
    },
  };
}

/**
 * Messages given an id of their own (`msg(…, { id: 'jubilee-summary-few' })`: the plural forms and a
 * few more) are looked up by a short one in the builds, as lit-localize's own ids are (6 characters,
 * scripts/split-translations.mjs): each such id, in the widgets' code and in the translation modules
 * (src/generated/locales/), becomes `_` and its number in base 36 in the sorted list of them (`_0`,
 * `_1` …), the same in both since one build reads both. The ids are the named keys of the translation
 * modules (a hashed id has no "-"), the first of a module too, which is indented. The sources, which the tests run, keep the long ones;
 * test/i18n/built-translations.test.ts compares the built bundle's text with theirs.
 */
function shortMessageIds(): Plugin {
  const ids = new Set<string>();
  for (const file of readdirSync(here('src/generated/locales'), { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'))) {
    for (const [, id] of readFileSync(here(`src/generated/locales/${file}`), 'utf8').matchAll(/^\s*'([^']*-[^']*)':/gm)) ids.add(id);
  }
  const named = new Map([...ids].sort().map((id, index) => [id, `_${index.toString(36)}`]));
  const ID = new RegExp(`'(${[...named.keys()].join('|')})'`, 'g');
  return {
    name: 'short-message-ids',
    enforce: 'pre',
    transform(code, id) {
      if (named.size === 0 || !/[\\/]src[\\/].*\.ts$/.test(id) || !ID.test(code)) return undefined;
      ID.lastIndex = 0;
      return { code: code.replace(ID, (_, name: string) => `'${named.get(name)}'`), map: null };
    },
  };
}

/**
 * The widgets' private custom properties (`--_accent`, `--_programme-gap`, `--_d`: the `--_` names in
 * their styles and in the code that sets them, never a page's) are `--_0`, `--_1` … in the script-tag
 * build, numbered in base 36 by how often src/ writes them (the most written shortest): 46 names, about
 * 500 uses, 0.2 kB gzip less on a page with every widget. Each name is the same in every chunk, as a
 * widget's styles read the shared styles' names. The public tokens (`--sp-color-accent`,
 * `--conf-programme-gap`), which the private ones stand for, keep their names; so does the npm build,
 * and so do the sources, which the tests run. A name made at run time (`--_${…}`) would not be
 * renamed, so one fails the build.
 */
function shortCustomProperties(): Plugin {
  const NAME = /--_[\w-]+/g;
  const sources = readdirSync(here('src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => readFileSync(here(`src/${name}`), 'utf8'));
  const count = new Map<string, number>();
  for (const name of sources.flatMap((code) => code.match(NAME) ?? [])) count.set(name, (count.get(name) ?? 0) + 1);
  const short = new Map([...count].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([name], index) => [name, `--_${index.toString(36)}`]));
  return {
    name: 'short-custom-properties',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('--_')) return undefined;
      if (/--_(\$\{|['"`]\s*\+)/.test(code))
        this.error(`${id}: a private custom property's name made at run time; see shortCustomProperties in vite.config.ts`);
      const text = new MagicString(code);
      for (const match of code.matchAll(NAME)) text.overwrite(match.index, match.index + match[0].length, short.get(match[0])!);
      return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
    },
  };
}

/**
 * The work counters (`mapWork` and `frameWork` in src/partnership-map/work.ts, `jubileeWork`,
 * `validationWork`, and table-rows.ts's `work`, which points at `mapWork`) are for tests, which run
 * the sources: they check that costly work is bounded without timing it. Nothing else reads them, so
 * the builds leave them out (0.35 kB gzip with every widget, most of it the map's 21 counter names):
 * each statement `counter.name++` or `counter.name += …` goes (what it adds must be reads: names,
 * `a.length`, sums of them), and each counter's object of zeros is `{}`. Any other use of a counter's
 * field (a read, a call) fails the build rather than reading a counter that is no longer there.
 */
function dropWorkCounters(): Plugin {
  const COUNTERS = new Set(['mapWork', 'frameWork', 'jubileeWork', 'validationWork', 'work']);
  const NAMES = new RegExp(`\\b(${[...COUNTERS].join('|')})\\b`);
  type Node = { type: string; start: number; end: number; [key: string]: unknown };
  const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
  const isCounter = (node: unknown): boolean => isNode(node) && node.type === 'Identifier' && COUNTERS.has(node.name as string);
  const counterField = (node: unknown): boolean => isNode(node) && node.type === 'MemberExpression' && !node.computed && isCounter(node.object);
  /** An expression that only reads: `count`, `list.length`, `a.size + b.size`. */
  const reads = (node: unknown): boolean =>
    isNode(node) &&
    (node.type === 'Identifier' ||
      node.type === 'Literal' ||
      (node.type === 'MemberExpression' && !node.computed && reads(node.object)) ||
      (node.type === 'BinaryExpression' && node.operator === '+' && reads(node.left) && reads(node.right)));
  const isCount = (node: Node): boolean =>
    (node.type === 'UpdateExpression' && counterField(node.argument)) ||
    (node.type === 'AssignmentExpression' && node.operator === '+=' && counterField(node.left) && reads(node.right));
  const zeros = (node: unknown): boolean =>
    isNode(node) &&
    node.type === 'ObjectExpression' &&
    (node.properties as Node[]).every(
      (property) => property.type === 'Property' && isNode(property.value) && property.value.type === 'Literal' && property.value.value === 0,
    );
  return {
    name: 'drop-work-counters',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !NAMES.test(code)) return undefined;
      const text = new MagicString(code);
      const visit = (node: Node): void => {
        if (node.type === 'ExpressionStatement' && isNode(node.expression) && isCount(node.expression)) {
          text.overwrite(node.start, node.end, ';');
          return;
        }
        if (node.type === 'VariableDeclarator' && isCounter(node.id) && zeros(node.init)) {
          const init = node.init as Node;
          text.overwrite(init.start, init.end, '{}');
          return;
        }
        if (counterField(node))
          this.error(`${id}: a work counter is used other than counted (${code.slice(node.start, node.end)}); see dropWorkCounters in vite.config.ts`);
        for (const value of Object.values(node)) {
          for (const child of Array.isArray(value) ? value : [value]) if (isNode(child)) visit(child);
        }
      };
      visit(parseAst(code, { lang: 'ts' }, id) as unknown as Node);
      if (!text.hasChanged()) return undefined;
      return { code: text.toString(), map: text.generateMap({ hires: true, source: id }) };
    },
  };
}

/** Lit's modules that the script-tag build rewrites, by their paths. */
const LIT_HTML = /[\\/]lit-html[\\/]lit-html\.js$/;
const REACTIVE_ELEMENT = /[\\/]@lit[\\/]reactive-element[\\/]reactive-element\.js$/;
const LIT_MODULES = /[\\/](lit-html[\\/]lit-html|lit-element[\\/]lit-element|@lit[\\/]reactive-element[\\/]reactive-element)\.js$/;

/**
 * A plugin named `name` that rewrites the dependency modules whose path matches `file` in the
 * script-tag build: `rewrite` returns a module's new code, and returns `fail(problem)` where the
 * module no longer reads as it expects, which fails the build naming the module. The module keeps
 * its own source map (`map: null`).
 */
function rewriteModule(name: string, file: RegExp, rewrite: (code: string, fail: (problem: string) => never, id: string) => string | Promise<string>): Plugin {
  return {
    name,
    async transform(code, id) {
      if (!file.test(id)) return undefined;
      return { code: await rewrite(code, (problem) => this.error(`${id}: ${problem}`), id), map: null };
    },
  };
}

/**
 * d3-array's `merge`, with which d3-geo clips the map's land and borders, copies with `Array.from`.
 * MooTools 1.3–1.6 (old Joomla templates still load it) replaces `Array.from` with its own, which
 * takes an iterator for one item: on such a page the map drew no land and no borders and threw. The
 * script-tag build, which brings its own d3-array, spreads instead, which no page script can
 * change. An npm app bundles d3-array itself. A d3-array whose `merge` reads otherwise fails the build.
 */
function mergeWithoutArrayFrom(): Plugin {
  const FROM = 'return Array.from(flatten(arrays));';
  return rewriteModule('d3-array-merge-without-array-from', /[\\/]d3-array[\\/]dist[\\/]d3-array\.mjs$/, (code, fail) => {
    if (!code.includes(FROM)) return fail(`merge() no longer reads "${FROM}"; check it against a replaced Array.from (MooTools)`);
    return code.replace(FROM, 'return [...flatten(arrays)];');
  });
}

/**
 * Lit creates its Trusted Types policy as its module runs, and a page whose CSP refuses it made the
 * script-tag build fail as it loaded, with an uncaught TypeError: Lit asks src/lit-policy.ts
 * instead, which says what to allow and keeps the widgets from loading. A lit-html that creates its
 * policy otherwise fails the build.
 */
function litPolicyHere(): Plugin {
  const CREATE = /(\w+)\?\1\.createPolicy\("lit-html",\{createHTML:(\w+)=>\2\}\):void 0/;
  return rewriteModule('lit-policy-here', LIT_HTML, (code, fail) => {
    if (!CREATE.test(code)) return fail('Lit no longer creates its policy as litPolicyHere() expects; see src/lit-policy.ts');
    return `import{litPolicy as __litPolicy}from${JSON.stringify(here('src/lit-policy.ts'))};${code.replace(CREATE, '__litPolicy($1)')}`;
  });
}

/**
 * Lit adds `Symbol.metadata` as its module runs, for the metadata of standard decorators: on a page
 * that froze its intrinsics (SES's lockdown(), on pages of some wallet extensions) that threw, and
 * the script-tag build failed as it loaded, with an uncaught TypeError and no widget. The widgets use
 * no decorators (src/shared/staedtepartner-element.ts), so the build leaves it out; Lit then finds
 * no metadata, as it does now. Nor does the build add the page-global `litPropertyMetadata` WeakMap,
 * which only Lit's decorators fill, or read a class's properties from it as it finalizes the class
 * (0.05 kB gzip on every page). A Lit that adds or reads either otherwise fails the build.
 */
function litWithoutMetadata(): Plugin {
  const ADD = 'Symbol.metadata??=Symbol("metadata"),';
  const MAP = /(\w+)\.litPropertyMetadata\?\?=new WeakMap;/;
  const READ =
    /const (\w+)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w+)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\1,(\w+)\]of \2\)this\.elementProperties\.set\(\1,\3\)\}/;
  return rewriteModule('lit-without-metadata', REACTIVE_ELEMENT, (code, fail) => {
    if (!code.includes(ADD) || !MAP.test(code) || !READ.test(code))
      return fail('Lit no longer adds and reads Symbol.metadata and litPropertyMetadata as litWithoutMetadata() expects');
    const out = code.replace(ADD, '').replace(MAP, '').replace(READ, '');
    if (/litPropertyMetadata|Symbol\.metadata/.test(out)) return fail('Lit reads Symbol.metadata or litPropertyMetadata elsewhere; see litWithoutMetadata()');
    return out;
  });
}

/**
 * Lit's three modules each add their version to a list on the page's global object
 * (`litHtmlVersions`, `litElementVersions`, `reactiveElementVersions`), which only Lit's development
 * build reads (its "multiple versions of Lit" warning). The script-tag build leaves them out: a host
 * page's own Lit in development then does not warn of the widgets' copy, and every page is 0.05 kB
 * (gzip) lighter. A Lit module that adds its version otherwise fails the build.
 */
function litWithoutVersionLists(): Plugin {
  const ADD = /\((\w+)\.(litHtml|litElement|reactiveElement)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/;
  return rewriteModule('lit-without-version-lists', LIT_MODULES, (code, fail) => {
    if (!ADD.test(code)) return fail('Lit no longer adds its version as litWithoutVersionLists() expects');
    return code.replace(ADD, 'void 0');
  });
}

/**
 * Lit's ReactiveElement names some of its static fields through `JSCompiler_renameProperty(name, obj)`,
 * which returns `name` (`d("finalized")` in its published build), for the Closure Compiler that Lit's
 * own build no longer uses; neither minifier inlines it. The script-tag build writes the names
 * (`"finalized"`): 0.02 kB gzip on every page. A reactive-element.js that uses the function
 * otherwise, or no longer has it, fails the build.
 */
function litRenamePropertyInlined(): Plugin {
  const DEFINE = /,([\w$]+)=\(t,s\)=>t,/;
  return rewriteModule('lit-rename-property-inlined', REACTIVE_ELEMENT, (code, fail) => {
    const name = DEFINE.exec(code)?.[1];
    if (!name) return fail('Lit no longer defines JSCompiler_renameProperty as litRenamePropertyInlined() expects');
    const escaped = name.replace('$', '\\$');
    const out = code.replace(DEFINE, ',').replace(new RegExp(`(?<![.\\w$])${escaped}\\(("[\\w$]+")\\)`, 'g'), '$1');
    if (new RegExp(`(?<![.\\w$])${escaped}(?![\\w$:])`).test(out))
      return fail(`Lit uses ${name} (JSCompiler_renameProperty) otherwise; see litRenamePropertyInlined()`);
    return out;
  });
}

/**
 * Lit's three modules each hand their classes to a hook on the page's global object
 * (`litHtmlPolyfillSupport`, `reactiveElementPolyfillSupport`, `litElementPolyfillSupport`), which
 * lit/polyfill-support.js sets for the ShadyDOM and ShadyCSS polyfills of browsers without shadow DOM,
 * where the script-tag build (ES2022) does not run. The build leaves the hooks out: a host page that
 * loads the polyfills for its own elements no longer reaches into the widgets' copy of Lit, and every
 * page is 0.03 kB (gzip) lighter. A Lit module that reads its hook otherwise fails the build.
 */
function litWithoutPolyfillSupport(): Plugin {
  const HOOK = /\b\w+\.(litHtml|litElement|reactiveElement)PolyfillSupport\b/g;
  return rewriteModule('lit-without-polyfill-support', LIT_MODULES, (code, fail) => {
    if (code.match(HOOK)?.length !== 1) return fail('Lit no longer reads its polyfill hook once as litWithoutPolyfillSupport() expects');
    return code.replace(HOOK, 'void 0');
  });
}

/**
 * @lit/localize names a message by the FNV-1a 64-bit hash of its text (`msg()` in src/i18n/msg.ts
 * hashes each message once, in a German or Russian widget), computed in 16-bit parts with a table of
 * hex digits. The script-tag build computes the same hash with BigInt, in a third of the code
 * (0.1 kB gzip less on every page; about 0.5 ms more for a page's 150 messages under CPU 4×, once).
 * The build compares the two on texts of every kind (ASCII, Cyrillic, surrogate pairs, the
 * placeholders' delimiter) and fails if they differ, or if @lit/localize's module changes.
 */
function fnv1a64WithBigInt(): Plugin {
  const SIGNATURE = 'let t0 = 0, v0 = 0x2325, t1 = 0, v1 = 0x8422, t2 = 0, v2 = 0x9ce4, t3 = 0, v3 = 0xcbf2;';
  const SHORT =
    'export function fnv1a64(s){let h=0xcbf29ce484222325n;for(let i=0;i<s.length;i++)h=BigInt.asUintN(64,(h^BigInt(s.charCodeAt(i)))*0x100000001b3n);return h.toString(16).padStart(16,"0")}';
  const SAMPLES = ['', 'a', 'Try again', 'Регистрация: открыта', 'Łódź – Köln · 😀\u{10FFFF}', `Programme: \x1e · \x1e sessions`, '\0\uFFFF'.repeat(40)];
  return rewriteModule('fnv1a64-with-bigint', /[\\/]@lit[\\/]localize[\\/]internal[\\/]fnv1a64\.js$/, async (code, fail, id) => {
    if (!code.includes(SIGNATURE)) return fail("@lit/localize's fnv1a64 changed; check fnv1a64WithBigInt() in vite.config.ts against it");
    const original = ((await import(id)) as { fnv1a64: (text: string) => string }).fnv1a64;
    const short = ((await import(`data:text/javascript,${encodeURIComponent(SHORT)}`)) as { fnv1a64: (text: string) => string }).fnv1a64;
    for (const text of SAMPLES) {
      if (short(text) !== original(text)) return fail(`the BigInt fnv1a64 gives ${short(text)} for ${JSON.stringify(text)}, @lit/localize ${original(text)}`);
    }
    return SHORT;
  });
}

/**
 * @lit/localize's lookup (`runtimeMsg`) hashes a message's text when it is given no id, and keeps the
 * ids in a cache of its own. The widgets' `msg()` (src/i18n/msg.ts), its only caller in the
 * script-tag build, always gives it an id when it gives it templates, so the build leaves that
 * fallback out (0.05 kB gzip on every page). Its cache of an html message's order of expressions
 * (`expressionOrders`) keeps the translation's own `values`, which nothing changes (the lookup returns
 * a copy), so the build reads them there (0.02 kB). A runtime-msg.js that reads its id or that order
 * otherwise fails the build.
 */
function runtimeMsgWithGivenIds(): Plugin {
  const ID = 'const id = options?.id ?? generateId(template);';
  const CACHE = 'const hashCache = new Map();';
  const ORDERS = 'const expressionOrders = new WeakMap();';
  const ORDER =
    /let order = expressionOrders\.get\(localized\);\s*if \(order === undefined\) \{\s*order = localized\.values;\s*expressionOrders\.set\(localized, order\);\s*\}/;
  return rewriteModule('runtime-msg-with-given-ids', /[\\/]@lit[\\/]localize[\\/]internal[\\/]runtime-msg\.js$/, (code, fail) => {
    if (!code.includes(ID) || !code.includes(CACHE) || !code.includes(ORDERS) || !ORDER.test(code))
      return fail('runtimeMsg no longer reads its id and its order of expressions as runtimeMsgWithGivenIds() expects');
    return code
      .replace(ID, 'const id = options.id;')
      .replace(CACHE, '')
      .replace(/\nfunction generateId\(template\) \{[^]*?\n\}\n/, '\n')
      .replace(ORDERS, '')
      .replace(ORDER, 'const order = localized.values;');
  });
}

/**
 * Whitespace and comments inside html`…`, svg`…` and css`…` templates go (the Lit team's plugin:
 * html-minifier-terser and clean-css, `${}` kept as placeholders; the widgets' CSS and markup were
 * about 3 kB of the script-tag build's gzip). A template it cannot minify fails the build rather
 * than shipping a half-minified one. Templates with an expression in a tag name (lit/static-html
 * headings, `<${tag}>`) are left as written: the HTML parser cannot read them.
 * Attribute values go without their quotes where HTML needs none (`part=status`, `href=${…}`): the
 * same attributes when parsed, and Lit reads an unquoted binding as it does a quoted one (and puts a
 * space between a binding and a `/>` after it). Every changed template gives the same DOM as before
 * (its Lit template HTML parsed by parse5, compared template by template); 0.16 kB gzip less on a
 * page with every widget. Optional end tags (`</p>`, `</li>`) stay: without them a template that
 * ends in a binding gets one more comment node from Lit.
 * The minifier drops the spaces at a template's edges and at the edges of an element's text
 * (`html\` · …\``, `<span> · …</span>`): a space a reader should see there is written as an
 * expression (`${' · '}`); test/cli/template-whitespace.test.mjs fails on one that is dropped.
 */
function minifyTemplates() {
  return minifyHTMLLiterals({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: templateMinifyOptions,
  });
}

/** Words that an export may be named but a binding may not (`import{do as e}` is valid, `import{do}` is not). */
const KEYWORDS = new Set(
  'arguments await break case catch class const continue debugger default delete do else enum eval export extends false finally for function if implements import in instanceof interface let new null package private protected public return static super switch this throw true try typeof var void while with yield'.split(
    ' ',
  ),
);

/**
 * The script-tag build's minifier, over each chunk: Terser (three passes, its safe transforms
 * only) finds what Oxc's minifier leaves, and Oxc after it still finds a little more (0.23 kB gzip
 * less on the programme's page, 0.39 kB on a page with every widget than Oxc alone; issue 14;
 * Terser alone, without Oxc after it, came out larger).
 * Each binding that a chunk imports or exports is named as the chunk imports or exports it:
 * `import{t,n}from"./x.js"` and `export{t,n}`, not `import{t as e,n as r}` and `export{e as t,r as n}`
 * (each widget's chunk imports 20 to 30 names from the loader, which exports about 60). Terser is
 * given those names (its name cache) and Oxc keeps them (`reserved`, per chunk: Rolldown's own
 * minifier takes one list for every chunk, so the build's `minify` is off and Oxc runs here).
 * A name the chunk imports from two chunks, or imports and exports, goes to the first binding
 * (imports first); the other is mangled as before. 0.71 kB gzip less on a page with every widget,
 * 0.36 kB on the programme's page, 0.25–0.28 kB on the others.
 * The npm build keeps names for the app's bundler and is not passed through it.
 */
function minifyChunks(): Plugin[] {
  return [
    {
      name: 'terse',
      async renderChunk(code) {
        // Rolldown's lines `import { t as html, n } from "./x.js";` and `export { ConfProgramme, y as t };`.
        const split = (list: string) => list.split(',').map((specifier) => specifier.trim().split(/\s+as\s+/));
        const imports = [...code.matchAll(/^import \{([^}]*)\} from "[^"]*";$/gm)].flatMap(([, list]) => split(list));
        const exports = [...code.matchAll(/^export \{([^}]*)\};$/gm)].flatMap(([, list]) => split(list).map(([local, name = local]) => [name, local]));
        const names: Record<string, string> = {};
        const given = new Set<string>();
        for (const [name, local = name] of [...imports, ...exports]) {
          if (!/^[A-Za-z_$][\w$]*$/.test(name) || KEYWORDS.has(name) || given.has(name) || `$${local}` in names) continue;
          given.add(name);
          names[`$${local}`] = name;
        }
        const { code: out, map } = await minify(code, { module: true, compress: { passes: 3 }, sourceMap: true, nameCache: { vars: { props: names } } });
        return { code: out ?? code, map: map as string };
      },
    },
    {
      name: 'oxc-minify',
      async renderChunk(code, chunk) {
        // Terser's `import{t,n as o}from"./x.js"` and `export{t,o as n}`: the bindings named as imported or exported stay so.
        const reserved = [...code.matchAll(/(?:import|export)\{([^}]*)\}/g)].flatMap(([, list]) => list.split(',').filter((name) => !name.includes(' as ')));
        const result = await oxcMinify(chunk.fileName, code, {
          module: true,
          compress: { target: 'es2022' },
          mangle: { reserved },
          codegen: { removeWhitespace: true },
          sourcemap: true,
        });
        if (result.errors.length > 0) this.error(`oxc-minify: ${result.errors.map((error) => error.message).join('; ')}`);
        return { code: result.code, map: result.map };
      },
    },
  ];
}

/**
 * The translation chunks (src/generated/locales/<locale>/<group>.ts: one object of strings each) name
 * no source map: `//# sourceMappingURL=…` was about 40 bytes of gzip in each such file, of which a
 * page with every widget loads six, and what a map would show is the same object, with the ids the
 * sources use. Their maps are still written beside them (for a tool that is pointed at one); every
 * other chunk names its map as before.
 * Each is `export default{…}`: Rolldown writes a module's `export default {…}` as
 * `var e={…};export{e as default}`, and the chunk needs no name for its one object.
 */
function translationChunks(): Plugin {
  const isTranslations = (chunk: { facadeModuleId: string | null }) => /[\\/]src[\\/]generated[\\/]locales[\\/]/.test(chunk.facadeModuleId ?? '');
  return {
    name: 'translation-chunks',
    renderChunk(code, chunk) {
      if (!isTranslations(chunk)) return null;
      // `import{tt}from"./x.js";var e={…};export{e as default};`
      const start = /^((?:import\{[^}]*\}from"[^"]*";)?)var ([\w$]+)=\{/.exec(code);
      const end = start && new RegExp(String.raw`\};export\{${start[2].replace('$', '\\$')} as default\};?\s*$`).exec(code);
      if (!start || !end || chunk.moduleIds.length !== 1) this.error(`${chunk.fileName}: not one object as the default export of a translation module`);
      const text = new MagicString(code);
      text.overwrite(start[1].length, start[0].length - 1, 'export default');
      text.overwrite(end.index + 1, code.length, ';');
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !isTranslations(chunk)) continue;
        const code = chunk.code.replace(/\n\/\/# sourceMappingURL=[^\n]*\n?$/, '\n');
        if (code === chunk.code) this.error(`${chunk.fileName}: no //# sourceMappingURL line at its end to leave out`);
        chunk.code = code;
      }
    },
  };
}

/**
 * Two builds from the same sources:
 * - `vite build`: the npm package, one ES module per entry, every dependency (lit,
 *   @lit/localize, valibot, d3-geo, topojson-client, ical-generator) left to the user's bundler.
 * - `vite build --mode cdn`: one self-contained entry for a plain script tag,
 *   with each widget in its own chunk beside it.
 * `npm start` (the dev server) serves the demo from the repository root.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve') {
    // The dependency scan reads the demo's pages only: by default it reads every HTML file under the
    // root, the test fixtures too, and one of those imports a CDN path that only its test serves
    // ("Failed to run dependency scan" on every `npm start`).
    return { server: { port: 5173, open: '/demo/' }, optimizeDeps: { entries: ['demo/**/*.html'] } };
  }
  if (mode === 'cdn') {
    return {
      // Templates minified (minifyTemplates) in both builds.
      plugins: [
        dropMessageDescriptions(),
        shortMessageIds(),
        shortCustomProperties(),
        dropWorkCounters(),
        mergeWithoutArrayFrom(),
        litPolicyHere(),
        litWithoutMetadata(),
        litWithoutVersionLists(),
        litWithoutPolyfillSupport(),
        litRenamePropertyInlined(),
        fnv1a64WithBigInt(),
        runtimeMsgWithGivenIds(),
        parallelChunks(),
        minifyTemplates(),
        minifyChunks(),
        translationChunks(),
      ],
      build: {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        // .vite/manifest.json: the chunk graph, which `npm run size` reads per page scenario.
        manifest: true,
        target: 'es2022',
        sourcemap: true,
        lib: { entry: here('src/cdn.ts'), formats: ['es'], fileName: () => 'staedtepartner-widgets.js' },
        // Minified, whitespace included: Vite leaves an 'es' library build unminified so
        // that bundlers keep its pure annotations, but nobody bundles the script-tag build.
        rollupOptions: {
          output: {
            // The hash alone (as Shoelace's CDN build names its chunks): every chunk names the chunks it
            // imports, and the names' words were 0.17 kB gzip of the programme's page, 0.31 kB of a page
            // with every widget (issue 14). `npm run size` names each chunk's role from the manifest.
            chunkFileNames: 'chunks/[hash].js',
            // Minified by minifyChunks(), Oxc included.
            minify: false,
            // The minifier keeps `/* @__PURE__ */` and `/* @__NO_SIDE_EFFECTS__ */` for a later
            // bundler; the script-tag build is the last step, so they are dropped (0.34 kB gzip
            // on the programme's page, 186 in valibot's chunk alone). Legal comments stay.
            comments: { annotation: false },
            // Every page loads the entry's imports: in one chunk, not five (the bundler split off the
            // parts that lazy chunks share too), so no chain entry → loader → dates and fewer files.
            // The language runtime (lit-localize's lookup, language.ts) is in it too: every page needs
            // both, and one chunk compresses better than two (0.31 kB gzip less on every page). So are
            // Lit and the widgets' base class (staedtepartner-element.ts and what only it imports), which
            // every widget needs: 0.80 kB gzip less on every widget page than in a chunk of their own, and
            // they arrive with the loader instead of with the widget's chunk. A page with the script and
            // no widget loads them too.
            // So is the clock controller (programme and jubilee list; in a chunk of its own it was one
            // more file on their pages and 0.26 kB gzip more on the programme's, for 0.15 kB on the
            // overview's and history's pages, which do not use it).
            // A module not named here that the entry needs is still asked for at once (parallelChunks).
            codeSplitting: {
              groups: [
                {
                  name: 'loader',
                  test: /[\\/](valibot[\\/]dist[\\/]index\.mjs|src[\\/]feed[\\/](marks|next-task|schema|validate|loader|constants|dates|zoned-time)\.ts|src[\\/]i18n[\\/](msg|language)\.ts|src[\\/]generated[\\/]locale-codes\.ts|@lit[\\/]localize[\\/]internal[\\/](str-tag|default-msg|fnv1a64|id-generation|runtime-msg)\.js|@lit[\\/]reactive-element[\\/](css-tag|reactive-element)\.js|lit-html[\\/](lit-html|static)\.js|lit-element[\\/]lit-element\.js|src[\\/]lit-policy\.ts|src[\\/]shared[\\/](staedtepartner-element|remembered|styles|retry-focus-controller|heading|clock|clock-controller)\.ts|src[\\/]i18n[\\/]format\.ts|src[\\/]feed[\\/]text\.ts)$/,
                },
              ],
            },
          },
        },
      },
    };
  }
  return {
    // The templates' CSS and markup minified here too: an app's bundler minifies the JavaScript
    // around a template but leaves the strings inside html`…` and css`…` as they are.
    plugins: [dropMessageDescriptions(), shortMessageIds(), dropWorkCounters(), minifyTemplates()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: {
          // The classes and the API, registering nothing.
          index: here('src/index.ts'),
          feed: here('src/feed/index.ts'),
          // Where a feed's JSON breaks: loaded by the widgets only for such a feed; an entry for the command line (bin/).
          'json-break': here('src/feed/json-break.ts'),
          i18n: here('src/i18n/index.ts'),
          // Registers all five widgets (and re-exports index).
          all: here('src/all.ts'),
          // The React components (@lit/react), all five; react/<tag> below is one.
          react: here('src/react/index.ts'),
          // Per widget: define/ registers its tag, components/ is the class alone.
          ...Object.fromEntries(
            WIDGETS.flatMap((tag) => [
              [`define/${tag}`, here(`src/${tag}/define.ts`)],
              [`components/${tag}`, here(`src/${tag}/component.ts`)],
              [`react/${tag}`, here(`src/react/${tag}.ts`)],
            ]),
          ),
        },
        formats: ['es'],
      },
      rollupOptions: {
        external: isDependency,
        output: {
          // Minified without renaming: whitespace and dead code go, names stay, so stack traces,
          // devtools and React's display names read as in the sources, and `/* @__PURE__ */`
          // annotations stay for the app's bundler to tree-shake by.
          minify: { compress: true, mangle: false, codegen: { removeWhitespace: true } },
          // A chunk that registers elements must stay in dist/define/, the only folder
          // package.json marks as having side effects (with dist/all.js and dist/cdn/).
          chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /[\\/]define\.ts$/.test(id)) ? 'define/[name]-[hash].js' : 'chunks/[name]-[hash].js'),
          // The React components are client components: a server component of Next's App Router
          // that imports them without this line fails ("useRef is not a function").
          banner: (chunk) => (chunk.isEntry && /^react(\/|$)/.test(chunk.name) ? "'use client';" : ''),
        },
      },
    },
  };
});
