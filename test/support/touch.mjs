/**
 * A test command that touches the page with fingers, as a phone does: `Input.dispatchTouchEvent` over
 * CDP in Chromium, which goes through the browser's own gesture handling (`touch-action`, scrolling the
 * page), unlike a TouchEvent or PointerEvent made in the page. In the browser:
 * `executeServerCommand('touch', { type: 'touchStart' | 'touchMove' | 'touchEnd', points: [[x, y], …] })`,
 * in CSS pixels of the window; `{ type: 'none' }` only asks whether the engine can. Other engines
 * answer with an error (the test skips, saying why).
 */
export function touchPlugin() {
  /** One CDP session per page while fingers are down: a touch is one session's. */
  const sessions = new Map();
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`touch is emulated in Chromium only, not in ${session.browser.name}`);
      }
      if (payload.type === 'none') return true;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Input.dispatchTouchEvent', { type: payload.type, touchPoints: payload.points.map(([x, y], id) => ({ x, y, id })) });
      if (payload.type === 'touchEnd') {
        sessions.delete(session.id);
        await cdp.detach();
      }
      return true;
    },
  };
}
