#!/usr/bin/env node
/**
 * Splits the translations per widget (`npm run i18n:build`, after `lit-localize build`).
 *
 * `lit-localize build` writes one module per locale with the strings of every widget
 * (src/generated/locales/<locale>.ts). A page should download only the strings of the
 * widgets it shows, so this step writes, from the same XLIFF files and the same program
 * analysis, one module per locale and group:
 *
 *   src/generated/locales/<locale>/<group>.ts   (lit-localize's `templates`, as the default export)
 *   src/generated/locales/<locale>/all.ts       (every group's, for a page with most of the widgets)
 *
 * Groups: each widget folder (a folder `src/<name>/` with a `define.ts`) is the group
 * `<name>`; every other file (src/shared, src/i18n, src/feed, the entries) is the group
 * `shared`. A message id used in more than one group goes to `shared` only, so every id
 * is in exactly one group and merging groups never overwrites a translation.
 * A new widget folder becomes a group without editing this script.
 *
 * Message ids and source files come from @lit/localize-tools' own analysis (the code
 * `lit-localize extract` runs), and the modules from its runtime-mode generator, so ids,
 * escaping and placeholder order are the ones lit-localize produces; the modules keep only the
 * first characters of the ids lit-localize makes from a message's text (see "short ids" below).
 *
 * The modules take `str` from the widgets' own src/i18n/msg.ts, not from '@lit/localize'
 * (whose root module would put its page-global runtime into the script-tag build).
 *
 * Also writes src/generated/translation-groups.ts (the group names, for the tests) and
 * fails when a widget that has messages does not declare its translation loaders
 * (`static override translations = { group: '<name>', de: () => import(…), … }`):
 * without them its strings would never reach the page.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { readConfigFileAndWriteSchema } from '@lit/localize-tools/lib/config.js';
import { RuntimeLitLocalizer } from '@lit/localize-tools/lib/modes/runtime.js';
import { extractOptions, extractTemplate, generateMsgIdFromAstNode, isMsgCall } from '@lit/localize-tools/lib/program-analysis.js';

const root = resolve(import.meta.dirname, '..');
const SHARED = 'shared';
/** Not a group: the module of every group (a widget's folder has a "-" in its name, so never `all`). */
const ALL = 'all';
const src = join(root, 'src');

const config = readConfigFileAndWriteSchema(join(root, 'lit-localize.json'));
if (config.output.mode !== 'runtime') throw new Error('split-translations: lit-localize.json must use output.mode "runtime"');
const outputDir = config.resolve(config.output.outputDir);
const extension = config.output.language === 'js' ? 'js' : 'ts';

/** Widget folders: src/<name>/define.ts. */
const widgets = readdirSync(src, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'define.ts')))
  .map((entry) => entry.name)
  .sort();

function groupOf(fileName) {
  const path = relative(src, fileName);
  if (path.startsWith('..')) return SHARED;
  const [folder] = path.split(sep);
  return widgets.includes(folder) ? folder : SHARED;
}

// ---- program analysis: the messages, the translations, and where each id is used ----------

const localizer = new RuntimeLitLocalizer(config);
const { messages, errors } = localizer.extractSourceMessages();
if (errors.length > 0) {
  console.error(ts.formatDiagnosticsWithColorAndContext(errors, ts.createCompilerHost({})));
  throw new Error('split-translations: the program has msg() errors; run lit-localize extract');
}
const { translations } = localizer.readTranslationsSync();

// extractSourceMessages() keeps one occurrence per id; walk the same program for all of
// them, with the same id function, to learn every file an id is used in.
const program = localizer.program;
const checker = program.getTypeChecker();
/** @type {Map<string, Set<string>>} id → groups */
const usedIn = new Map();
/** Ids lit-localize made from a message's text (`s` or `h` and 16 hex digits), not given as `{ id }`. */
const hashed = new Set();
for (const file of program.getSourceFiles()) {
  if (file.isDeclarationFile) continue;
  const visit = (node) => {
    if (isMsgCall(node, checker) && node.arguments.length >= 1) {
      const template = extractTemplate(node.arguments[0], file, checker);
      const options = extractOptions(node.arguments[1], file);
      if (template.result && options.result) {
        const id = options.result.id ?? generateMsgIdFromAstNode(template.result.template, template.result.tag === 'html');
        if (options.result.id === undefined) hashed.add(id);
        if (!usedIn.has(id)) usedIn.set(id, new Set());
        usedIn.get(id).add(groupOf(file.fileName));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
}

/** @type {Map<string, string>} id → group */
const groupOfId = new Map();
for (const message of messages) {
  const groups = usedIn.get(message.name);
  if (!groups) throw new Error(`split-translations: message ${message.name} was extracted but not found again`);
  groupOfId.set(message.name, groups.size === 1 ? [...groups][0] : SHARED);
}

// ---- short ids --------------------------------------------------------------------------------

/**
 * The modules name a message by the first `idLength` characters of its id (`s` or `h` and some of
 * its 16 hex digits): random hex does not compress, and the full ids were about a sixth of a
 * translation chunk's gzip. The shortest length from 4 up at which no two ids of the sources'
 * messages, nor an id given as `{ id }`, are the same (6 for 196 messages: `s` and 5 hex digits;
 * each digit less is about 0.5 byte of gzip per message); src/i18n/msg.ts looks messages up by
 * that prefix (`messageIdLength`).
 */
const explicitIds = new Set([...groupOfId.keys()].filter((id) => !hashed.has(id)));
let idLength = 4;
for (;;) {
  const prefixes = [...hashed].map((id) => id.slice(0, idLength));
  if (new Set(prefixes).size === prefixes.length && !prefixes.some((prefix) => explicitIds.has(prefix))) break;
  idLength++;
}
const KEY = /^(\s*)'([sh][0-9a-f]{16})':/gm;
const shorten = (text) => text.replace(KEY, (whole, space, id) => (hashed.has(id) ? `${space}'${id.slice(0, idLength)}':` : whole));

// ---- one lit-localize runtime module per group and locale ------------------------------------

/** lit-localize's own generator, fed the messages of one group. */
class GroupLocalizer extends RuntimeLitLocalizer {
  constructor(group, dir) {
    super({ ...config, output: { ...config.output, outputDir: dir, localeCodesModule: undefined } });
    const inGroup = (message) => groupOfId.get(message.name) === group;
    this.groupMessages = messages.filter(inGroup);
    this.groupTranslations = new Map([...translations].map(([locale, list]) => [locale, list.filter(inGroup)]));
  }
  extractSourceMessages() {
    return { messages: this.groupMessages, errors: [] };
  }
  readTranslationsSync() {
    return { translations: this.groupTranslations };
  }
}

/**
 * Writes lit-localize's module of `locale` (one group's, or the whole locale's) as
 * src/generated/locales/<locale>/<group>.ts: short ids, `str` from the widgets' msg.ts, and the
 * templates as the default export (in the script-tag build a chunk is then `export default{…}`,
 * vite.config.ts, without a name that every translation chunk would carry twice).
 */
function writeModule(source, locale, group) {
  const text = shorten(source)
    .replace(
      '// Re-generate this file by running lit-localize',
      `// Re-generate this file by running npm run i18n:build (lit-localize build + scripts/split-translations.mjs).\n    // The ${locale} strings of ${group === ALL ? 'every group' : `the group "${group}"`}.`,
    )
    .replace("import {str} from '@lit/localize';", "import {str} from '../../../i18n/msg.js';")
    .replace(/^(\s*)export const templates = \{/m, (_, space) => `${space}export default {`);
  if (!/^\s*export default \{/m.test(text))
    throw new Error(`split-translations: no "export const templates = {" in lit-localize's ${locale} module of "${group}"`);
  const target = join(outputDir, locale, `${group}.${extension}`);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

const groups = [SHARED, ...widgets];
const scratch = mkdtempSync(join(tmpdir(), 'split-translations-'));
for (const locale of config.targetLocales) rmSync(join(outputDir, locale), { recursive: true, force: true });
const counts = [];
try {
  for (const group of groups) {
    const dir = join(scratch, group);
    const groupLocalizer = new GroupLocalizer(group, dir);
    await groupLocalizer.build();
    counts.push(`${group} ${groupLocalizer.groupMessages.length}`);
    for (const locale of config.targetLocales) writeModule(readFileSync(join(dir, `${locale}.${extension}`), 'utf8'), locale, group);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
// Every group of a language in one module, for pages that show most of the widgets (src/cdn.ts):
// lit-localize's whole-locale module, written as the groups' modules are.
for (const locale of config.targetLocales) writeModule(readFileSync(join(outputDir, `${locale}.${extension}`), 'utf8'), locale, ALL);

writeFileSync(
  join(src, 'generated', `translation-groups.${extension}`),
  `// Do not modify this file by hand!
// Re-generate this file by running npm run i18n:build (scripts/split-translations.mjs).

/** The translation groups: "shared" and one per widget folder (src/<name>/define.ts). */
export const translationGroups = ${JSON.stringify(groups)}${extension === 'ts' ? ' as const' : ''};

/** How many characters of a message id the modules of src/generated/locales/<locale>/ keep (src/i18n/msg.ts). */
export const messageIdLength = ${idLength};
`,
);

// ---- every widget with messages must declare where its translations are ------------------

function filesIn(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}
const undeclared = [];
for (const widget of widgets) {
  if (![...groupOfId.values()].includes(widget)) continue;
  const text = filesIn(join(src, widget))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
  const missing = config.targetLocales.filter((locale) => !text.includes(`generated/locales/${locale}/${widget}.js`));
  if (missing.length > 0) undeclared.push(`  src/${widget}/: no import('../generated/locales/${missing[0]}/${widget}.js')`);
}
if (undeclared.length > 0) {
  console.error(
    'split-translations: these widgets have messages but do not load their translations;\n' +
      "give the element class `static override translations: WidgetTranslations = { group: '<name>', " +
      config.targetLocales.map((locale) => `${locale}: () => import('../generated/locales/${locale}/<name>.js')`).join(', ') +
      ' }`:\n' +
      undeclared.join('\n'),
  );
  process.exit(1);
}

console.log(
  `Split ${messages.length} messages into ${groups.length} groups (${counts.join(', ')}) for ${config.targetLocales.join(', ')}, ids of ${idLength} characters`,
);
