/**
 * A test command that puts the reader in another time zone, as if the computer were set to it:
 * `executeServerCommand('time-zone', { zone: 'America/New_York' })`, `{}` for the machine's own.
 * Puppeteer's emulateTimezone: by CDP in Chromium, by WebDriver BiDi in Firefox; in WebKit it answers
 * false (the test skips, saying why). Date follows at once; an Intl.DateTimeFormat made before keeps
 * the zone it was made in (the widgets keep the reader's zone in one), so set it before the first widget.
 */
export function timeZonePlugin() {
  return {
    name: 'time-zone-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'time-zone') return undefined;
      // false where the engine cannot (WebKit's WebDriver): the test skips, saying why.
      if (session.browser.type !== 'puppeteer') return false;
      await session.browser.getPage(session.id).emulateTimezone(payload?.zone);
      return true;
    },
  };
}
