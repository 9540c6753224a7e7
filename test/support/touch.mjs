/**
 * A test command that touches the page with fingers, as a phone does: `Input.dispatchTouchEvent` over
 * CDP in Chromium, which goes through the browser's own gesture handling (`touch-action`, scrolling the
 * page), unlike a TouchEvent or PointerEvent made in the page. In the browser:
 * `executeServerCommand('touch', { type: 'touchStart' | 'touchMove' | 'touchEnd', points: [[x, y], …] })`,
 * in CSS pixels of the window; `{ type: 'none' }` only asks whether the engine can. Other engines
 * answer with an error (the test skips, saying why).
 *
 * The events carry times of their own, a frame (16 ms) apart, whatever the machine's pace, and the
 * fingers rest a moment before they lift: a swipe scrolls what it moves by as far as it moves, and
 * never flicks it on after the test (which would move the page of the next test).
 */
export function touchPlugin() {
  /** Per page while fingers are down: one CDP session (a touch is one session's), the event clock, the last points. */
  const touches = new Map();
  return {
    name: 'touch-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'touch') return undefined;
      if (session.browser.type !== 'puppeteer' || session.browser.name !== 'Chromium') {
        throw new Error(`touch is emulated in Chromium only, not in ${session.browser.name}`);
      }
      if (payload.type === 'none') return true;
      let touch = touches.get(session.id);
      if (!touch) {
        touch = { cdp: await session.browser.getPage(session.id).createCDPSession(), time: Date.now() / 1000, points: [] };
        touches.set(session.id, touch);
      }
      const send = (type, points, pause = 0.016) =>
        touch.cdp.send('Input.dispatchTouchEvent', { type, timestamp: (touch.time += pause), touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
      if (payload.type === 'touchEnd') {
        await send('touchMove', touch.points, 0.3);
        await send('touchEnd', []);
        touches.delete(session.id);
        await touch.cdp.detach();
      } else {
        touch.points = payload.points;
        await send(payload.type, payload.points);
      }
      return true;
    },
  };
}
