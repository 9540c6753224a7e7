/**
 * `viewport` command: sets the page's viewport in every engine the tests use.
 * @web/test-runner-commands' set-viewport knows puppeteer and playwright pages
 * only; WebKit runs over WebDriver, where the window is sized so that its
 * inner (viewport) size is the one asked for.
 */

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function viewportPlugin() {
  return {
    name: 'viewport-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'viewport') return undefined;
      const { width, height } = /** @type {{ width: number, height: number }} */ (payload);
      if (!Number.isInteger(width) || !Number.isInteger(height)) throw new Error('viewport needs integer width and height');
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (session.browser.type === 'webdriver') {
        // One page at a time in WebKit (scripts/browsers.mjs): the launcher's driver shows this session.
        const driver = /** @type {any} */ (session.browser).driver;
        if (!driver) throw new Error('viewport: no WebDriver session');
        for (let attempt = 0; attempt < 3; attempt++) {
          const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
          if (innerWidth === width && innerHeight === height) return true;
          const outer = await driver.getWindowSize();
          await driver.setWindowSize(outer.width + width - innerWidth, outer.height + height - innerHeight);
        }
        const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
        if (innerWidth === width && innerHeight === height) return true;
        throw new Error(`viewport: asked for ${width}×${height}, the window's viewport is ${innerWidth}×${innerHeight}`);
      }
      throw new Error(`viewport: not supported for browser type ${session.browser.type}`);
    },
  };
}
