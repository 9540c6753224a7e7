/**
 * A page served over plain http (no secure context: many small sites) or a frame that the
 * Clipboard API is not exposed to has no `navigator.clipboard`. "Copy link to this session", in a
 * session's menu and on a session without a date, then threw before anything was said: an
 * unhandled rejection in the console and a silent status. Now it says the link could not be
 * copied, with the reason in the console, as for a refused copy.
 */
import { expect } from '@open-wc/testing';
import { setLanguage } from '../../src/i18n/language.js';
import { minimalFeed } from '../support/feeds.js';
import { captureConsole, until } from '../support/widgets.js';
import { article, cleanUp, click, openMenu, programme } from './support.js';

const FEED = minimalFeed({
  conferences: [
    {
      id: 'c',
      title: 'Conference',
      start: '2019-06-25',
      end: '2019-06-28',
      timeZone: 'Europe/Moscow',
      hostCities: ['essen'],
      sessions: [
        { id: 'dated', kind: 'plenary', title: { en: 'Opening' }, start: '2019-06-25T10:00', end: '2019-06-25T11:00' },
        { id: 'undated', kind: 'culture', title: { en: 'Concert' } },
      ],
    },
  ],
});

describe('<conf-programme> copying a link without the Clipboard API', () => {
  let unhandled: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent) => unhandled.push(event.reason);

  beforeEach(async () => {
    await setLanguage('en');
    unhandled = [];
    window.addEventListener('unhandledrejection', onRejection);
    // As on an http:// page: the property is not there at all.
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
  });
  afterEach(async () => {
    delete (navigator as { clipboard?: unknown }).clipboard;
    window.removeEventListener('unhandledrejection', onRejection);
    await cleanUp(() => false);
  });

  it('says in the session menu that the link could not be copied, the reason in the console', async () => {
    const element = await programme({ feed: FEED });
    const menu = await openMenu(element, 'dated');
    const status = menu.querySelector('[role="status"]')!;
    const { logged } = await captureConsole(async () => {
      await click(element, menu.querySelectorAll('button')[1]);
      await until(() => status.textContent!.trim() === 'The link could not be copied.', `the status says "${status.textContent!.trim()}"`);
    });
    expect(logged.join('\n')).to.contain('the link could not be copied');
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });

  it('says beside "Copy link to this session" of a session without a date that the link could not be copied', async () => {
    const element = await programme({ feed: FEED });
    const undated = article(element, 'undated');
    const { logged } = await captureConsole(async () => {
      await click(element, undated.querySelector<HTMLButtonElement>('[part~="copy-link"]')!);
      await until(
        () => undated.querySelector('[role="status"]')?.textContent!.trim() === 'The link could not be copied.',
        `the status says "${undated.querySelector('[role="status"]')?.textContent!.trim()}"`,
      );
    });
    expect(logged.join('\n')).to.contain('the link could not be copied');
    expect(unhandled, 'unhandled rejections').to.deep.equal([]);
  });
});
