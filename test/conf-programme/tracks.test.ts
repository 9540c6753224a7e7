/**
 * Tracks in <conf-programme> (issue 13): on a real-size imported camp (79 talks in pretalx's
 * format with seven coloured tracks, scripts/pretalx-schedule.mjs) the track filter shows only
 * the chosen track's sessions, together with the search; it is named and reached by keyboard;
 * each session names its track in text, with the colour only as a stripe (never
 * as a text colour), in the list and the grid, also in forced colours.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { pretalxSchedule, PRETALX_CASES } from '../../scripts/pretalx-schedule.mjs';
import { axeViolations } from '../support/axe.js';
import { shadow } from '../support/widgets.js';
import { catchCalendar } from '../support/calendar.js';
import { article, cleanUp, click, container, item, menuItem, programme, search, shownIds, tab } from './support.js';

interface Talk {
  code: string;
  title: string;
  track: number;
}
interface Camp {
  talks: Talk[];
  tracks: { id: number; name: string; color: string }[];
}

const camp = (): Camp => pretalxSchedule(PRETALX_CASES.find((spec) => spec.sessions === 79)!) as unknown as Camp;
const trackOf = (data: Camp, talk: Talk) => data.tracks.find((track) => track.id === talk.track)!;

function trackFilter(element: Element): HTMLSelectElement {
  const select = shadow(element).querySelector<HTMLSelectElement>('[part~="track-filter"]');
  if (!select) throw new Error('no track filter');
  return select;
}

async function chooseTrack(element: Element, value: string): Promise<void> {
  const select = trackFilter(element);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

/** Every session of the camp on screen: the "All days" tab. */
async function allDays(element: Parameters<typeof click>[0]): Promise<void> {
  await click(element, tab(element, 'all'));
}

/** `rgb(…)` of a hex colour, as computed styles give it. */
function rgb(hex: string): string {
  const value = parseInt(hex.slice(1), 16);
  return `rgb(${value >> 16}, ${(value >> 8) & 255}, ${value & 255})`;
}

describe('<conf-programme> tracks', () => {
  afterEach(() => cleanUp(() => false));

  it('filters the imported camp by track, alone and with the search, listing every track by name', async () => {
    const data = camp();
    const element = await programme({ feed: data, container: container('800px') });
    await allDays(element);
    const select = trackFilter(element);
    expect([...select.options].map((option) => option.textContent!.trim())).to.deep.equal(['All tracks', ...data.tracks.map((track) => track.name)]);
    expect(select.labels?.[0]?.querySelector('span')?.textContent?.trim(), 'its name').to.equal('Track');

    const chosen = data.tracks[2];
    await chooseTrack(element, select.options[3].value);
    const ofTrack = data.talks.filter((talk) => talk.track === chosen.id).map((talk) => `pretalx-${talk.code}`);
    expect(ofTrack.length).to.be.within(2, 78);
    expect(shownIds(element)).to.have.members(ofTrack);
    expect(shownIds(element)).to.have.length(ofTrack.length);

    // With the search: those the search alone shows that are of the track.
    const word = data.talks.find((talk) => talk.track === chosen.id)!.title.split(':')[0];
    await chooseTrack(element, '');
    await search(element, word);
    const searched = shownIds(element);
    await chooseTrack(element, select.options[3].value);
    const both = searched.filter((id) => ofTrack.includes(id));
    expect(both.length, 'some of the track match').to.be.greaterThan(0);
    expect(both.length, 'not all that match are of the track').to.be.lessThan(searched.length);
    expect(shownIds(element)).to.have.members(both);
    expect(shownIds(element)).to.have.length(both.length);

    // A track's name finds its sessions in the search too (it is no longer a topic).
    await chooseTrack(element, '');
    await search(element, chosen.name);
    expect(shownIds(element)).to.include.members(ofTrack);
  });

  it('gives the calendar file of the sessions shown only the chosen track’s sessions', async () => {
    const data = camp();
    const element = await programme({ feed: data });
    await allDays(element);
    const chosen = data.tracks[4];
    await chooseTrack(element, trackFilter(element).options[5].value);
    const expected = data.talks.filter((talk) => talk.track === chosen.id).map((talk) => `pretalx-${talk.code}`);
    const file = await catchCalendar<{ sessions: string[] }>(element, await menuItem(element, 'Sessions shown'), { detail: true });
    expect(file.detail!.sessions).to.have.members(expected);
    expect(file.detail!.sessions).to.have.length(expected.length);
    expect(file.text.match(/BEGIN:VEVENT/g)).to.have.length(expected.length);
  });

  it('is reached with Tab from the search field', async () => {
    const element = await programme({ feed: camp() });
    const input = shadow(element).querySelector<HTMLInputElement>('[part~="search"]')!;
    input.focus();
    for (let presses = 0; presses < 3 && shadow(element).activeElement !== trackFilter(element); presses++) await sendKeys({ press: 'Tab' });
    expect(shadow(element).activeElement, 'the track filter has the focus').to.equal(trackFilter(element));
  });

  for (const view of ['list', 'grid'] as const) {
    it(`names each session's track in text, its colour only as the stripe (${view})`, async () => {
      const data = camp();
      const element = await programme({ feed: data, attributes: { view }, container: container('1200px') });
      const ids = shownIds(element);
      expect(ids.length).to.be.greaterThan(5);
      for (const id of ids) {
        const talk = data.talks.find((candidate) => `pretalx-${candidate.code}` === id)!;
        const track = trackOf(data, talk);
        const label = article(element, id).querySelector<HTMLElement>('[part~="track"]');
        expect(label?.textContent?.trim(), id).to.equal(track.name);
        const box = label!.getBoundingClientRect();
        expect(box.height, `${id}: the name is on the card`).to.be.greaterThan(0);
        expect(box.bottom, `${id}: the name is within the card, not cut off`).to.be.at.most(item(element, id).getBoundingClientRect().bottom + 0.5);
        expect(getComputedStyle(label!).color, `${id}: text not in the track's colour`).to.not.equal(rgb(track.color));
        expect(getComputedStyle(item(element, id)).borderInlineStartColor, `${id}: stripe`).to.equal(rgb(track.color));
      }
    });
  }

  it('is axe-clean with the track filter and the track on each card', async () => {
    const element = await programme({ feed: camp() });
    await chooseTrack(element, trackFilter(element).options[1].value);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('offers no track filter when the sessions use fewer than two tracks, and shows a track without a colour by name only', async () => {
    const feed = {
      version: 1,
      conferences: [
        {
          id: 'c',
          title: 'C',
          start: '2026-06-22',
          timeZone: 'Europe/Berlin',
          hostCities: [],
          tracks: [
            { id: 'a', name: { en: 'Art', de: 'Kunst' } },
            { id: 'b', name: 'Unused', color: '#123456' },
          ],
          sessions: [
            { id: 's1', kind: 'other', title: 'One', start: '2026-06-22T10:00', track: 'a' },
            { id: 's2', kind: 'other', title: 'Two', start: '2026-06-22T11:00' },
          ],
        },
      ],
    };
    const element = await programme({ feed });
    expect(shadow(element).querySelector('[part~="track-filter"]')).to.equal(null);
    expect(article(element, 's1').querySelector('[part~="track"]')?.textContent?.trim()).to.equal('Art');
    expect(item(element, 's1').style.getPropertyValue('--conf-programme-track-color')).to.equal('');
    expect(article(element, 's2').querySelector('[part~="track"]')).to.equal(null);
  });

  it('keeps the track name and a drawn stripe in forced colours (Chromium emulates them)', async function () {
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const element = await programme({ feed: camp() });
      const id = shownIds(element)[0];
      const label = article(element, id).querySelector<HTMLElement>('[part~="track"]')!;
      expect(label.textContent!.trim().length).to.be.greaterThan(0);
      expect(label.getBoundingClientRect().height).to.be.greaterThan(0);
      const style = getComputedStyle(item(element, id));
      expect(parseFloat(style.borderInlineStartWidth), 'the stripe is drawn').to.be.greaterThan(2);
      expect(style.borderInlineStartColor, 'in a system colour').to.equal(getComputedStyle(label).color);
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });
});
