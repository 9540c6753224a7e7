/**
 * A test command that emulates forced colours (`@media (forced-colors: active)`,
 * e.g. Windows contrast themes) in Chromium, by CDP: @web/test-runner-commands'
 * emulateMedia passes `forcedColors` to Playwright only, and Chromium runs here
 * under Puppeteer. In the browser: `executeServerCommand('forced-colors', { active: true })`.
 * Other engines answer with an error (the test skips, saying why).
 */
export function forcedColorsPlugin() {
  /** One CDP session per page while forced colours are on: its emulation lasts as long as it does. */
  const sessions = new Map();
  return {
    name: 'forced-colors-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`forced colours are emulated in Chromium only, not in ${session.browser.name}`);
      }
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      if (!payload?.active) {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
