/**
 * The widgets declare their reactive properties in a `static properties` object (src/shared/
 * staedtepartner-element.ts says why), so each name is written twice: as a key there and as the
 * field below it. TypeScript does not check that the two agree, as it did with a decorator on the
 * field: a misspelt key leaves its field silently not reactive and adds a stray property (and, for
 * a public one, a stray attribute). This reads every class in src/ with the TypeScript compiler and
 * holds each key to a field or accessor of its own class: an instance member, private or protected
 * exactly when the key is `state: true`.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { ROOT } from './support.mjs';

const isStatic = (member) => ts.getCombinedModifierFlags(member) & ts.ModifierFlags.Static;
const isHidden = (member) =>
  ts.getCombinedModifierFlags(member) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected) || (member.name && ts.isPrivateIdentifier(member.name));
const nameOf = (node) => (node && (ts.isIdentifier(node) || ts.isStringLiteral(node) || ts.isPrivateIdentifier(node)) ? node.text : undefined);

/** Whether an object literal `{ state: true, … }` declares internal state. */
const declaresState = (declaration) =>
  ts.isObjectLiteralExpression(declaration) &&
  declaration.properties.some(
    (property) => ts.isPropertyAssignment(property) && nameOf(property.name) === 'state' && property.initializer.kind === ts.SyntaxKind.TrueKeyword,
  );

/** What is wrong with the `static properties` of the classes in `text`, one line each. */
export function problems(text, file = 'source.ts') {
  const found = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isClassLike(node)) {
      const className = node.name?.text ?? '(anonymous class)';
      const declarations = node.members.find((member) => isStatic(member) && ts.isPropertyDeclaration(member) && nameOf(member.name) === 'properties');
      if (declarations) {
        const where = `${file}: ${className}.properties`;
        const object = declarations.initializer;
        if (!object || !ts.isObjectLiteralExpression(object)) found.push(`${where} is not an object literal, so its keys cannot be checked`);
        for (const entry of object && ts.isObjectLiteralExpression(object) ? object.properties : []) {
          const key = ts.isPropertyAssignment(entry) ? nameOf(entry.name) : undefined;
          if (key === undefined) {
            found.push(`${where}: write each declaration as \`name: { … }\` (found ${entry.getText(source).slice(0, 40)})`);
            continue;
          }
          const members = node.members.filter(
            (member) =>
              !isStatic(member) && (ts.isPropertyDeclaration(member) || ts.isGetAccessor(member) || ts.isSetAccessor(member)) && nameOf(member.name) === key,
          );
          if (members.length === 0) {
            found.push(`${where}: '${key}' names no field or accessor of ${className}`);
            continue;
          }
          const state = declaresState(entry.initializer);
          if (state && !members.every(isHidden)) found.push(`${where}: '${key}' is internal state (state: true) but its field is public`);
          if (!state && members.some(isHidden)) found.push(`${where}: '${key}' is public API (an attribute or property) but its field is private or protected`);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('static properties name the fields of their own class', () => {
  const files = readdirSync(join(ROOT, 'src'), { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(ROOT, 'src', name))
    .filter((file) => /\bstatic\s+(override\s+)?properties\b/.test(readFileSync(file, 'utf8')));

  it('reads every widget and the base class', () => {
    const names = files.map((file) => relative(ROOT, file)).sort();
    for (const expected of [
      'src/shared/staedtepartner-element.ts',
      'src/conf-programme/conf-programme.ts',
      'src/partnership-map/partnership-map.ts',
      'src/jubilee-list/jubilee-list.ts',
      'src/conf-overview/conf-overview.ts',
      'src/conf-history/conf-history.ts',
    ])
      assert.ok(names.includes(expected), `${expected} declares static properties`);
  });

  it('finds no key without its field in src/', () => {
    assert.deepEqual(
      files.flatMap((file) => problems(readFileSync(file, 'utf8'), relative(ROOT, file))),
      [],
    );
  });

  it('reports a misspelt key, a key of another class, and state left public', () => {
    const text = `
      class A extends LitElement {
        static override properties = { hashPrefx: { attribute: 'hash-prefix' }, open: { state: true }, view: {} };
        hashPrefix = 'programme';
        open = false;
        private view = 'list';
        static label = 'x';
      }
      class B extends LitElement {
        static properties = { other: {}, label: {}, ...shared };
        mine = 1;
        static label = 'y';
      }`;
    assert.deepEqual(problems(text), [
      "source.ts: A.properties: 'hashPrefx' names no field or accessor of A",
      "source.ts: A.properties: 'open' is internal state (state: true) but its field is public",
      "source.ts: A.properties: 'view' is public API (an attribute or property) but its field is private or protected",
      "source.ts: B.properties: 'other' names no field or accessor of B",
      "source.ts: B.properties: 'label' names no field or accessor of B",
      'source.ts: B.properties: write each declaration as `name: { … }` (found ...shared)',
    ]);
  });

  it('accepts accessors, private and protected state, and keys in quotes', () => {
    const text = `
      class C extends LitElement {
        static properties = { 'value': {}, hidden: { state: true }, inner: { state: true } };
        get value() { return 1; }
        set value(v) {}
        private hidden = 0;
        protected inner = 0;
      }`;
    assert.deepEqual(problems(text), []);
  });
});
