/**
 * Issue 13: a session without a date has no calendar entry (a calendar needs a date), so no
 * "Add to calendar" menu; it gets "Copy link to this session" as a button of its own, with the
 * same polite status as the menu's choice.
 */
import { expect } from '@open-wc/testing';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { minimalFeed } from '../support/feeds.js';
import { captureConsole, shadow, until } from '../support/widgets.js';
import { article, cleanUp, programme, stubClipboard } from './support.js';

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
        { id: 'dated', kind: 'plenary', title: { en: 'Opening', de: 'Eröffnung', ru: 'Открытие' }, start: '2019-06-25T10:00', end: '2019-06-25T11:00' },
        { id: 'undated', kind: 'culture', title: { en: 'Concert', de: 'Konzert', ru: 'Концерт' } },
      ],
    },
  ],
});

describe('<conf-programme> sessions without a date', function () {
  this.timeout(30_000);
  beforeEach(() => setClock(() => new Date('2019-05-01T12:00:00Z')));
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  it('have "Copy link to this session" instead of the calendar menu, and say whether the link was copied', async () => {
    const element = await programme({ feed: FEED });
    const undated = article(element, 'undated');
    const dated = article(element, 'dated');
    expect(undated.querySelector('[part~="session-calendar"]'), 'no calendar menu without a date').to.equal(null);
    expect(dated.querySelector('[part~="session-calendar"]'), 'a dated session keeps its menu').not.to.equal(null);
    expect(dated.querySelector('[part~="copy-link"]'), 'a dated session copies from its menu').to.equal(null);
    const copy = undated.querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
    expect(copy.textContent!.trim()).to.equal('Copy link to this session');
    expect(copy.getAttribute('aria-label')).to.contain('Concert');
    const status = undated.querySelector('[role="status"]')!;
    expect(status.textContent!.trim(), 'nothing said before').to.equal('');
    expect(await axeViolations(element)).to.deep.equal([]);

    const clipboard = stubClipboard();
    try {
      copy.click();
      await until(() => status.textContent!.trim() === 'Link copied.', 'no "Link copied."');
      expect(clipboard.written).to.deep.equal([undated.querySelector<HTMLAnchorElement>('[part~="permalink"]')!.href]);
      expect(clipboard.written[0]).to.match(/#programme\/session\/undated$/);
    } finally {
      clipboard.restore();
    }

    const refused = stubClipboard(true);
    try {
      const { logged } = await captureConsole(async () => {
        copy.click();
        await until(() => status.textContent!.trim() === 'The link could not be copied.', 'no message on the page');
      });
      expect(logged.join('\n')).to.match(/could not be copied.*NotAllowedError|NotAllowedError.*could not be copied/s);
    } finally {
      refused.restore();
    }
    expect(shadow(element).querySelectorAll('[part~="copy-link"]').length, 'one per undated session').to.equal(1);
  });

  it('says it in German and Russian', async () => {
    for (const [language, label] of [
      ['de', 'Link zu dieser Veranstaltung kopieren'],
      ['ru', 'Скопировать ссылку на это мероприятие'],
    ] as const) {
      await setLanguage(language);
      const element = await programme({ feed: FEED });
      expect(article(element, 'undated').querySelector('[part~="copy-link"]')!.textContent!.trim(), language).to.equal(label);
      element.remove();
    }
  });
});
