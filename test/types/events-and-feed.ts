/**
 * A type-level test: `npm run typecheck` compiles this file, nothing runs it (it is not a
 * `*.test.ts`). It uses the widgets as a host app's TypeScript does: the events' `detail`
 * without a cast (src/events.ts), and the `feed` property typed as the feed document
 * (or a schedule). Each `@ts-expect-error` line is a use the compiler must refuse: if the
 * declarations went away or became loose, that line would compile and the directive would
 * fail the type-check.
 */
import '../../src/jubilee-list/define.js';
import '../../src/conf-overview/define.js';
import '../../src/conf-programme/define.js';
import '../../src/partnership-map/define.js';
import type { FeedDocument, FeedFailureKind, FeedWarning } from '../../src/feed/index.js';
import type { City, Partnership } from '../../src/feed/schema.js';
import { StaedtepartnerElement } from '../../src/shared/staedtepartner-element.js';

export function listenToTheWidgets(): void {
  const list = document.createElement('jubilee-list');
  list.addEventListener('feed-ready', (event) => {
    const warnings: readonly FeedWarning[] = event.detail.warnings;
    console.log(warnings.map((warning) => warning.path));
    // @ts-expect-error feed-ready has no `failure`
    console.log(event.detail.failure);
  });
  list.addEventListener('feed-error', (event) => {
    const kind: FeedFailureKind = event.detail.failure.kind;
    console.log(kind);
  });

  const programme = document.createElement('conf-programme');
  programme.addEventListener('day-select', (event) => {
    const day: string = event.detail.day;
    // @ts-expect-error the day is a string (`YYYY-MM-DD`, `all` …), not a number
    const asNumber: number = event.detail.day;
    console.log(day, asNumber);
  });
  programme.addEventListener('favourite-change', (event) => {
    const { session, favourite, favourites } = event.detail;
    console.log(session, favourite ? 'added' : 'removed', favourites.length);
  });
  programme.addEventListener('calendar-download', (event) => console.log(event.detail.conference, event.detail.sessions?.length));

  const map = document.createElement('partnership-map');
  map.addEventListener('city-select', (event) => {
    const city: City = event.detail.city;
    const partnerships: readonly Partnership[] = event.detail.partnerships;
    if (partnerships.length === 0) event.preventDefault();
    console.log(city.id);
  });
  map.addEventListener('partnership-select', (event) => {
    const [first, second] = event.detail.cities;
    console.log(event.detail.partnership.id, first.name, second.name);
  });

  // The events bubble out of the shadow root: a listener on the document is typed too.
  document.addEventListener('feed-ready', (event) => console.log(event.detail.warnings.length));
  // @ts-expect-error an event no widget sends has no detail
  document.addEventListener('feed-loaded', (event) => console.log(event.detail));
}

export function giveTheWidgetsAFeed(): void {
  const feed: FeedDocument = {
    version: 1,
    cities: [
      { id: 'duisburg', name: { de: 'Duisburg', ru: 'Дуйсбург' }, country: 'DE', lat: 51.43, lon: 6.76 },
      { id: 'perm', name: { de: 'Perm', ru: 'Пермь' }, country: 'RU', lat: 58.01, lon: 56.25 },
    ],
    partnerships: [{ id: 'duisburg-perm', cities: ['duisburg', 'perm'], since: '2007' }],
  };
  const list = document.createElement('jubilee-list');
  list.feed = feed;
  list.feed = { version: 1, conferences: [] };
  // A frab / C3VOC / pretalx schedule is taken as well (imported at run time).
  list.feed = { schedule: { conference: { title: 'Partnerschaftskonferenz', days: [] } } };
  const pretalx = { talks: [], rooms: [], speakers: [] };
  list.feed = pretalx;
  // Anything the compiler cannot see (fetched JSON is `any`) is validated at run time.
  list.feed = JSON.parse('{"version": 1}') as FeedDocument;
  list.feed = undefined;

  // @ts-expect-error this library reads version 1
  list.feed = { version: 2 };
  // @ts-expect-error a misspelt key
  list.feed = { version: 1, partnerhsips: [] };
  // @ts-expect-error a feed is an object, not its JSON text
  list.feed = '{"version": 1}';
  // @ts-expect-error a partnership joins two cities
  list.feed = { version: 1, partnerships: [{ id: 'p', cities: ['duisburg'] }] };
}

/** The base class sends only the declared events, with their declared details. */
export abstract class EmitsDeclaredEvents extends StaedtepartnerElement {
  announce(): void {
    this.emit('day-select', { day: 'all' });
    this.emit('calendar-download', { conference: 'xvi-kaluga-2021' });
    // @ts-expect-error an event that src/events.ts does not declare
    this.emit('day-change', { day: 'all' });
    // @ts-expect-error day-select's detail is `{ day }`
    this.emit('day-select', { tab: 'all' });
  }
}
