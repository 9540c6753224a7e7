/**
 * The three engines the tests run in, all from Debian's packages (no browser is
 * ever downloaded here):
 *   chromium  /usr/bin/chromium            puppeteer over CDP
 *   firefox   /usr/bin/firefox-esr         puppeteer over WebDriver BiDi
 *   webkit    WebKitGTK's MiniBrowser      WebKitWebDriver, in an Xvfb display
 *
 * `ENGINES=firefox npm run test:browser` (comma-separated) picks engines; all three by default.
 */
import { spawn } from 'node:child_process';
import { existsSync, writeSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import * as puppeteer from 'puppeteer-core';
import { BidiConnection } from 'puppeteer-core/internal/bidi/Connection.js';
import { ProtocolError } from 'puppeteer-core/internal/common/Errors.js';
import { CHROMIUM_FLAGS, findChrome } from './chromium.mjs';

export const ALL_ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The engines asked for in $ENGINES, checked against the known ones. */
export function requestedEngines() {
  const asked = (process.env.ENGINES || ALL_ENGINES.join(','))
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = asked.filter((name) => !ALL_ENGINES.includes(name));
  if (unknown.length > 0) missing(`Unknown engine(s) in ENGINES: ${unknown.join(', ')} (known: ${ALL_ENGINES.join(', ')}).`);
  return asked;
}

/** @param {string} problem */
function missing(problem) {
  console.error(
    `\n${problem}\n` +
      'The tests use the browsers of Debian packages; none is downloaded.\n' +
      '  Install them:  apt-get install -y chromium firefox-esr webkit2gtk-driver xvfb\n' +
      '  or run fewer engines:  ENGINES=chromium npm run test:browser\n',
  );
  process.exit(1);
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once something accepts connections on the port (the driver has started). */
async function listening(port, child, what) {
  const { connect } = await import('node:net');
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) missing(`${what} exited (code ${child.exitCode}) before it listened on port ${port}.`);
    const up = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  missing(`${what} did not listen on port ${port} within 30 s.`);
}

/** Children started for the run, ended with it. */
const children = [];
process.once('exit', () => {
  for (const child of children) child.kill('SIGTERM');
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => process.exit(130));
}

/** An X display for WebKitGTK: $DISPLAY when there is one, else a private Xvfb. */
async function display() {
  if (process.env.DISPLAY) return process.env.DISPLAY;
  if (!existsSync('/usr/bin/Xvfb')) missing('WebKit needs an X display and there is no /usr/bin/Xvfb.');
  const number = 90 + Math.floor(Math.random() * 400);
  const xvfb = spawn('/usr/bin/Xvfb', [`:${number}`, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  children.push(xvfb);
  await listeningX(number, xvfb);
  return `:${number}`;
}

/** Xvfb is ready once its socket exists. */
async function listeningX(number, child) {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (child.exitCode !== null) missing(`Xvfb :${number} exited (code ${child.exitCode}).`);
    if (existsSync(`/tmp/.X11-unix/X${number}`)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  missing(`Xvfb :${number} did not start within 30 s.`);
}

/**
 * Puppeteer watches every request of every page unless told not to: over CDP it enables the Network
 * and Audits domains per page, and over WebDriver BiDi it subscribes to the network events. The tests
 * never read them (the runner talks to its pages over its own socket), and the pages make many
 * requests, some of 20 MB feeds.
 */
const UNWATCHED = { networkEnabled: false, issuesEnabled: false };

/**
 * Over WebDriver BiDi Puppeteer also asks the browser to keep a copy of every response body of up to
 * 20 MB (`network.addDataCollector`, whether the network is watched or not), which Firefox reads into
 * its parent process for each of the hundreds of modules and feeds a test file loads. No test reads a
 * body through Puppeteer, so the request is answered as a browser without collectors answers it,
 * which Puppeteer accepts (puppeteer-core's BidiBrowser.create).
 */
const send = BidiConnection.prototype.send;
BidiConnection.prototype.send = function (method, params, timeout) {
  if (method === 'network.addDataCollector') return Promise.reject(new ProtocolError('no data collectors in the tests (scripts/browsers.mjs)'));
  return send.call(this, method, params, timeout);
};

/** Background pages must keep their timers and frames, or waits on them stall. */
const CHROMIUM_TEST_FLAGS = [
  ...CHROMIUM_FLAGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

function chromium() {
  const launcher = chromeLauncher({
    // Two pages at a time. Chromium runs last (web-test-runner.config.mjs), mostly alone once WebKit and
    // Firefox are done, and one page at a time left a core idle then: 30–55 % of the CPU idle in the
    // last 180 s of a fresh-clone run (2026-12-07); 44 test files took Chromium alone 52–54 s one page
    // at a time and 38–39 s two at a time, the whole Chromium run alone 156 s, every test passing.
    // (With the three engines at once, before, Chromium's two pages had left WebKit, the longest path,
    // about a seventh of the CPU: one file took WebKit 204 s beside them and 22 s alone.)
    concurrency: 2,
    launchOptions: { ...UNWATCHED, executablePath: findChrome(), headless: true, args: CHROMIUM_TEST_FLAGS },
    // A window per test file, as in Firefox: a background tab is not drawn, so
    // its ResizeObservers never report and the map never gets a size. The page (reused
    // file after file) in a browser context of its own, so that with more than one page
    // at a time two files running at once never share localStorage, where one file's
    // saved "local time" or favourites would reach the other's widgets.
    createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage({ type: 'window' }),
  });
  launcher.name = 'Chromium';
  return launcher;
}

function firefox() {
  if (!existsSync(FIREFOX)) missing(`No Firefox at ${FIREFOX} (set FIREFOX_PATH to another).`);
  return chromeLauncher({
    puppeteer,
    // One window at a time: Firefox matches :focus and :focus-visible only in
    // the focused window, and with several test windows only one has focus.
    concurrency: 1,
    launchOptions: {
      ...UNWATCHED,
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: {
        // Each test file has its own window (below), never a background tab
        // whose timers are clamped and whose animation frames stop.
        'dom.min_background_timeout_value': 0,
        'dom.timeout.enable_budget_timer_throttling': false,
        'browser.tabs.remote.unloadOnLowMemory': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'app.update.enabled': false,
      },
    },
    createPage: ({ context }) => context.newPage({ type: 'window' }),
  });
}

async function webkit() {
  if (!existsSync(WEBKIT_DRIVER)) missing(`No WebKitWebDriver at ${WEBKIT_DRIVER}.`);
  if (!existsSync(MINIBROWSER)) missing(`No WebKitGTK MiniBrowser at ${MINIBROWSER}.`);
  const DISPLAY = await display();
  const port = await freePort();
  // Without a GPU (Xvfb), WebKitGTK composited every page with OpenGL emulated on the CPU (Mesa's llvmpipe and
  // Skia's GPU painting on it): a third of WebKit's CPU time in the tests, on a machine whose two cores the
  // three engines share. Not compositing, as Chromium's --disable-gpu, leaves the page, its layout and events
  // as they are: 20 test files took WebKit 72 s of CPU in 46 s compositing, 52 s in 40 s not (2026-12-07,
  // each twice, every test passing both ways).
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY, WEBKIT_DISABLE_COMPOSITING_MODE: '1' } });
  children.push(driver);
  await listening(port, driver, 'WebKitWebDriver');
  const launcher = webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: {
      // WebKitWebDriver speaks classic WebDriver only.
      'wdio:enforceWebDriverClassic': true,
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
      // "Navigate to" answers once the navigation starts, not at the page's load event. The runner
      // learns of the page and its results over its own socket; waiting for the load event held
      // the driver for as long as a page kept a request open (once 300 s, until the HTTP client
      // gave up and the runner stopped on the error: see below).
      pageLoadStrategy: 'none',
    },
  });
  // The launcher starts each page's navigation without waiting for it or catching its failure
  // (@web/test-runner-webdriver SessionManager.queueStartSession): a failed navigation was an
  // unhandled rejection, which stops web-test-runner mid-run with no summary (seen in CI as
  // "WebDriverError: Request failed with error code UND_ERR_HEADERS_TIMEOUT when running "url"").
  // Caught here and reported; a page that never loads still fails its file by the runner's timeouts.
  const startSession = launcher.startSession.bind(launcher);
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    const manager = launcher.driverManager;
    if (manager && !manager.startCaught) {
      const start = manager.startSession.bind(manager);
      manager.startSession = (sessionId, sessionUrl) =>
        start(sessionId, sessionUrl).catch((error) => {
          writeSync(2, `\n[browsers] WebKit: navigating to ${sessionUrl} failed: ${error instanceof Error ? error.message : String(error)}\n`);
        });
      manager.startCaught = true;
    }
    return startSession(id, url);
  };
  // One page at a time, each test file loaded as a page of its own: with a
  // higher run-wide concurrency the launcher would run files in iframes of one
  // page, where focus, printing and top-level navigation behave differently.
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config) => {
    await initialize({ ...config, concurrency: 1 });
    launcher.name = 'WebKit';
  };
  launcher.concurrency = 1;
  return launcher;
}

/**
 * Launchers for the requested engines, WebKit's driver and display started as needed. WebKit first:
 * two engines run at once (web-test-runner.config.mjs), and WebKit, the slowest, must not wait.
 */
export async function browserLaunchers() {
  const engines = requestedEngines();
  const launchers = [];
  if (engines.includes('webkit')) launchers.push(await webkit());
  if (engines.includes('firefox')) launchers.push(firefox());
  if (engines.includes('chromium')) launchers.push(chromium());
  return launchers;
}
