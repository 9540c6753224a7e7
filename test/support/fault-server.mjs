/**
 * Test-only HTTP routes for loader and network tests, mounted as a Koa-style
 * middleware in web-test-runner.config.mjs. Every response carries
 * `Cache-Control: no-store`, so every request reaches this server. Keys may
 * contain dots (`/count/feed.json`).
 *
 *   GET /__test__/status/<code>            that status (200–599) with a short text body
 *   GET /__test__/json?body=<urlencoded>   200 application/json, the body verbatim
 *                                          (no validation: send broken JSON on purpose;
 *                                          without `body` the answer is `{}`; &type=<...> sends
 *                                          that content type instead)
 *   GET /__test__/delay/<ms>?body=<...>    waits <ms> (at most 30000), then as /json
 *   GET /__test__/hold/<key>?body=<...>    answers as /json only once /release/<key> is
 *                                          called (at once if it already was); a hold never
 *                                          released ends by itself after 30 s with 503, so a
 *                                          forgotten release fails the test instead of hanging;
 *                                          with &head=<n> the first n characters of the body
 *                                          go out at once and the rest on release (a download
 *                                          under way; an unreleased one breaks off after 30 s)
 *   GET /__test__/held/<key>               200 `{"held":N}`, requests to /hold/<key> still waiting
 *                                          (wait for N > 0 to know the request reached the server)
 *   GET /__test__/release/<key>            answers every waiting /hold/<key> and any later one;
 *                                          200 `{"released":N}` with the number answered now
 *   GET /__test__/turn/<key>               held until the test answers it with /answer/<key>: one
 *                                          request at a time, each answered as the test chooses
 *                                          (unanswered after 30 s: 503), for a failure, a retry
 *                                          held in flight, then success or another failure
 *   GET /__test__/answer/<key>[?status=N]  answers the oldest waiting /turn/<key>: without status
 *                                          (or 200) with demo/feed.json, else status N with a short
 *                                          text; 200 `{"answered":1}`, or 409 when none is waiting
 *   GET /__test__/turns/<key>              200 `{"waiting":N}`, requests to /turn/<key> still waiting
 *   GET /__test__/hang                     200 headers at once, a body that never ends;
 *                                          closed when the client aborts
 *   GET /__test__/hangs                    200 `{"open":N}`, /hang responses not yet closed
 *   GET /__test__/inflate/<bytes>          200 application/json sent gzip-compressed (Content-Encoding:
 *                                          gzip): a few kB on the wire that the browser inflates to
 *                                          a valid feed of <bytes> bytes (at most 200000000), padded
 *                                          with spaces; for the loader's size limit
 *   GET /__test__/count/<key>              200 `{"version":1}` (a small SVG image for a <key> ending
 *                                          in `.svg`: a logo), counts the hit for <key>
 *   GET /__test__/hits/<key>               200 `{"hits":N}`, hits of /count/<key> so far
 *   GET /__test__/flaky/<key>              first request per <key>: 500; later ones:
 *                                          demo/feed.json (for retry tests)
 *   GET /__test__/reset/<key>              forgets <key> for /count and /flaky; 200 `{"hits":0}`
 *   GET /__test__/recover/<fault>/<key>    first request per <key> fails with <fault>, later ones
 *                                          serve demo/feed.json (with Access-Control-Allow-Origin: *).
 *                                          <fault>: 404 | 500 | hang | invalid-json | html | cors |
 *                                          too-large (as /inflate/1000000)
 *                                          (cors: a 200 JSON answer without CORS headers, refused
 *                                          by the browser when requested from another origin)
 *   GET /__test__/module/fake-timers.js    @sinonjs/fake-timers as an ES module (default export),
 *                                          bundled once by esbuild: the package is CommonJS only,
 *                                          which the test runner cannot serve to a browser
 *                                          (test/support/fake-timers.ts loads it)
 *
 * State lives in this process and is shared by all test files, which may run in
 * parallel: give every test its own key (e.g. with a random suffix) and reset it.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PREFIX = '/__test__/';
const FEED_FILE = new URL('../../demo/feed.json', import.meta.url);
const MAX_DELAY_MS = 30_000;
/** A hanging body is cut after this long anyway, so a forgotten abort cannot pile up sockets. */
const HANG_LIMIT_MS = 60_000;

let openHangs = 0;
/** @type {Set<string>} keys of /recover that have already failed once */
const recoverFailedOnce = new Set();
/** @type {Map<string, number>} */
const hitsByKey = new Map();
/** @type {Set<string>} keys whose first /flaky request has already failed */
const flakyFailedOnce = new Set();
/** @type {Map<string, Set<() => void>>} waiting /hold requests by key; each function answers one */
const holdsByKey = new Map();
/** @type {Set<string>} keys already released: a /hold arriving later is answered at once */
const releasedKeys = new Set();
/** A hold is answered with 503 after this long, so an unreleased one cannot hang a test run. */
const HOLD_LIMIT_MS = 30_000;
/** @type {Map<string, ((status: number) => Promise<void>)[]>} waiting /turn requests by key, oldest first */
const turnsByKey = new Map();

/**
 * @param {import('koa').Context} ctx
 * @param {() => Promise<unknown>} next
 */
export async function faultServer(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();

  const [route = '', ...rest] = ctx.path.slice(PREFIX.length).split('/');
  const arg = decodeURIComponent(rest.join('/'));

  switch (route) {
    case 'status':
      return status(ctx, arg);
    case 'json':
      return ctx.query.type ? send(ctx, 200, String(ctx.query.type), bodyParam(ctx)) : json(ctx, bodyParam(ctx));
    case 'delay':
      return delay(ctx, arg);
    case 'hold':
      return hold(ctx, arg);
    case 'held':
      return json(ctx, JSON.stringify({ held: holdsByKey.get(arg)?.size ?? 0 }));
    case 'release':
      return json(ctx, JSON.stringify({ released: release(arg) }));
    case 'turn':
      return turn(ctx, arg);
    case 'answer':
      return answerTurn(ctx, arg);
    case 'turns':
      return json(ctx, JSON.stringify({ waiting: turnsByKey.get(arg)?.length ?? 0 }));
    case 'hang':
      return hang(ctx);
    case 'module':
      return testModule(ctx, arg);
    case 'hangs':
      return json(ctx, JSON.stringify({ open: openHangs }));
    case 'inflate':
      return inflate(ctx, arg);
    case 'count':
      hitsByKey.set(arg, (hitsByKey.get(arg) ?? 0) + 1);
      return arg.endsWith('.svg')
        ? send(ctx, 200, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20"/></svg>')
        : json(ctx, JSON.stringify({ version: 1 }));
    case 'hits':
      return json(ctx, JSON.stringify({ hits: hitsByKey.get(arg) ?? 0 }));
    case 'flaky':
      return flaky(ctx, arg);
    case 'recover':
      return recover(ctx, rest[0] ?? '', decodeURIComponent(rest.slice(1).join('/')));
    case 'reset':
      hitsByKey.delete(arg);
      flakyFailedOnce.delete(arg);
      return json(ctx, JSON.stringify({ hits: 0 }));
    default:
      return text(ctx, 404, `unknown test route ${ctx.path}; see test/support/fault-server.mjs`);
  }
}

/**
 * Writes the response past Koa. The test runner's own middleware sits outside
 * this one and marks any path with a dot in it (`/count/feed.json`) as cacheable
 * for a year once we return; the browser would then answer repeats from its
 * cache and the counters would never see them.
 *
 * @param {import('koa').Context} ctx
 * @param {number} status
 * @param {string} contentType
 * @param {string | null | undefined} body null: none at all; undefined: left open for the caller
 */
function send(ctx, status, contentType, body, extraHeaders = {}) {
  ctx.respond = false;
  ctx.status = status;
  const headers = { 'Cache-Control': 'no-store', 'Content-Type': contentType, ...extraHeaders };
  if (body == null) {
    ctx.res.writeHead(status, headers);
    if (body === null) ctx.res.end();
    return;
  }
  const bytes = Buffer.from(body, 'utf8');
  ctx.res.writeHead(status, { ...headers, 'Content-Length': String(bytes.length) });
  ctx.res.end(bytes);
}

/**
 * @param {import('koa').Context} ctx
 * @param {number} status
 * @param {string} message
 */
function text(ctx, status, message) {
  // 204, 205 and 304 must not carry a body.
  send(ctx, status, 'text/plain; charset=utf-8', [204, 205, 304].includes(status) ? null : message);
}

/** @param {import('koa').Context} ctx */
function bodyParam(ctx) {
  const body = ctx.query.body;
  if (Array.isArray(body)) return body[0] ?? '';
  return body ?? '{}';
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} body
 */
function json(ctx, body) {
  send(ctx, 200, 'application/json; charset=utf-8', body);
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} arg
 */
function status(ctx, arg) {
  const code = Number(arg);
  if (!Number.isInteger(code) || code < 200 || code > 599) {
    return text(ctx, 400, `status must be an integer 200–599, got "${arg}"`);
  }
  text(ctx, code, `status ${code}`);
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} arg
 */
async function delay(ctx, arg) {
  const ms = Number(arg);
  if (!Number.isFinite(ms) || ms < 0) {
    return text(ctx, 400, `delay must be a number of milliseconds, got "${arg}"`);
  }
  await new Promise((resolve) => setTimeout(resolve, Math.min(ms, MAX_DELAY_MS)));
  json(ctx, bodyParam(ctx));
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} key
 */
function hold(ctx, key) {
  if (key === '') return text(ctx, 400, 'hold needs a key: /__test__/hold/<key>');
  if (releasedKeys.has(key)) return json(ctx, bodyParam(ctx));
  const body = bodyParam(ctx);
  const { res } = ctx;
  ctx.respond = false;
  const head = Number(ctx.query.head) || 0;
  if (head > 0) {
    res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' });
    res.write(body.slice(0, head));
  }
  return new Promise((resolve) => {
    const waiting = holdsByKey.get(key) ?? new Set();
    holdsByKey.set(key, waiting);
    /** @param {() => void} answer */
    const finish = (answer) => {
      if (!waiting.delete(settle)) return;
      if (waiting.size === 0 && holdsByKey.get(key) === waiting) holdsByKey.delete(key);
      clearTimeout(limit);
      answer();
      resolve(undefined);
    };
    const settle = () => finish(() => (head > 0 ? res.end(body.slice(head)) : json(ctx, body)));
    const limit = setTimeout(
      () => finish(() => (head > 0 ? res.destroy() : text(ctx, 503, `hold ${key} was not released within ${HOLD_LIMIT_MS / 1000} s`))),
      HOLD_LIMIT_MS,
    );
    limit.unref();
    waiting.add(settle);
    // The client gave up (abort, page closed): nothing to answer any more.
    res.once('close', () => finish(() => {}));
  });
}

/**
 * Answers every waiting /hold/<key>; later holds of the key are answered at once.
 *
 * @param {string} key
 * @returns {number} how many waiting holds were answered
 */
function release(key) {
  releasedKeys.add(key);
  const waiting = [...(holdsByKey.get(key) ?? [])];
  for (const settle of waiting) settle();
  return waiting.length;
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} key
 */
function turn(ctx, key) {
  if (key === '') return text(ctx, 400, 'turn needs a key: /__test__/turn/<key>');
  ctx.respond = false;
  return new Promise((resolve) => {
    const waiting = turnsByKey.get(key) ?? [];
    turnsByKey.set(key, waiting);
    let done = false;
    /** @param {() => Promise<void> | void} respond */
    const finish = async (respond) => {
      if (done) return;
      done = true;
      const index = waiting.indexOf(settle);
      if (index >= 0) waiting.splice(index, 1);
      if (waiting.length === 0 && turnsByKey.get(key) === waiting) turnsByKey.delete(key);
      clearTimeout(limit);
      await respond();
      resolve(undefined);
    };
    /** @param {number} code */
    const settle = (code) =>
      finish(async () => {
        if (code !== 200) return text(ctx, code, `turn ${key}: status ${code}`);
        try {
          json(ctx, await readFile(FEED_FILE, 'utf8'));
        } catch (error) {
          text(ctx, 500, `fault-server cannot read demo/feed.json: ${String(error)}`);
        }
      });
    const limit = setTimeout(() => finish(() => text(ctx, 503, `turn ${key} was not answered within ${HOLD_LIMIT_MS / 1000} s`)), HOLD_LIMIT_MS);
    limit.unref();
    waiting.push(settle);
    ctx.res.once('close', () => finish(() => {}));
  });
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} key
 */
async function answerTurn(ctx, key) {
  const code = ctx.query.status === undefined ? 200 : Number(ctx.query.status);
  if (!Number.isInteger(code) || code < 200 || code > 599) return text(ctx, 400, `status must be an integer 200–599, got "${ctx.query.status}"`);
  const oldest = turnsByKey.get(key)?.[0];
  if (!oldest) return text(ctx, 409, `no request to /turn/${key} is waiting`);
  await oldest(code);
  json(ctx, JSON.stringify({ answered: 1 }));
}

const MAX_INFLATE = 200_000_000;
/** @type {Map<number, Buffer>} gzip-compressed bodies by inflated size, made once each */
const inflatedBodies = new Map();

/**
 * A feed that is small on the wire and large once the browser undoes the
 * compression: `{"version":1}` and spaces, <bytes> bytes in all.
 *
 * @param {import('koa').Context} ctx
 * @param {string} arg
 */
function inflate(ctx, arg) {
  const size = Number(arg);
  if (!Number.isInteger(size) || size < 13 || size > MAX_INFLATE) {
    return text(ctx, 400, `inflate needs a size of 13–${MAX_INFLATE} bytes, got "${arg}"`);
  }
  let body = inflatedBodies.get(size);
  if (!body) {
    const plain = Buffer.alloc(size, ' ');
    plain.write('{"version":1}');
    body = gzipSync(plain, { level: 9 });
    inflatedBodies.set(size, body);
  }
  ctx.respond = false;
  ctx.status = 200;
  ctx.res.writeHead(200, {
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Encoding': 'gzip',
    'Content-Length': String(body.length),
    'Access-Control-Allow-Origin': '*',
  });
  ctx.res.end(body);
}

/** @type {Promise<string> | undefined} */
let fakeTimersModule;

/**
 * @param {import('koa').Context} ctx
 * @param {string} name
 */
async function testModule(ctx, name) {
  if (name !== 'fake-timers.js') return text(ctx, 404, `no test module "${name}"; there is fake-timers.js`);
  fakeTimersModule ??= import('esbuild').then(async ({ build }) => {
    const { outputFiles } = await build({
      entryPoints: ['@sinonjs/fake-timers'],
      absWorkingDir: fileURLToPath(new URL('../../', import.meta.url)),
      bundle: true,
      format: 'esm',
      platform: 'browser',
      // Required only where `process` exists (Node), never in a browser.
      external: ['util'],
      write: false,
      logLevel: 'silent',
    });
    return outputFiles[0].text;
  });
  try {
    send(ctx, 200, 'text/javascript; charset=utf-8', await fakeTimersModule);
  } catch (error) {
    fakeTimersModule = undefined;
    text(ctx, 500, `fault-server cannot bundle @sinonjs/fake-timers: ${String(error)}`);
  }
}

/** @param {import('koa').Context} ctx */
function hang(ctx) {
  send(ctx, 200, 'application/json; charset=utf-8');
  const { res } = ctx;
  // Node holds headers back until the first body chunk, which never comes.
  res.flushHeaders();
  openHangs += 1;

  const limit = setTimeout(() => res.end(), HANG_LIMIT_MS);
  // The dev server destroys open sockets when it stops; this timer must not keep Node alive either.
  limit.unref();
  // Not req's 'close': since Node 16 it fires as soon as the request has been read.
  // res's 'close' fires when the client aborts and the socket goes away.
  res.once('close', () => {
    clearTimeout(limit);
    openHangs -= 1;
  });
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} key
 */
async function flaky(ctx, key) {
  if (!flakyFailedOnce.has(key)) {
    flakyFailedOnce.add(key);
    return text(ctx, 500, `flaky ${key}: first request fails`);
  }
  let feed;
  try {
    feed = await readFile(FEED_FILE, 'utf8');
  } catch (error) {
    return text(ctx, 500, `fault-server cannot read demo/feed.json: ${String(error)}`);
  }
  json(ctx, feed);
}

/**
 * @param {import('koa').Context} ctx
 * @param {string} fault
 * @param {string} key
 */
async function recover(ctx, fault, key) {
  if (!recoverFailedOnce.has(key)) {
    recoverFailedOnce.add(key);
    switch (fault) {
      case '404':
      case '500':
        return text(ctx, Number(fault), `recover ${key}: first request fails`);
      case 'hang':
        return hang(ctx);
      case 'invalid-json':
        return json(ctx, '{"version": 1, "cities": [');
      case 'html':
        return send(ctx, 200, 'text/html; charset=utf-8', '<!doctype html><title>Not found</title><p>Page not found');
      case 'cors':
        return json(ctx, '{"version":1}');
      case 'too-large':
        return inflate(ctx, '1000000');
      default:
        return text(ctx, 400, `unknown fault "${fault}"`);
    }
  }
  try {
    send(ctx, 200, 'application/json; charset=utf-8', await readFile(FEED_FILE, 'utf8'), { 'Access-Control-Allow-Origin': '*' });
  } catch (error) {
    text(ctx, 500, `fault-server cannot read demo/feed.json: ${String(error)}`);
  }
}
