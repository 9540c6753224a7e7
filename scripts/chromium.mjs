/**
 * The local Chromium every browser tool here uses (tests, benchmark), and the
 * flags it needs on these machines. No browser is ever downloaded.
 */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/**
 * Flags for headless runs as root on machines without outside network: no
 * sandbox (refused as root), no GPU, and none of the background requests
 * that the closed network would refuse.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** @param {string} problem */
function fail(problem) {
  console.error(
    `\n${problem}\n` +
      'The browser tools need a locally installed Chromium; none is downloaded.\n' +
      '  Install one:  apt-get install -y chromium   (Debian/Ubuntu, as root or with sudo)\n' +
      '  or point to one:  CHROME_PATH=/path/to/chrome npm test\n',
  );
  process.exit(1);
}

/** Chromium or Chrome: $CHROME_PATH when set, else the usual Linux paths; exits with advice when none is found. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  fail('No Chrome or Chromium found (looked at ' + CANDIDATES.join(', ') + ').');
}

/** Content types of the files the local servers (benchmark, freeze script, test embedding pages) send. */
export const CONTENT_TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.html': 'text/html',
  '.css': 'text/css',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * A local HTTP server for the page a browser tool loads, on a free port of 127.0.0.1:
 * `lookup(path)` gives the body of a path (or undefined: 404), sent uncached with its
 * content type and `headers`; with `gzip`, encoded like a production server when the browser
 * accepts it (level 9, made once per body, so `lookup` should return the same Buffer for a
 * file each time). Resolves to the listening server.
 */
export function serveFiles(lookup, headers = {}, { gzip = false } = {}) {
  const zipped = new WeakMap();
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const body = lookup(path);
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const head = { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers };
    if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
      if (!zipped.has(body)) zipped.set(body, gzipSync(body, { level: 9 }));
      response.writeHead(200, { ...head, 'content-encoding': 'gzip' }).end(zipped.get(body));
    } else response.writeHead(200, head).end(body);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}
