import { expect, fixture, html } from '@open-wc/testing';
import '../../src/jubilee-list/define.js';
import type { JubileeList } from '../../src/jubilee-list/jubilee-list.js';
import { setClock } from '../../src/shared/clock.js';
import { city, minimalFeed, SAMPLE_FEED_URL } from '../support/feeds.js';
import { quietPeriod } from '../support/hostile.js';
import { captureConsole, expectBusyWhileLoading, pageLanguage, resetPage, settled, shadow, texts, until } from '../support/widgets.js';

const at = (iso: string) => () => new Date(iso);

async function sampleList(year = 2021): Promise<JubileeList> {
  const element = await fixture<JubileeList>(html`<jubilee-list src=${SAMPLE_FEED_URL} year=${year}></jubilee-list>`);
  await settled(element);
  return element;
}

function entryText(element: Element, cityName: string): string {
  const entry = texts(shadow(element), '[part~="entry"]').find((text) => text.includes(cityName));
  if (!entry) throw new Error(`no entry with ${cityName}`);
  return entry;
}

describe('<jubilee-list>', () => {
  beforeEach(() => setClock(at('2021-06-01T12:00:00')));
  afterEach(resetPage);

  describe('with the sample feed and year 2021', () => {
    it('shows every partnership of the 2021 list in its group, in English', async () => {
      const element = await sampleList();
      const root = shadow(element);
      expect(texts(root, '[part~="group-heading"]')).to.deep.equal(['10 years', '20 years', '30 years', '60 years']);
      expect([...root.querySelectorAll('[part~="group"]')].map((g) => g.querySelectorAll('[part~="entry"]').length)).to.deep.equal([2, 2, 12, 1]);
      expect(texts(root, '[part~="summary"]')).to.deep.equal(['17 partnerships celebrate a round anniversary in 2021.']);
      expect(entryText(element, 'Essen')).to.contain('Nizhny Novgorod').and.contain('9 September 1991');
      expect(entryText(element, 'Dresden')).to.contain('1961').and.contain('reaffirmed').and.contain('March 1989');
      expect(entryText(element, 'Lüdenscheid')).to.contain('summer 1991');
      await expect(element).to.be.accessible();
    });

    it('speaks German with dates at their own precision', async () => {
      await pageLanguage('de');
      const element = await sampleList();
      expect(texts(shadow(element), '[part~="group-heading"]')).to.deep.equal(['10 Jahre', '20 Jahre', '30 Jahre', '60 Jahre']);
      expect(entryText(element, 'Mytischtschi')).to.contain('Partner seit').and.contain('April 2011');
      expect(entryText(element, 'Aachen')).to.contain('26. September 2001');
      expect(entryText(element, 'Lüdenscheid')).to.contain('Sommer 1991');
      expect(entryText(element, 'Witten')).to.contain('unterzeichnet').and.contain('August 1990');
      expect(shadow(element).querySelector('[part~="base"]')?.getAttribute('lang')).to.equal('de');
      await expect(element).to.be.accessible();
    });

    it('speaks Russian with the right plural forms', async () => {
      await pageLanguage('ru');
      const element = await sampleList();
      expect(texts(shadow(element), '[part~="group-heading"]')).to.deep.equal(['10 лет', '20 лет', '30 лет', '60 лет']);
      expect(texts(shadow(element), '[part~="summary"]')[0]).to.equal('17 партнёрств отмечают круглую дату в 2021 году.');
      expect(entryText(element, 'Эссен')).to.contain('Нижний Новгород').and.contain('9 сентября 1991');
      await expect(element).to.be.accessible();
    });

    it('marks an anniversary that is still ahead this year', async () => {
      setClock(at('2021-09-01T08:00:00'));
      const element = await sampleList();
      expect(entryText(element, 'Essen')).to.contain('anniversary in 8 days');
      expect(entryText(element, 'Osnabrück')).not.to.contain('anniversary');
      setClock(at('2021-09-09T20:00:00'));
      element.requestUpdate();
      await element.updateComplete;
      expect(entryText(element, 'Essen')).to.contain('anniversary today');
    });

    it('uses time elements with machine-readable dates and list semantics', async () => {
      const element = await sampleList();
      const root = shadow(element);
      expect([...root.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))).to.include.members(['2011-04', '1961', '1991-09-09']);
      expect(root.querySelectorAll('ul[role="list"] > li').length).to.equal(17);
      expect(root.querySelectorAll('h3').length).to.equal(4);
    });
  });

  it('switches language live when <html lang> changes', async () => {
    const element = await sampleList();
    expect(texts(shadow(element), '[part~="group-heading"]')[0]).to.equal('10 years');
    document.documentElement.lang = 'ru-RU';
    await until(() => texts(shadow(element), '[part~="group-heading"]')[0] === '10 лет', 'did not switch to Russian');
    document.documentElement.lang = 'de';
    await until(() => texts(shadow(element), '[part~="group-heading"]')[0] === '10 Jahre', 'did not switch to German');
    document.documentElement.lang = 'fr';
    await until(() => texts(shadow(element), '[part~="group-heading"]')[0] === '10 years', 'did not fall back to English');
  });

  it('follows data-staedtepartner-lang over <html lang>', async () => {
    document.documentElement.lang = 'de';
    document.documentElement.setAttribute('data-staedtepartner-lang', 'ru');
    const element = await sampleList();
    await until(() => texts(shadow(element), '[part~="group-heading"]')[0] === '10 лет', 'override not applied');
  });

  it('adds the half-decades with step="5" and filters by city and country', async () => {
    const element = await fixture<JubileeList>(html`<jubilee-list src=${SAMPLE_FEED_URL} year="2021" step="5"></jubilee-list>`);
    await settled(element);
    expect(texts(shadow(element), '[part~="group-heading"]')).to.deep.equal(['10 years', '20 years', '30 years', '60 years']);
    element.year = 2019;
    element.city = 'kaluga';
    await element.updateComplete;
    expect(texts(shadow(element), '[part~="group-heading"]')).to.deep.equal(['50 years']);
    expect(texts(shadow(element), '[part~="cities"]')[0]).to.match(/^Kaluga.*Suhl$/);
    element.year = 2021;
    element.city = undefined;
    element.step = 10;
    element.country = 'ru';
    await element.updateComplete;
    expect(shadow(element).querySelectorAll('[part~="entry"]').length).to.equal(17);
  });

  // A CMS field or shortcode leaves spaces around an attribute's value: read as the map reads them.
  for (const [name, value, year] of [
    ['country', 'RU', '2021'],
    ['city', 'kaluga', '2019'],
  ] as const) {
    it(`reads a ${name} with spaces around it (a CMS field or shortcode leaves them)`, async () => {
      const element = await fixture<JubileeList>(html`<jubilee-list src=${SAMPLE_FEED_URL} year=${year}></jubilee-list>`);
      element.setAttribute(name, value);
      await element.updateComplete;
      await settled(element);
      const listed = texts(shadow(element), '[part~="entry"]');
      expect(listed.length, `entries of ${value}`).to.be.above(0);
      for (const spaced of [` ${value}`, `${value} `, `\t${value}\n`]) {
        element.setAttribute(name, spaced);
        await element.updateComplete;
        expect(texts(shadow(element), '[part~="entry"]'), JSON.stringify(spaced)).to.deep.equal(listed);
      }
    });
  }

  it('shows a localised empty state for a year without jubilees', async () => {
    await pageLanguage('de');
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${minimalFeed()} year="2022"></jubilee-list>`);
    await settled(element);
    expect(texts(shadow(element), '[part~="empty"]')).to.deep.equal(['Im Jahr 2022 feiert keine Partnerschaft ein rundes Jubiläum.']);
    await expect(element).to.be.accessible();
  });

  it('defaults to the current year, and an unusable year or step to the defaults', async () => {
    setClock(at('2031-03-01T12:00:00'));
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${minimalFeed()} step="zero"></jubilee-list>`);
    await settled(element);
    expect(texts(shadow(element), '[part~="group-heading"]')).to.deep.equal(['40 years']);
    element.setAttribute('year', 'soon');
    await element.updateComplete;
    expect(texts(shadow(element), '[part~="group-heading"]')).to.deep.equal(['40 years']);
  });

  it('shows a busy indicator while loading', () =>
    expectBusyWhileLoading((src) => fixture<JubileeList>(html`<jubilee-list src=${src}></jubilee-list>`), '[role="status"]'));

  it('shows the error state with a retry that succeeds once the server recovers', async () => {
    await pageLanguage('ru');
    const key = `retry-${Math.random().toString(36).slice(2)}`;
    const { value: element, logged } = await captureConsole(async () => {
      const list = await fixture<JubileeList>(html`<jubilee-list src="/__test__/flaky/${key}" year="2021"></jubilee-list>`);
      await settled(list);
      return list;
    });
    const root = shadow(element);
    expect(root.querySelector('[role="alert"]')?.textContent).to.contain('HTTP 500');
    expect(logged.join('\n')).to.contain('500');
    await expect(element).to.be.accessible();
    const retry = root.querySelector<HTMLButtonElement>('[part~="retry"]');
    expect(retry?.textContent?.trim()).to.equal('Повторить');
    retry!.click();
    await settled(element, '[part~="summary"]');
    expect(root.querySelectorAll('[part~="entry"]').length).to.equal(17);
  });

  it('explains a missing data source, without a retry button, and says in the console what to set', async () => {
    const { value: element, logged } = await captureConsole(async () => {
      const list = await fixture<JubileeList>(html`<jubilee-list></jubilee-list>`);
      await settled(list);
      return list;
    });
    expect(texts(shadow(element), '[part~="error-message"]')).to.deep.equal(['No data source is configured for this widget.']);
    expect(shadow(element).querySelector('[part~="retry"]')).to.equal(null);
    expect(logged).to.deep.equal(['[staedtepartner-widgets] <jubilee-list> needs src (a feed URL or #id) or a feed property']);
  });

  it('reloads when src changes', async () => {
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${undefined} src=${SAMPLE_FEED_URL} year="2021"></jubilee-list>`);
    await settled(element);
    const { value: _ } = await captureConsole(async () => {
      element.src = '/__test__/status/503';
      await settled(element, '[part~="error"]');
    });
    expect(shadow(element).querySelector('[part~="error"]')?.textContent).to.contain('503');
  });

  it('makes one request for three widgets with the same src', async () => {
    const key = `three-${Math.random().toString(36).slice(2)}`;
    const url = `/__test__/count/${key}`;
    // Built by hand: fixture() of a plain <div> waits for an animation frame,
    // which a background tab (test files run in parallel) may never get.
    const container = document.createElement('div');
    for (let i = 0; i < 3; i++) container.append(Object.assign(document.createElement('jubilee-list'), { src: url }));
    document.body.append(container);
    await Promise.all([...container.children].map((child) => settled(child)));
    const { hits } = (await (await fetch(`/__test__/hits/${key}`)).json()) as { hits: number };
    expect(hits).to.equal(1);
    container.remove();
  });

  it('renders markup in the feed as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__spPwned=1"><script>window.__spPwned=1</script>"><svg onload="window.__spPwned=1">';
    const feed = {
      version: 1,
      cities: [city('a', 'DE', { en: payload, de: payload }), city('b', 'RU', payload)],
      partnerships: [{ id: 'ab', cities: ['a', 'b'], since: '2001', notes: { en: payload }, sinceQualifier: payload }],
    };
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${feed} year="2021"></jubilee-list>`);
    await settled(element);
    const root = shadow(element);
    // Had the payload become an element, its image request would end and its handler run by now.
    await quietPeriod();
    expect((window as unknown as Record<string, unknown>)['__spPwned']).to.equal(undefined);
    expect(root.querySelector('img, script, svg')).to.equal(null);
    expect(root.querySelector('[part~="notes"]')?.textContent).to.equal(payload);
  });

  it('names the country beside a name that cities of another country in the feed share, in the language shown, and only there', async () => {
    const feed = {
      version: 1,
      cities: [
        city('neustadt-de', 'DE', 'Neustadt'),
        city('neustadt-at', 'AT', 'Neustadt'),
        city('troitsk', 'RU', 'Troitsk'),
        city('kirov', 'RU', 'Kirov'),
        city('essen', 'DE', 'Essen'),
        // Two names one only in German: "Alexandrow" is Alexandrov in Russia and Aleksandrów in Poland.
        city('alexandrov', 'RU', { en: 'Alexandrov', de: 'Alexandrow', ru: 'Александров' }),
        city('aleksandrow', 'PL', { en: 'Aleksandrów', de: 'Alexandrow', ru: 'Александрув' }),
      ],
      partnerships: [
        { id: 'n1', cities: ['neustadt-de', 'troitsk'], since: '2001' },
        { id: 'n2', cities: ['neustadt-at', 'kirov'], since: '2001' },
        { id: 'a1', cities: ['essen', 'alexandrov'], since: '1991' },
        { id: 'a2', cities: ['essen', 'aleksandrow'], since: '1991' },
      ],
    };
    const pairs = (element: Element) =>
      [...shadow(element).querySelectorAll('[part~="cities"]')].map((cities) =>
        [cities.firstElementChild!, cities.lastElementChild!].map((name) => name.textContent).join(' – '),
      );
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${feed} year="2021"></jubilee-list>`);
    await settled(element);
    expect(pairs(element)).to.deep.equal(['Neustadt (Austria) – Kirov', 'Neustadt (Germany) – Troitsk', 'Essen – Alexandrov', 'Essen – Aleksandrów']);
    await expect(element).to.be.accessible();
    await pageLanguage('de');
    await until(() => pairs(element).some((pair) => pair.includes('Österreich')), 'the list in German');
    expect(pairs(element)).to.deep.equal([
      'Neustadt (Deutschland) – Troitsk',
      'Neustadt (Österreich) – Kirov',
      'Essen – Alexandrow (Russland)',
      'Essen – Alexandrow (Polen)',
    ]);
  });

  it("marks a city name shown in another language than the list's with its lang (WCAG 3.1.2), and a name in the list's own with none", async () => {
    await pageLanguage('de');
    const feed = {
      version: 1,
      cities: [
        city('essen', 'DE', { de: 'Essen', ru: 'Эссен' }),
        city('kirov', 'RU', { ru: 'Киров' }),
        city('neustadt-de', 'DE', { de: 'Neustadt' }),
        city('neustadt-ru', 'RU', { ru: 'Нойштадт', de: 'Neustadt' }),
        city('troitsk', 'RU', { ru: 'Троицк' }),
      ],
      partnerships: [
        { id: 'k', cities: ['essen', 'kirov'], since: '1991' },
        { id: 'n', cities: ['neustadt-de', 'troitsk'], since: '2001' },
        { id: 'm', cities: ['neustadt-ru', 'troitsk'], since: '2001' },
      ],
    };
    const element = await fixture<JubileeList>(html`<jubilee-list .feed=${feed} year="2021"></jubilee-list>`);
    await settled(element);
    // Each name with the language of the element around it that is nearest.
    const named = [...shadow(element).querySelectorAll('[part~="cities"] > span:not([aria-hidden], .visually-hidden)')].map((name) => [
      name.textContent,
      name.querySelector('[lang]')?.textContent ?? null,
      name.querySelector('[lang]')?.getAttribute('lang') ?? name.closest('[lang]')!.getAttribute('lang'),
    ]);
    expect(named).to.deep.equal([
      ['Neustadt (Deutschland)', null, 'de'],
      ['Троицк', 'Троицк', 'ru'],
      ['Neustadt (Russland)', null, 'de'],
      ['Троицк', 'Троицк', 'ru'],
      ['Essen', null, 'de'],
      ['Киров', 'Киров', 'ru'],
    ]);
    await expect(element).to.be.accessible();
  });

  it('lets the host choose the heading level', async () => {
    const element = await fixture<JubileeList>(html`<jubilee-list src=${SAMPLE_FEED_URL} year="2021" heading-level="2"></jubilee-list>`);
    await settled(element);
    expect(shadow(element).querySelectorAll('h2[part~="group-heading"]').length).to.equal(4);
  });
});
