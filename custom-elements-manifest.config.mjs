/**
 * Configuration of the custom-elements-manifest analyzer (`cem analyze`, run by `npm run build`),
 * which writes dist/custom-elements.json: the public API of each widget as Storybook's Docs pages,
 * editors and the framework typings read it.
 *
 * The analyzer lists every class member, also the private ones (the map's zoomPan,
 * resizeObserver …), which then appear as properties in Storybook and in generated typings. The
 * plugin below keeps only what a page or an app may use. scripts/check-manifest.mjs checks the
 * result after the build.
 */

/** Tags that take a member out of the manifest (`@internal` implementation detail, `@ignore`). */
const HIDING_TAGS = new Set(['internal', 'ignore']);

/** A module reference (`/src/shared/x.js`) as the path of its source (`src/shared/x.ts`). */
const sourcePath = (reference) => reference.replace(/^\//, '').replace(/\.js$/, '.ts');

/** Whether a manifest member is for the widget's users. */
export function isPublicMember(member) {
  if (member.privacy === 'private' || member.privacy === 'protected') return false;
  return !member.name.startsWith('#') && !member.name.startsWith('_');
}

/**
 * A type as the analyzer writes it, with `undefined` once: it adds `| undefined` to an optional
 * field, also to one declared `country?: string | undefined` (so that an app compiled with
 * `exactOptionalPropertyTypes` may assign `undefined`), which read `string | undefined | undefined`.
 */
const undefinedOnce = (text) => text.replace(/(?: \| undefined)+$/, ' | undefined');

/**
 * Drops private and protected members, `#private` and `_underscored` ones, and those whose JSDoc
 * has `@internal` or `@ignore`, from every class; attributes that belong to a dropped field go
 * with it.
 */
function publicApiOnly() {
  /** `path → class name → member names` tagged `@internal` / `@ignore` in the source. */
  const hidden = new Map();
  return {
    name: 'staedtepartner-widgets: public API only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const names = new Set();
      for (const member of node.members) {
        const tags = ts.getJSDocTags(member).map((tag) => tag.tagName.getText());
        if (member.name && tags.some((tag) => HIDING_TAGS.has(tag))) names.add(member.name.getText());
      }
      if (names.size === 0) return;
      if (!hidden.has(moduleDoc.path)) hidden.set(moduleDoc.path, new Map());
      hidden.get(moduleDoc.path).set(node.name.getText(), names);
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = new Map();
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) classes.set(`${module.path}#${declaration.name}`, declaration);
      }
      // A member tagged in a class is hidden there and in every subclass, also where a subclass
      // overrides it (each widget sets its own `static translations`).
      const isHidden = (member, declaration, module) => {
        let current = { name: declaration.name, module: module.path };
        for (let depth = 0; current && depth < 20; depth += 1) {
          if (hidden.get(current.module)?.get(current.name)?.has(member.name)) return true;
          const superclass = classes.get(`${current.module}#${current.name}`)?.superclass;
          current = superclass?.module ? { name: superclass.name, module: sourcePath(superclass.module) } : undefined;
        }
        return false;
      };
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class' && declaration.kind !== 'mixin') continue;
          const dropped = new Set();
          declaration.members = (declaration.members ?? []).filter((member) => {
            const keep = isPublicMember(member) && !isHidden(member, declaration, module);
            if (!keep) dropped.add(member.name);
            return keep;
          });
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !dropped.has(attribute.fieldName));
          }
          for (const entry of [...declaration.members, ...(declaration.attributes ?? [])]) {
            if (entry.type?.text) entry.type.text = undefinedOnce(entry.type.text);
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/react: the React components (@lit/react wrappers) are not custom elements of their own.
  exclude: ['src/generated/**', 'src/**/*.topo.ts', 'src/react/**'],
  outdir: 'dist',
  litelement: true,
  // package.json already names the manifest ("customElements"); the build must not rewrite it.
  packagejson: false,
  plugins: [publicApiOnly()],
};
