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
/**
 * @param {import('koa').Context} ctx
 * @param {() => Promise<unknown>} next
 */
export async function embeddingServer(ctx, next) {
  const copy = /^\/__copy\/\d+\/(.+)$/.exec(ctx.path);
  if (copy) {
    const path = normalize(copy[1]);
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
