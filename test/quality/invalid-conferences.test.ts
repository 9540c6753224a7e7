/**
 * A feed whose conferences were all dropped as invalid (a start written "26.06.2025", the most
 * common slip of a hand-written feed) is not shown as a feed without conferences: the conference
 * widgets say that the data does not have the expected structure (the console has each problem),
 * in the page's language; a feed that lists none keeps its own empty state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import { minimalFeed } from '../support/feeds.js';
import { captureConsole, pageLanguage, resetPage, settled, shadow, texts } from '../support/widgets.js';

const invalid = () => minimalFeed({ conferences: [{ id: 'xv', title: 'T', start: '26.06.2025', hostCities: ['essen'] }] });

const EMPTY = {
  en: ['No conference to show. The data does not have the expected structure.', 'No conference to show.', 'No conferences are listed yet.'],
  de: ['Keine Konferenz vorhanden. Die Daten haben nicht den erwarteten Aufbau.', 'Keine Konferenz vorhanden.', 'Es sind noch keine Konferenzen eingetragen.'],
  ru: ['Нет конференций для показа. Структура данных не соответствует ожидаемой.', 'Нет конференций для показа.', 'Пока не указано ни одной конференции.'],
};

describe('a feed whose conferences are all invalid', () => {
  afterEach(resetPage);

  for (const tag of ['conf-programme', 'conf-overview', 'conf-history']) {
    for (const language of ['en', 'de', 'ru'] as const) {
      it(`<${tag}> says its data is not as expected, not that it has no conference (${language})`, async () => {
        await pageLanguage(language);
        const [dropped, none, noneListed] = EMPTY[language];
        const emptyOf = async (feed: unknown) => {
          const { value: element, logged } = await captureConsole(async () => {
            const element = await fixture<HTMLElement & { feed: unknown }>(html`<div></div>`).then((host) => {
              const widget = document.createElement(tag) as HTMLElement & { feed: unknown };
              widget.feed = feed;
              host.append(widget);
              return widget;
            });
            await settled(element);
            return element;
          });
          return { text: texts(shadow(element), '[part~="empty"]'), logged: logged.join('\n') };
        };
        const { text, logged } = await emptyOf(invalid());
        expect(text).to.deep.equal([dropped]);
        expect(logged, 'the console has the details').to.contain('$.conferences[0].start');
        expect((await emptyOf(minimalFeed())).text).to.deep.equal([tag === 'conf-history' ? noneListed : none]);
      });
    }
  }
});

/**
 * A conference whose sessions were all dropped as invalid (every `start` written "26.06.2025 09:00")
 * is not shown as one whose programme has not been published: the programme says that the data
 * does not have the expected structure, and the console names each session's problem.
 */
describe('a conference whose sessions are all invalid', () => {
  afterEach(resetPage);

  const conference = (sessions?: unknown[]) =>
    minimalFeed({ conferences: [{ id: 'xv', title: 'T', start: '2025-06-26', end: '2025-06-27', hostCities: ['essen'], ...(sessions && { sessions }) }] });
  const session = (id: string) => ({ id, kind: 'plenary', title: 'Plenum', start: '26.06.2025 09:00' });
  const INVALID = {
    en: 'The data does not have the expected structure.',
    de: 'Die Daten haben nicht den erwarteten Aufbau.',
    ru: 'Структура данных не соответствует ожидаемой.',
  };
  const NOT_PUBLISHED = {
    en: 'The programme has not been published yet.',
    de: 'Das Programm ist noch nicht veröffentlicht.',
    ru: 'Программа ещё не опубликована.',
  };

  for (const language of ['en', 'de', 'ru'] as const) {
    it(`<conf-programme> says its data is not as expected, not that the programme is unpublished (${language})`, async () => {
      await pageLanguage(language);
      const emptyOf = async (feed: unknown) => {
        const { value: element, logged } = await captureConsole(async () => {
          const element = document.createElement('conf-programme') as HTMLElement & { feed: unknown };
          element.feed = feed;
          (await fixture<HTMLElement>(html`<div></div>`)).append(element);
          await settled(element);
          return element;
        });
        return { text: texts(shadow(element), '[part~="empty"]'), logged: logged.join('\n') };
      };
      const { text, logged } = await emptyOf(conference([session('a'), session('b')]));
      expect(text).to.deep.equal([INVALID[language]]);
      expect(logged, 'the console has the details').to.contain('$.conferences[0].sessions[1].start');
      expect((await emptyOf(conference())).text, 'a conference that lists no sessions').to.deep.equal([NOT_PUBLISHED[language]]);
      expect((await emptyOf(conference([]))).text, 'an empty list of sessions').to.deep.equal([NOT_PUBLISHED[language]]);
    });
  }
});

/**
 * A list written without its brackets (`"conferences": { … }`, one entry, a slip of a hand-written
 * feed) is ignored as a whole: the widgets say that the data is not as expected, or that an entry
 * was left out, not that the feed lists none.
 */
describe('a list of the feed written as one object', () => {
  afterEach(resetPage);

  for (const [tag, list, entry, said] of [
    [
      'conf-overview',
      'conferences',
      { id: 'xv', title: 'T', start: '2025-06-26', hostCities: ['essen'] },
      'No conference to show. The data does not have the expected structure.',
    ],
    ['jubilee-list', 'partnerships', { id: 'p', cities: ['essen', 'nizhny-novgorod'], since: '1991' }, '1 entry was left out because it is invalid'],
  ] as const) {
    it(`<${tag}> does not take "${list}": { … } for a feed that lists none`, async () => {
      const { value: element, logged } = await captureConsole(async () => {
        const element = document.createElement(tag) as HTMLElement & { feed: unknown };
        element.feed = { ...minimalFeed(), [list]: entry };
        (await fixture<HTMLElement>(html`<div></div>`)).append(element);
        await settled(element);
        return element;
      });
      expect(texts(shadow(element), '[part~="empty"]').join(' ')).to.contain(said);
      expect(logged.join('\n'), 'the console has the details').to.contain(`$.${list}: expected an array; ignored`);
    });
  }

  // A conference's sessions too: the conference counts a dropped session, not an unpublished programme.
  it('<conf-programme> does not take a conference\'s "sessions": { … } for a programme not published yet', async () => {
    const session = { id: 'opening', kind: 'plenary', title: 'Plenum', start: '2025-06-26T09:00' };
    const { value: element, logged } = await captureConsole(async () => {
      const element = document.createElement('conf-programme') as HTMLElement & { feed: unknown };
      element.feed = minimalFeed({ conferences: [{ id: 'xv', title: 'T', start: '2025-06-26', hostCities: ['essen'], sessions: session }] });
      (await fixture<HTMLElement>(html`<div></div>`)).append(element);
      await settled(element);
      return element;
    });
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['The data does not have the expected structure.']);
    expect(logged.join('\n'), 'the console has the details').to.contain('$.conferences[0].sessions: expected');
  });
});
