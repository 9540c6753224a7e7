/**
 * Build-only (vite.config.ts, CDN build): no waterfall of chunks (issue 14). A browser sees a
 * module's imports only once it has downloaded it, so entry → loader → dates cost a round trip
 * each, and a widget's chunk → the shared base class another: about 150–250 ms each on a slow line.
 * - The entry also names the chunks its imports import, as bare `import"./x.js"` at its end: the
 *   browser asks for all of them at once. At the end, after the entry's own imports, they change
 *   no evaluation order (each is already evaluated by then, as an import of an import). Other
 *   chunks are asked for by an `import()`, below, with everything under them.
 * - Each `import("./x.js")` asks for x's imports at the same time (`Promise.all`, x's namespace
 *   kept), those the importing chunk does not have already: a widget's chunk and the shared chunks
 *   under it arrive together. A module still runs only after everything it imports.
 * Vite's own modulepreload does this for apps, not for library builds; Rolldown has no
 * hoistTransitiveImports. Module imports resolve against the importing chunk's URL, so a CDN
 * folder, `<base href>` and a strict CSP (script-src for the chunks' origin) work as before.
 */
import MagicString from 'magic-string';
import { posix } from 'node:path';
import type { Plugin } from 'vite';

const DYNAMIC_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`\s]+?\.js)\1\)/g;

export function parallelChunks(): Plugin {
  return {
    name: 'parallel-chunks',
    renderChunk(code, chunk, _options, meta) {
      const chunks = meta.chunks as Record<string, { imports: readonly string[] }>;
      // Every chunk `file` needs before it can run: its static imports, transitively.
      const needs = (file: string, into = new Set<string>()): Set<string> => {
        for (const dependency of chunks[file]?.imports ?? []) {
          if (!into.has(dependency)) {
            into.add(dependency);
            needs(dependency, into);
          }
        }
        return into;
      };
      const from = posix.dirname(chunk.fileName);
      const specifier = (file: string) => {
        const path = posix.relative(from, file);
        return path.startsWith('.') ? path : `./${path}`;
      };
      const present = needs(chunk.fileName);
      const text = new MagicString(code);
      for (const match of code.matchAll(DYNAMIC_IMPORT)) {
        const [whole, quote, path] = match;
        const target = posix.join(from, path);
        const extra = [...needs(target)].filter((file) => file !== chunk.fileName && !present.has(file));
        if (extra.length === 0) continue;
        const also = extra.map((file) => `import(${quote}${specifier(file)}${quote})`).join(',');
        text.overwrite(match.index, match.index + whole.length, `Promise.all([${whole},${also}]).then(m=>m[0])`);
      }
      const hoisted = chunk.isEntry ? [...present].filter((file) => !chunk.imports.includes(file)) : [];
      if (hoisted.length > 0) text.append(`\n${hoisted.map((file) => `import"${specifier(file)}";`).join('')}`);
      if (!text.hasChanged()) return null;
      return { code: text.toString(), map: text.generateMap({ hires: true }) };
    },
  };
}
