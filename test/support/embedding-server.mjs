/**
 * Test-only routes for embedding hazards, mounted beside the fault server:
 *
 *   /test/fixtures/embed/*?csp      the file, served with a strict
 *                                   Content-Security-Policy header (no inline
 *                                   script or style, nothing from elsewhere)
 *   /test/fixtures/embed/*?csp&tt=<policies>
 *                                   the same, and Trusted Types enforced:
 *                                   require-trusted-types-for 'script', with
 *                                   `trusted-types <policies>` when given
 *                                   (policy names, 'allow-duplicates', 'none')
 *   /__copy/<n>/<path>              the repository file <path>, under another
 *                                   URL: a second, independent copy of the
 *                                   built bundle (its chunks resolve under the
 *                                   same prefix), as when a page loads the
 *                                   widgets twice from different places
 *   /__copy/<n>-without-<name>/<path>
 *                                   the same, but the file <name>.js is not
 *                                   found (404): a chunk that cannot be
 *                                   loaded, as for a reader gone offline
 *   /__site/<path>                  a static site (test/fixtures/cdn-site/<path>)
 *                                   with the built dist/cdn/ folder under
 *   /__site/assets/vendor/staedtepartner-widgets/<path>
 *                                   and the sample feed at /__site/daten/feed.json
 */
import { readFile } from 'node:fs/promises';
import { extname, normalize } from 'node:path';
import { CONTENT_TYPES } from '../../scripts/chromium.mjs';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'";

/** The strict policy with Trusted Types enforced; `policies` is the `trusted-types` list, if any. */
export function trustedTypesCsp(policies) {
  const list = policies.trim();
  if (!/^[\w\s'-]*$/.test(list)) throw new Error(`not a trusted-types list: ${list}`);
  return `${STRICT_CSP}; require-trusted-types-for 'script'${list ? `; trusted-types ${list}` : ''}`;
}

const root = new URL('../../', import.meta.url);

/** The static site's folders, longest first: URL prefix → repository folder or file. */
const SITE = [
  ['/__site/assets/vendor/staedtepartner-widgets/', 'dist/cdn/'],
  ['/__site/daten/feed.json', 'demo/feed.json'],
  ['/__site/', 'test/fixtures/cdn-site/'],
];

/** The repository file a /__site/ or /__copy/<n>/ address names, or undefined. */
function mappedPath(urlPath) {
  const copy = /^\/__copy\/\d+(?:-without-([\w-]+))?\/(.+)$/.exec(urlPath);
  if (copy) return copy[1] && copy[2].endsWith(`/${copy[1]}.js`) ? 'the file left out' : copy[2];
  const site = SITE.find(([prefix]) => urlPath.startsWith(prefix));
  return site && site[1] + urlPath.slice(site[0].length);
}

/**
 * @param {import('koa').Context} ctx
 * @param {() => Promise<unknown>} next
 */
export async function embeddingServer(ctx, next) {
  const mapped = mappedPath(ctx.path);
  if (mapped) {
    const path = normalize(mapped);
    if (path.startsWith('..')) {
      ctx.status = 403;
      return;
    }
    try {
      ctx.body = await readFile(new URL(path, root));
      ctx.type = CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
      ctx.set('Cache-Control', 'no-store');
    } catch {
      ctx.status = 404;
    }
    return;
  }
  await next();
  if (ctx.path.startsWith('/test/fixtures/embed/') && 'csp' in ctx.query) {
    const tt = ctx.query.tt;
    ctx.set('Content-Security-Policy', typeof tt === 'string' ? trustedTypesCsp(tt) : STRICT_CSP);
    ctx.set('Cache-Control', 'no-store');
  }
}
