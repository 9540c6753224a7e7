/**
 * The local Chromium every browser tool here uses (tests, benchmark), and the
 * flags it needs on these machines. No browser is ever downloaded.
 */
import { existsSync } from 'node:fs';

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
