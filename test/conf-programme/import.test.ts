/**
 * Schedules in other formats (frab / C3VOC schedule.json, schedule2, pretalx's
 * widget JSON) shown by <conf-programme>: every event of the file is on screen,
 * in the list and in the grid.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { captureConsole, shadow } from '../support/widgets.js';
import { cleanUp, click, container, programme, shownIds, tab } from './support.js';

type Json = Record<string, unknown>;
const DIR = '/test/fixtures/schedules';
const FILES = ['frab-schedule.json', 'frab-sloppy.json', 'schedule2.json', 'pretalx-widget.json', 'pretalx-sloppy.json'] as const;

/** The events of a file, counted the way each format groups them (independently of the importer). */
function eventCount(file: string, document: Json): number {
  if (file.startsWith('pretalx')) return (document['talks'] as unknown[]).length;
  if (file === 'schedule2.json') return (document['events'] as unknown[]).length;
  const days = ((document['schedule'] as Json)['conference'] as Json)['days'] as { rooms: Record<string, unknown[]> }[];
  return days.reduce((sum, day) => sum + Object.values(day.rooms).reduce((inner, events) => inner + events.length, 0), 0);
}

describe('<conf-programme> with imported schedules', () => {
  afterEach(() => cleanUp(() => false));

  for (const file of FILES) {
    for (const view of ['list', 'grid'] as const) {
      it(`${file} (${view}): shows every event, each with its time`, async () => {
        const document = (await (await fetch(`${DIR}/${file}`)).json()) as Json;
        const expected = eventCount(file, document);
        expect(expected).to.be.greaterThan(2);
        const element = await programme({ attributes: { src: `${DIR}/${file}`, view }, container: container('1200px') });
        const root = shadow(element);
        expect(root.querySelector('[part~="error"]'), 'error state').to.equal(null);
        if (root.querySelector('[role="tab"][data-tab="all"]')) await click(element, tab(element, 'all'));
        const shown = shownIds(element);
        expect(shown).to.have.length(expected);
        expect(new Set(shown).size, 'distinct sessions').to.equal(expected);
        // The formats always give a start date-time: every session shows a time.
        expect(root.querySelectorAll('[part~="panel"] [part~="session-time"]')).to.have.length(expected);
        expect(root.querySelectorAll('[part~="panel"] time[part~="session-time"]').length).to.be.greaterThan(0);
      });
    }
  }

  it('shows every talk of a file with absurd durations and a talk in the year 10000, the rest with their times', async () => {
    const talk = (code: string, extra: Json = {}): Json => ({ code, title: `Talk ${code}`, start: '2024-06-26T10:00:00+02:00', duration: 30, ...extra });
    const document = {
      timezone: 'Europe/Berlin',
      title: 'Absurd',
      talks: [
        talk('A'),
        talk('B', { duration: 1e12 }),
        talk('C', { duration: 1e308 }),
        talk('D', { start: '2024-06-27T09:00:00+02:00' }),
        talk('LATE', { start: '9999-12-31T23:30:00-05:00' }),
      ],
    };
    const { value: element, logged } = await captureConsole(() => programme({ feed: document }));
    const root = shadow(element);
    expect(root.querySelector('[part~="error"]')?.textContent?.trim() ?? 'no error', 'error state').to.equal('no error');
    if (root.querySelector('[role="tab"][data-tab="all"]')) await click(element, tab(element, 'all'));
    expect(shownIds(element)).to.have.members(['pretalx-A', 'pretalx-B', 'pretalx-C', 'pretalx-D', 'pretalx-LATE']);
    // A, B, C and D have a time; the talk in the year 10000 is listed without one.
    expect(root.querySelectorAll('[part~="panel"] time[part~="session-time"]')).to.have.length(4);
    expect(logged.join('\n')).to.contain('$.talks[1].duration').and.contain('$.talks[2].duration').and.contain('$.talks[4].start');
  });
});
