/**
 * A pretalx widget file has no title (issue 13, pretalx comparison: the heading read
 * "Programme: Programme" and the console warned about a file that is as pretalx writes it).
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { importSchedule } from '../../src/feed/import/index.js';
import { setLanguage } from '../../src/i18n/language.js';
import { shadow } from '../support/widgets.js';
import { cleanUp, programme } from './support.js';

/** A pretalx widget file as pretalx writes it (no title), with `extra` fields. */
function imported(extra: Record<string, unknown> = {}) {
  const result = importSchedule({
    timezone: 'Europe/Berlin',
    rooms: [{ id: 1, name: 'Großer Saal' }],
    talks: [{ code: 'AB1', title: 'Opening', room: 1, start: '2024-06-25T10:00:00+02:00', end: '2024-06-25T11:00:00+02:00', speakers: [] }],
    ...extra,
  });
  if (!result || typeof result !== 'object') throw new Error('not recognised');
  return result;
}

describe('<conf-programme> of a pretalx file without a title', function () {
  this.timeout(30_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  it('is imported without a warning', () => {
    expect(imported().warnings.map((warning) => `${warning.path} ${warning.message}`)).to.deep.equal([]);
  });

  for (const [language, expected] of [
    ['en', 'Programme'],
    ['de', 'Programm'],
    ['ru', 'Программа'],
  ] as const) {
    it(`${language}: is headed "${expected}", not the word twice`, async () => {
      await setLanguage(language);
      const element = await programme({ feed: imported().document });
      expect(shadow(element).querySelector('[part~="title"]')!.textContent!.trim()).to.equal(expected);
    });
  }

  it('is headed with the event’s slug when the file has one', async () => {
    const element = await programme({ feed: imported({ slug: 'democon' }).document });
    expect(shadow(element).querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Programme: democon');
  });
});
