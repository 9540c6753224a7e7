/**
 * A calendar file of sessions that have no date yet. "My programme" of starred sessions that are all
 * still "Date to be announced", or "Sessions shown" on that tab, gave a file without a single event,
 * with "Calendar file created." said: a reader imported it and found nothing in their calendar. The
 * menu now says that none of them has a date, and offers no file; a file of dated and undated
 * sessions names in `calendar-download` only those it holds.
 */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import '../../src/conf-programme/define.js';
import { setClock } from '../../src/shared/clock.js';
import { catchCalendar } from '../support/calendar.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, conferenceOf, GENERATED, generated, menuItem, programme, tab, type RawFeed } from './support.js';

function feedWithUndated(): RawFeed {
  const data = generated();
  const conference = conferenceOf(data, GENERATED);
  conference.sessions!.push(
    { id: 'tba-1', kind: 'other', title: { en: 'Panel to be scheduled' } } as never,
    { id: 'tba-2', kind: 'other', title: { en: 'Workshop to be scheduled' } } as never,
  );
  return data;
}

describe('<conf-programme> calendar files of sessions without a date', function () {
  this.timeout(60_000);
  beforeEach(() => setClock(() => new Date('2025-03-01T12:00:00Z')));
  afterEach(() => cleanUp((key) => key.startsWith('staedtepartner-widgets:favourites:') && key.endsWith(GENERATED)));

  /** Clicks `choice` and resolves with the menu's status once it speaks, and whether a file or an event was offered. */
  async function choose(
    element: HTMLElement & { updateComplete: Promise<unknown> },
    choice: HTMLElement,
  ): Promise<{ status: string; files: number; events: number }> {
    let files = 0;
    let events = 0;
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      files++;
      return create.call(URL, blob);
    };
    const onDownload = () => events++;
    element.addEventListener('calendar-download', onDownload);
    const status = () => shadow(element).querySelector('.menu [role="status"]')?.textContent?.trim() ?? '';
    try {
      choice.click();
      await until(() => status() !== '', 'the menu’s status');
    } finally {
      URL.createObjectURL = create;
      element.removeEventListener('calendar-download', onDownload);
    }
    return { status: status(), files, events };
  }

  it('says that none of the favourites has a date, and offers no empty file', async () => {
    const element = await programme({ feed: feedWithUndated() });
    for (const id of ['tba-1', 'tba-2']) await click(element, article(element, id).querySelector<HTMLElement>('[part~="favourite"]')!);
    const result = await choose(element, await menuItem(element, 'My programme'));
    expect(result.status).to.equal('None of these sessions has a date.');
    expect(result.files, 'no file').to.equal(0);
    expect(result.events, 'no calendar-download').to.equal(0);
  });

  it('says so for the sessions shown on the "Date to be announced" tab', async () => {
    const element = await programme({ feed: feedWithUndated() });
    await click(element, tab(element, 'undated'));
    const result = await choose(element, await menuItem(element, 'Sessions shown'));
    expect(result.status).to.equal('None of these sessions has a date.');
    expect(result.files, 'no file').to.equal(0);
  });

  it('names in calendar-download only the sessions the file holds', async () => {
    const data = feedWithUndated();
    const dated = conferenceOf(data, GENERATED).sessions![3];
    const element = await programme({ feed: data });
    for (const id of ['tba-1', dated.id]) await click(element, article(element, id).querySelector<HTMLElement>('[part~="favourite"]')!);
    const caught = await catchCalendar<{ sessions: string[] }>(element, await menuItem(element, 'My programme'), { detail: true });
    const uids = new ICAL.Component(ICAL.parse(caught.text)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).uid);
    expect(uids).to.have.length(1);
    expect(caught.detail!.sessions).to.deep.equal([dated.id]);
  });
});
