/**
 * React for the browser tests (test/react/): React and react-dom are published as CommonJS only,
 * which the test runner's node resolution cannot serve to a browser. This plugin answers the bare
 * imports `react`, `react-dom`, `react-dom/client`, `react-dom/server.browser` and `react/jsx-runtime` (from a test or from
 * src/react/) with ES modules: esbuild bundles the CommonJS once per run (development build, one
 * shared copy of React behind all five), and each module re-exports the names that Node's
 * `require()` finds on it, so `import { createElement } from 'react'` works as in an app.
 * (Those names are read in a child process: loading React here would patch the console that
 * the test runner's terminal owns.)
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const SPECIFIERS = ['react', 'react-dom', 'react-dom/client', 'react-dom/server.browser', 'react/jsx-runtime'];
const PREFIX = '/__react__/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

const urlOf = (specifier) => `${PREFIX}${specifier.replace('/', '__')}.js`;

/** Path under PREFIX → source; built on the first request. */
let modules;

async function bundle() {
  const entryPoints = Object.fromEntries(SPECIFIERS.map((specifier) => [`cjs/${specifier.replace('/', '__')}`, require.resolve(specifier)]));
  const { outputFiles } = await build({
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: '/out',
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  const served = new Map(outputFiles.map((file) => [file.path.replace(/^\/out\//, ''), file.text]));
  // process.exit(): react-dom/server.browser keeps a MessageChannel open, which would hold the child for ever.
  const script = `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(SPECIFIERS)}.map((s) => [s, Object.keys(require(s))])))); process.exit()`;
  const exported = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: import.meta.dirname, encoding: 'utf8' }));
  for (const specifier of SPECIFIERS) {
    const names = exported[specifier].filter((name) => name !== 'default' && IDENTIFIER.test(name));
    const cjs = `./cjs/${specifier.replace('/', '__')}.js`;
    served.set(urlOf(specifier).slice(PREFIX.length), `import module from '${cjs}';\nexport default module;\nexport const { ${names.join(', ')} } = module;\n`);
  }
  return served;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      return SPECIFIERS.includes(source) ? urlOf(source) : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      modules ??= bundle();
      const body = (await modules).get(context.path.slice(PREFIX.length));
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
