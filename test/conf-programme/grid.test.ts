/**
 * The grid view as a timetable (issue 13, "The grid is not a timetable"): rows to time scale
 * (one row per 5 minutes), sessions spanning their duration, parallel venues side by side,
 * overlapping sessions of one venue side by side within it, a sticky time axis and venue
 * headers inside the grid's own scroll container, compact cards, and a real-size camp day
 * of 79 talks that stays a bounded height. Geometry is read with getBoundingClientRect.
 */
import { expect } from '@open-wc/testing';
import { venuesOnOneDay } from '../../scripts/freeze-feeds.mjs';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import '../../src/conf-programme/define.js';
import { setLanguage } from '../../src/i18n/language.js';
import { axeViolations } from '../support/axe.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, container, item, laidOut, printMedia, programme, screenMedia, shownIds, watchLayout, type RawSession } from './support.js';

const DAY = '2030-06-26';

/** A feed of one conference on DAY (Europe/Berlin) with `sessions`, and a few speakers. */
function feedOf(sessions: (Partial<RawSession> & { id: string })[]): Record<string, unknown> {
  const feed = venuesOnOneDay(1) as { conferences: { sessions: unknown[] }[] } & Record<string, unknown>;
  feed.conferences[0].sessions = sessions.map((session) => ({
    kind: 'other',
    title: { en: `Talk ${session.id}`, de: `Vortrag ${session.id}`, ru: `Доклад ${session.id}` },
    ...session,
  }));
  feed.people = [
    { id: 'ada', name: 'Ada Lovelace' },
    { id: 'kim', name: 'Kim Sokolova' },
  ];
  return feed;
}

const at = (time: string) => `${DAY}T${time}`;

/** A whole day of half-hour talks (25 minutes each) in two rooms: the grid is several screens high inside its scroll area. */
function wholeDayInTwoRooms(): (Partial<RawSession> & { id: string })[] {
  const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return Array.from({ length: 94 }, (_, index) => {
    const from = Math.floor(index / 2) * 30;
    return { id: `t${index}`, venue: { en: `Room ${(index % 2) + 1}` }, start: at(time(from)), end: at(time(from + 25)) };
  });
}

/**
 * A camp day the size of a real one (a C3 camp's busiest day: 79 talks in five rooms from
 * 10:00 to 23:30, 20 to 60 minutes, a few without an end, long titles, one or two speakers).
 */
function campDay(): Record<string, unknown> {
  const rooms = ['Main stage', 'Hall B', 'Workshop tent', 'Villages', 'Open stage'];
  const lengths = [45, 30, 60, 20, 45, 30];
  const sessions: (Partial<RawSession> & { id: string })[] = [];
  const clock = rooms.map((_, index) => 10 * 60 + index * 5);
  for (let index = 0; sessions.length < 79; index++) {
    const room = index % rooms.length;
    const length = lengths[(index * 7 + room) % lengths.length];
    const from = clock[room];
    if (from + length > 23 * 60 + 30) continue;
    clock[room] = from + length + (index % 3 === 0 ? 15 : 0);
    const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    sessions.push({
      id: `camp-${sessions.length}`,
      kind: index % 9 === 0 ? 'plenary' : 'other',
      title: {
        en: `Talk ${sessions.length}: ${index % 4 === 0 ? 'a long title about mesh networks, solar power and the right to repair in small towns' : 'short'}`,
      },
      venue: { en: rooms[room] },
      start: at(time(from)),
      ...(index % 17 === 5 ? {} : { end: at(time(from + length)) }),
      speakers: index % 2 === 0 ? ['ada'] : ['ada', 'kim'],
    });
  }
  return feedOf(sessions);
}

/** The box of the axis label that names `text` ("13:00"). */
function label(element: Element, text: string): DOMRect {
  const found = [...shadow(element).querySelectorAll<HTMLElement>('.time-head')].find((head) => head.textContent?.trim() === text);
  if (!found) throw new Error(`no axis label ${text}`);
  return found.getBoundingClientRect();
}

function gridBox(element: Element): HTMLElement {
  const grid = shadow(element).querySelector<HTMLElement>('[part~="grid"]');
  if (!grid) throw new Error('no grid');
  return grid;
}

/** The text of a session's time as its card writes it. */
function cardTime(element: Element, id: string): string {
  return article(element, id).querySelector('[part~="session-time"]')!.textContent!.trim();
}

const near = (actual: number, expected: number, what: string) => expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).to.be.at.most(1);

const GEOMETRY = [
  { id: 'long', venue: { en: 'Hall' }, start: at('11:00'), end: at('13:00') },
  { id: 'half', venue: { en: 'Room 1' }, start: at('11:00'), end: at('11:30') },
  { id: 'hour', venue: { en: 'Room 1' }, start: at('11:30'), end: at('12:30') },
  { id: 'after', venue: { en: 'Hall' }, start: at('13:00'), end: at('14:00') },
  { id: 'first', venue: { en: 'Hall' }, start: at('15:00'), end: at('16:00') },
  { id: 'overlap', venue: { en: 'Hall' }, start: at('15:30'), end: at('16:30') },
  { id: 'open', venue: { en: 'Room 1' }, start: at('15:00') },
];

/** Switches the cards to the reader's time zone, without writing the choice, which the other tests (and files in other tabs) would read; false where there is no switch (the browser runs in the programme's zone). */
async function readerZone(element: ConfProgramme): Promise<boolean> {
  const zone = shadow(element).querySelector<HTMLButtonElement>('[part~="time-zone"]');
  if (!zone) return false;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = () => {};
  try {
    await click(element, zone);
  } finally {
    Storage.prototype.setItem = setItem;
  }
  return true;
}

describe('<conf-programme view="grid"> as a timetable', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  async function grid(feed: unknown, width = '1200px'): Promise<ConfProgramme> {
    const element = await programme({ feed, attributes: { view: 'grid' }, container: container(width) });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    return element;
  }

  it('is to time scale: a session ends at its end time’s axis label, an hour is twice half an hour, parallel sessions share a top', async () => {
    const element = await grid(feedOf(GEOMETRY));
    const long = item(element, 'long').getBoundingClientRect();
    const half = item(element, 'half').getBoundingClientRect();
    const hour = item(element, 'hour').getBoundingClientRect();
    near(long.top, label(element, '11:00').top, '11:00 start at the 11:00 label');
    near(long.bottom, label(element, '13:00').top, '13:00 end at the 13:00 label');
    near(hour.height, 2 * half.height, '60 minutes twice 30');
    near(half.bottom, hour.top, 'one after the other');
    expect(half.top, 'parallel sessions share a top').to.equal(long.top);
    expect(half.left).to.not.equal(long.left);
    // 13:00–14:00 right below 11:00–13:00 in the same column.
    const after = item(element, 'after').getBoundingClientRect();
    near(after.top, long.bottom, 'the next session');
    expect(after.left).to.equal(long.left);
  });

  it('draws back-to-back sessions at minutes off the 5-minute rows (lightning talks of 7 minutes) one below the other, not on top of each other', async () => {
    const talks = ['12:00', '12:07', '12:14', '12:21', '12:28'];
    const element = await grid(
      feedOf([
        ...talks.slice(0, -1).map((start, index) => ({ id: `lightning-${index}`, venue: { en: 'Hall' }, start: at(start), end: at(talks[index + 1]) })),
        { id: 'beside', venue: { en: 'Room 1' }, start: at('12:00'), end: at('12:30') },
      ]),
    );
    const boxes = talks.slice(0, -1).map((_, index) => item(element, `lightning-${index}`).getBoundingClientRect());
    for (let index = 1; index < boxes.length; index++) {
      expect(boxes[index].top, `lightning-${index} starts below lightning-${index - 1}`).to.be.at.least(boxes[index - 1].bottom - 1);
      // One after the other in one column: no lane of their own beside each other.
      expect(boxes[index].left).to.equal(boxes[0].left);
    }
  });

  it('puts overlapping sessions of one venue side by side within its column, and gives a session without an end 60 minutes, marked', async () => {
    const element = await grid(feedOf(GEOMETRY));
    const first = item(element, 'first').getBoundingClientRect();
    const overlap = item(element, 'overlap').getBoundingClientRect();
    const long = item(element, 'long').getBoundingClientRect();
    expect(overlap.left >= first.right - 1 || first.left >= overlap.right - 1, 'not on top of each other').to.equal(true);
    // Both within the Hall's columns, which 11:00–13:00 (alone in its time) spans whole.
    for (const box of [first, overlap]) expect(box.left >= long.left - 1 && box.right <= long.right + 1, 'inside the Hall').to.equal(true);
    const open = item(element, 'open');
    near(open.getBoundingClientRect().height, 2 * item(element, 'half').getBoundingClientRect().height, 'no end: 60 minutes');
    expect(open.classList.contains('open-end')).to.equal(true);
  });

  for (const language of ['de', 'ru', 'en'] as const) {
    it(`${language}: writes the axis labels as the cards write times, and names each session with its time and venue`, async () => {
      await setLanguage(language);
      const element = await grid(feedOf(GEOMETRY));
      const start = cardTime(element, 'after').split(/\s*[–-]\s*/)[0];
      expect(start).to.match(/^13[:.]00$/);
      label(element, start);
      label(element, cardTime(element, 'open'));
      // The venue is a column header only on screen: the session's accessible name says it.
      const labelled = article(element, 'long')
        .getAttribute('aria-labelledby')!
        .split(' ')
        .map((id) => shadow(element).getElementById(id)?.textContent?.trim());
      expect(labelled).to.deep.equal([cardTime(element, 'long'), `${language === 'de' ? 'Vortrag' : language === 'ru' ? 'Доклад' : 'Talk'} long`, 'Hall']);
      // Not repeated in the card, but read there (display: none would leave it to the article's name, which screen readers do not read out in browse mode).
      const venue = article(element, 'long').querySelector<HTMLElement>('[part~="venue"]')!;
      expect(venue.getBoundingClientRect().height).to.be.at.most(1);
      expect(getComputedStyle(venue).display).to.not.equal('none');
    });
  }

  it('labels the axis in the reader’s time zone when the cards show it', async () => {
    const element = await grid(feedOf(GEOMETRY));
    if (!(await readerZone(element))) return; // The browser runs in Berlin time: nothing to switch.
    const start = cardTime(element, 'after').split(/\s*[–-]\s*/)[0];
    expect(start).to.not.equal('13:00');
    near(label(element, start).top, item(element, 'after').getBoundingClientRect().top, `the ${start} label at 13:00 Berlin`);
  });

  it('labels the axis in the reader’s time zone right after the clocks go back, in a night past midnight', async () => {
    // Berlin goes from CEST to CET at 03:00 on 27 October 2030; the programme's day runs to 04:00.
    const feed = feedOf([
      { id: 'evening', venue: { en: 'Hall' }, start: '2030-10-26T22:00', end: '2030-10-26T23:00' },
      { id: 'night', venue: { en: 'Hall' }, start: '2030-10-27T03:00', end: '2030-10-27T03:30' },
    ]) as { conferences: Record<string, unknown>[] };
    Object.assign(feed.conferences[0], { start: '2030-10-26', end: '2030-10-26', timeZone: 'Europe/Berlin', dayChange: '04:00' });
    const element = await grid(feed);
    if (!(await readerZone(element))) return; // The browser runs in Berlin time: nothing to switch.
    for (const id of ['evening', 'night']) {
      // Its start, without the day the card names when it is another in the reader's zone.
      const start = /\d{1,2}[:.]\d{2}/.exec(cardTime(element, id))![0];
      near(label(element, start).top, item(element, id).getBoundingClientRect().top, `the ${start} label at the top of ${id}`);
    }
  });

  it('reads and tabs by time, then venue', async () => {
    // Given in another order (the Hall first, so its column comes first): ties at 15:00 in the feed's order would be the other way round.
    const element = await grid(feedOf([GEOMETRY[0], ...GEOMETRY.slice(1).reverse()]));
    expect(shownIds(element)).to.deep.equal(['long', 'half', 'hour', 'after', 'first', 'open', 'overlap']);
  });

  it('keeps a real-size camp day of 79 talks a bounded height, with the time axis and venue headers in view when its container scrolls', async () => {
    const element = await grid(campDay(), '800px');
    expect(shownIds(element)).to.have.length(79);
    const scroller = gridBox(element);
    const height = scroller.getBoundingClientRect().height;
    expect(height, 'the grid’s height').to.be.at.most(Math.max(window.innerHeight, 600));
    expect(scroller.scrollHeight, 'to scale inside').to.be.greaterThan(height);
    expect(scroller.scrollWidth, 'five rooms in 800 px scroll sideways').to.be.greaterThan(scroller.clientWidth);
    scroller.scrollTo({ top: 700, left: 300 });
    await until(() => scroller.scrollTop > 0 && scroller.scrollLeft > 0, 'scrolled');
    await new Promise(requestAnimationFrame);
    const box = scroller.getBoundingClientRect();
    const heads = [...shadow(element).querySelectorAll<HTMLElement>('.venue-head')].map((head) => head.getBoundingClientRect());
    expect(heads.some((head) => head.right > box.left && head.left < box.right)).to.equal(true);
    for (const head of heads) near(head.top, box.top, 'venue header at the top');
    const shown = [...shadow(element).querySelectorAll<HTMLElement>('.time-head')]
      .map((head) => head.getBoundingClientRect())
      .filter((head) => head.top >= box.top && head.bottom <= box.bottom);
    expect(shown.length, 'axis labels in view').to.be.greaterThan(0);
    for (const head of shown) near(head.left, box.left, 'axis at the left');
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('lays out no session far below the grid’s scroll area until it is scrolled to', async () => {
    const day = wholeDayInTwoRooms();
    const element = await grid(feedOf(day));
    const root = shadow(element);
    const panel = root.querySelector('[part~="panel"]')!;
    // Once the panel is sized (session-sizes.ts: its list sessions, none here; the grid's cards keep the size of their cell).
    await until(() => panel.hasAttribute('data-sized'), 'the panel was not marked sized (data-sized)');
    const scroller = gridBox(element);
    const box = scroller.getBoundingClientRect();
    const sessions = [...root.querySelectorAll<HTMLElement>('.grid-sessions > .session')];
    // Beyond the margin in which browsers lay out content-visibility: auto ahead of scrolling (half a screen).
    const far = sessions.filter((session) => session.getBoundingClientRect().top > box.bottom + 1.5 * window.innerHeight);
    const inView = sessions.filter((session) => session.getBoundingClientRect().bottom < Math.min(box.bottom, window.innerHeight) - 20);
    expect(far.length, 'sessions far below the grid’s scroll area').to.be.greaterThan(10);
    expect(inView.length, 'sessions in view').to.be.greaterThan(3);
    // The browser finds them out of view in a frame after they were laid out.
    await until(() => !far.some(laidOut), `sessions far below the grid’s scroll area are laid out (of ${far.length})`);
    await until(() => inView.every(laidOut), `sessions in view are not laid out (of ${inView.length})`);
    const last = far[far.length - 1];
    last.scrollIntoView({ block: 'center' });
    await until(() => laidOut(last), 'the last session, scrolled to, was not laid out');
  });

  it('never lays out a card far below the grid’s scroll area, not even once to keep its height (its cell gives it)', async () => {
    const day = wholeDayInTwoRooms();
    // The evening's talks (18:30 to 23:30): the last screens of the grid.
    const evening = day.slice(74).map((session) => `session-${session.id}`);
    const cards = (root: ShadowRoot) => evening.map((id) => root.getElementById(id)).filter((card): card is HTMLElement => !!card);
    const watch = watchLayout(cards);
    try {
      const element = await grid(feedOf(day));
      const root = shadow(element) as ShadowRoot;
      const panel = root.querySelector('[part~="panel"]')!;
      // The list's sessions are sized in the frames after an update (session-sizes.ts): wait for that, and for frames after it.
      await until(() => panel.hasAttribute('data-sized'), 'the panel was not marked sized (data-sized)');
      const sizedAt = watch.frames;
      await until(() => watch.frames > sizedAt + 3, 'frames after data-sized');
      const box = gridBox(element).getBoundingClientRect();
      const far = cards(root).filter((card) => card.getBoundingClientRect().top > box.bottom + 1.5 * window.innerHeight);
      expect(far.length, 'the evening’s cards lie far below the grid’s scroll area').to.equal(evening.length);
      expect(
        [...watch.ever].map((card) => card.id),
        'cards far below the grid’s scroll area laid out in some frame',
      ).to.deep.equal([]);
      // Still laid out when scrolled to.
      const last = far[far.length - 1];
      last.scrollIntoView({ block: 'center' });
      await until(() => laidOut(last), 'the last card, scrolled to, was not laid out');
    } finally {
      watch.stop();
    }
  });

  it('shows seven parallel working groups of one afternoon side by side at 1280 px, without scrolling sideways', async () => {
    const groups = Array.from({ length: 7 }, (_, index) => ({
      id: `wg-${index + 1}`,
      kind: 'working-group',
      workingGroup: index + 1,
      title: { en: `Working group ${index + 1}: cooperation in health, culture, youth exchange and sustainable towns` },
      venue: { en: `Room ${index + 1}` },
      start: at('14:00'),
      end: at('17:30'),
    }));
    const element = await grid(
      feedOf([{ id: 'opening', kind: 'plenary', venue: { en: 'Room 1' }, start: at('10:00'), end: at('12:00') }, ...groups]),
      '1280px',
    );
    const scroller = gridBox(element);
    expect(scroller.scrollWidth, 'no sideways scrolling').to.be.at.most(scroller.clientWidth);
    const boxes = groups.map((group) => item(element, group.id).getBoundingClientRect());
    for (const box of boxes) {
      expect(box.top).to.equal(boxes[0].top);
      expect(box.width).to.be.greaterThan(120);
    }
    near(boxes[0].top, label(element, '14:00').top, '14:00');
  });

  it('opens a compact card in place on focus, with its clamped title whole', async () => {
    const element = await grid(campDay(), '800px');
    const id = 'camp-0';
    const card = item(element, id);
    const title = article(element, id).querySelector<HTMLElement>('[part~="session-title"]')!;
    const compact = card.getBoundingClientRect().height;
    article(element, id).querySelector<HTMLElement>('[part~="favourite"]')!.focus();
    await until(() => card.getBoundingClientRect().height > compact, 'the card opens');
    expect(title.scrollHeight).to.be.at.most(title.clientHeight + 1);
  });

  it('keeps what a compact card does not show for screen readers and Tab: venue, coordinators, moderators, topics', async () => {
    const feed = feedOf([
      {
        id: 'wg',
        start: at('10:00'),
        end: at('10:30'),
        venue: 'Hall 1',
        coordinators: ['dra'],
        moderators: ['ada'],
        topics: [{ en: 'Youth exchange', de: 'Jugendaustausch', ru: 'Молодёжный обмен' }],
      },
    ]);
    feed['organisations'] = [{ id: 'dra', name: 'Deutsch-Russischer Austausch', url: 'https://example.org/dra' }];
    const element = await grid(feed, '800px');
    const card = item(element, 'wg');
    const compact = card.getBoundingClientRect().height;
    for (const part of ['venue', 'coordinators', 'moderators', 'topics']) {
      const node = article(element, 'wg').querySelector<HTMLElement>(`[part~="${part}"]`)!;
      // display: none would take it from the accessibility tree (and its links from the Tab order).
      expect(getComputedStyle(node).display, part).to.not.equal('none');
      expect(node.getBoundingClientRect().height, `${part} is not shown in the compact card`).to.be.at.most(1);
    }
    expect(article(element, 'wg').textContent).to.contain('Hall 1').and.to.contain('Deutsch-Russischer Austausch').and.to.contain('Youth exchange');
    // The coordinator's link takes the focus, which opens the card and shows it.
    const link = article(element, 'wg').querySelector<HTMLAnchorElement>('[part~="coordinators"] a')!;
    link.focus();
    expect(shadow(element).activeElement, 'the link takes the focus').to.equal(link);
    await until(() => card.getBoundingClientRect().height > compact, 'the card opens');
    expect(link.getBoundingClientRect().height).to.be.greaterThan(1);
  });
});

/** Where a text box is shown: the card's box cut by every box between that clips (the article, a clamped title). */
function clipOf(node: Node, card: Element): DOMRect {
  let { top, bottom } = card.getBoundingClientRect();
  for (let element = node.parentElement; element && element !== card; element = element.parentElement) {
    if (getComputedStyle(element).overflowY === 'visible') continue;
    const box = element.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  return new DOMRect(0, top, 0, Math.max(0, bottom - top));
}

/** Inside a box clipped away (as .visually-hidden): text for screen readers, not shown. */
function readOnly(element: Element, card: Element): boolean {
  for (let box: Element | null = element; box && box !== card; box = box.parentElement) if (getComputedStyle(box).clipPath !== 'none') return true;
  return false;
}

/** Lines of text in `card` that are shown in part: cut by its edge (or a clipping box inside it) through the letters. */
function slicedLines(card: Element): string[] {
  const sliced: string[] = [];
  const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent?.trim() || !parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }) || readOnly(parent, card)) continue;
    const clip = clipOf(node, card);
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const line of range.getClientRects()) {
      const inside = line.top >= clip.top - 0.5 && line.bottom <= clip.bottom + 0.5;
      const outside = line.bottom <= clip.top + 0.5 || line.top >= clip.bottom - 0.5;
      if (!inside && !outside)
        sliced.push(
          `"${node.textContent.trim().slice(0, 30)}" ${line.top.toFixed(1)}–${line.bottom.toFixed(1)} in ${clip.top.toFixed(1)}–${clip.bottom.toFixed(1)}`,
        );
    }
  }
  return sliced;
}

describe('<conf-programme view="grid"> short cards', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await cleanUp(() => false);
    await setLanguage('en');
  });

  for (const language of ['en', 'de', 'ru'] as const) {
    it(`${language}: leaves out what does not fit at a line boundary, the speakers still in the card for hover, focus and screen readers`, async () => {
      await setLanguage(language);
      const lengths = [10, 15, 20, 25, 30, 35, 45, 60, 90];
      const title = 'Twinning towns: mesh networks, solar power and the right to repair in small towns and villages';
      const sessions = lengths.flatMap((length, index) => {
        const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        const from = 8 * 60 + index * 100;
        return [
          { id: `short-${length}`, title: { en: title }, venue: { en: 'Hall' }, start: at(time(from)), end: at(time(from + length)), speakers: ['ada', 'kim'] },
          { id: `plain-${length}`, venue: { en: 'Room 2' }, start: at(time(from)), end: at(time(from + length)), speakers: ['kim'] },
        ];
      });
      sessions.push({ id: 'no-end', title: { en: title }, venue: { en: 'Room 2' }, start: at('07:00'), speakers: ['ada', 'kim'] } as never);
      const element = await programme({ feed: feedOf(sessions), attributes: { view: 'grid' }, container: container('1000px') });
      await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
      (document.activeElement as HTMLElement | null)?.blur();
      const cards = [...shadow(element).querySelectorAll<HTMLElement>('.grid-sessions > .session')];
      expect(cards).to.have.length(2 * lengths.length + 1);
      for (const card of cards) {
        // In view, so that nothing is skipped as off screen.
        card.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        expect(slicedLines(card), card.querySelector('article')!.id).to.deep.equal([]);
      }
      // A 30-minute card shows its time and title; its speakers are still in the card.
      const half = item(element, 'short-30');
      expect(half.querySelector('[part~="speakers"]')!.textContent).to.contain('Ada Lovelace');
      expect(article(element, 'short-30').getAttribute('aria-labelledby')).to.contain('title-short-30');
    });
  }
});

describe('<conf-programme view="grid"> venue order', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp(() => false));

  it('keeps the organiser’s order of venues, their first appearance in the feed, not the most used first', async () => {
    const element = await programme({
      feed: feedOf([
        { id: 'opening', venue: { en: 'Great hall' }, start: at('09:00'), end: at('10:00') },
        { id: 'a', venue: { en: 'Room 2' }, start: at('10:00'), end: at('11:00') },
        { id: 'b', venue: { en: 'Room 2' }, start: at('11:00'), end: at('12:00') },
        { id: 'c', venue: { en: 'Room 3' }, start: at('08:00'), end: at('09:00') },
        { id: 'd', venue: { en: 'Room 3' }, start: at('11:00'), end: at('12:00') },
        { id: 'e', venue: { en: 'Room 3' }, start: at('12:00'), end: at('13:00') },
      ]),
      attributes: { view: 'grid' },
      container: container('1200px'),
    });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    const heads = [...shadow(element).querySelectorAll<HTMLElement>('.venue-head')];
    expect(heads.map((head) => head.textContent!.trim())).to.deep.equal(['Great hall', 'Room 2', 'Room 3']);
    const left = (id: string) => item(element, id).getBoundingClientRect().left;
    expect(left('opening')).to.be.below(left('a'));
    expect(left('a')).to.be.below(left('c'));
  });
});

describe('<conf-programme view="grid"> printed', function () {
  this.timeout(60_000);
  afterEach(async () => {
    await screenMedia();
    await cleanUp(() => false);
  });

  it('is no scroll box with print media but no beforeprint event (emulated print): the whole day is on paper', async () => {
    const element = await programme({ feed: campDay(), attributes: { view: 'grid' }, container: container('1000px') });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    expect(gridBox(element).scrollHeight, 'a scroll box on screen').to.be.greaterThan(gridBox(element).clientHeight + 1);
    await printMedia(element, '.grid');
    const grid = gridBox(element);
    expect(getComputedStyle(grid).overflowY, 'not a scroll box').to.equal('visible');
    expect(grid.scrollHeight, 'nothing cut').to.be.at.most(grid.clientHeight + 1);
    const last = [...shadow(element).querySelectorAll<HTMLElement>('.grid-sessions > .session')].at(-1)!.getBoundingClientRect();
    expect(last.bottom).to.be.at.most(grid.getBoundingClientRect().bottom + 1);
  });
});

/** Resolves once the grid's layout holds still for a frame (the grid's sheet and fonts applied), measured by `id`'s box. */
async function layoutSettled(element: Element, id: string): Promise<void> {
  let last = '';
  await until(async () => {
    await new Promise(requestAnimationFrame);
    const box = item(element, id).getBoundingClientRect();
    const now = `${box.top} ${box.height} ${getComputedStyle(gridBox(element)).display}`;
    const same = now === last && now.endsWith(' grid');
    last = now;
    return same;
  }, 'the grid’s layout holds still');
}

describe('<conf-programme view="grid"> empty hours', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp(() => false));

  it('draws more than two hours without a session as a short marked gap, the axis naming the times either side', async () => {
    const element = await programme({
      feed: feedOf([
        { id: 'morning', venue: { en: 'Hall' }, start: at('09:00'), end: at('12:00') },
        { id: 'side', venue: { en: 'Room 2' }, start: at('10:00'), end: at('11:00') },
        { id: 'evening', venue: { en: 'Hall' }, start: at('19:00'), end: at('20:00') },
        { id: 'late', venue: { en: 'Room 2' }, start: at('19:30'), end: at('20:00') },
      ]),
      attributes: { view: 'grid' },
      container: container('1000px'),
    });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    await layoutSettled(element, 'evening');
    const morning = item(element, 'morning').getBoundingClientRect();
    const evening = item(element, 'evening').getBoundingClientRect();
    const halfHour = morning.height / 6;
    expect(evening.top - morning.bottom, '12:00 to 19:00 shorter than half an hour').to.be.below(halfHour);
    expect(evening.top - morning.bottom, 'but a gap').to.be.above(halfHour / 3);
    near(label(element, '12:00').top, morning.bottom, '12:00 at the morning’s end');
    near(label(element, '19:00').top, evening.top, '19:00 at the evening’s start');
    expect(() => label(element, '15:00')).to.throw();
    // Still to scale either side of the gap.
    near(item(element, 'late').getBoundingClientRect().top - evening.top, halfHour, '19:30 half an hour after 19:00');
    const gaps = [...shadow(element).querySelectorAll<HTMLElement>('.gap')];
    expect(gaps).to.have.length(1);
    expect(gaps[0].getAttribute('aria-hidden')).to.equal('true');
    const gap = gaps[0].getBoundingClientRect();
    near(gap.top, morning.bottom, 'the gap after 12:00');
    near(gap.bottom, evening.top, 'the gap up to 19:00');
    expect(shownIds(element)).to.deep.equal(['morning', 'side', 'evening', 'late']);
    expect(await axeViolations(element)).to.deep.equal([]);
  });

  it('keeps two empty hours to scale', async () => {
    const element = await programme({
      feed: feedOf([
        { id: 'first', venue: { en: 'Hall' }, start: at('09:00'), end: at('10:00') },
        { id: 'second', venue: { en: 'Hall' }, start: at('12:00'), end: at('13:00') },
      ]),
      attributes: { view: 'grid' },
      container: container('1000px'),
    });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    await layoutSettled(element, 'second');
    const first = item(element, 'first').getBoundingClientRect();
    near(item(element, 'second').getBoundingClientRect().top - first.bottom, 2 * first.height, 'two hours');
    expect(shadow(element).querySelector('.gap')).to.equal(null);
    label(element, '11:00');
  });
});
