/**
 * axe-core on the programme's states beyond the quality suite's default view:
 * the grid, the side-events tab, a day tab, the time-zone switch, running
 * sessions with their badges, no search results, and print.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { shadow } from '../support/widgets.js';
import { cleanUp, click, container, generated, programme, search, tab, XV } from './support.js';

describe('<conf-programme> accessibility in every view', () => {
  afterEach(() => cleanUp(() => false));

  for (const language of ['de', 'ru', 'en'] as const) {
    it(`${language}: grid with running sessions, local times and favourites`, async () => {
      await setLanguage(language);
      setClock(() => new Date('2025-06-25T08:30:00Z'));
      const element = await programme({ feed: generated(40), attributes: { view: 'grid' }, container: container('1200px') });
      const root = shadow(element);
      expect(root.querySelectorAll('[part~="grid"]').length).to.be.greaterThan(0);
      expect(root.querySelectorAll('[part~="session-now"]').length).to.be.greaterThan(0);
      // Pressed toggles, without writing the choices other test files (in other tabs) read.
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {};
      try {
        const zone = root.querySelector<HTMLButtonElement>('[part~="time-zone"]');
        if (zone) await click(element, zone);
        await click(element, root.querySelector<HTMLButtonElement>('[part~="favourite"]')!);
        expect(root.querySelectorAll('[aria-pressed="true"]').length).to.be.greaterThan(0);
      } finally {
        Storage.prototype.setItem = setItem;
      }
      expect(await axeViolations(element)).to.deep.equal([]);
    });

    it(`${language}: XV side events, a day tab, no results, and print`, async () => {
      await setLanguage(language);
      const element = await programme({ conference: XV });
      await click(element, tab(element, 'side-events'));
      expect(shadow(element).querySelectorAll('[part~="side-event"]').length).to.be.greaterThan(0);
      expect(await axeViolations(element), 'side events').to.deep.equal([]);
      await click(element, tab(element, '2019-06-26'));
      expect(await axeViolations(element), 'a day').to.deep.equal([]);
      await search(element, 'no such words anywhere');
      expect(shadow(element).querySelector('[part~="no-results"]')).to.not.equal(null);
      expect(await axeViolations(element), 'no results').to.deep.equal([]);
      window.dispatchEvent(new Event('beforeprint'));
      await element.updateComplete;
      expect(await axeViolations(element), 'print').to.deep.equal([]);
      window.dispatchEvent(new Event('afterprint'));
    });
  }
});
