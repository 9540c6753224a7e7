/** Helpers shared by the stories. */
import { loaderSettings } from '../src/feed/loader.js';
import { setClock } from '../src/shared/clock.js';

/**
 * The `feed` property's control: a select of named sample feeds, each made when first chosen
 * (the generated ones take a moment); NO_FEED or none for none (the widget reads `src`).
 */
export const NO_FEED = 'none (src)';

export function feedControl(feeds: Record<string, () => unknown>) {
  const made = new Map<string, unknown>();
  return {
    argType: {
      control: { type: 'select' },
      options: [NO_FEED, ...Object.keys(feeds)],
      description: 'The feed as an object (the `feed` property), here one of the sample feeds; takes precedence over `src`.',
    },
    feedFor: (name: unknown) => {
      if (typeof name !== 'string' || !(name in feeds)) return undefined;
      if (!made.has(name)) made.set(name, feeds[name]!());
      return made.get(name);
    },
  } as const;
}

/** A feed whose partnerships are all invalid (unknown cities): the jubilee list's and the map's "left out" message. */
export const allPartnershipsInvalid = () => ({
  version: 1,
  cities: [{ id: 'essen', name: 'Essen', country: 'DE', lat: 51.46, lon: 7.01 }],
  partnerships: [
    { id: 'a', cities: ['essen', 'nowhere'], since: '1991' },
    { id: 'b', cities: ['essen', 'unknown'], since: '2001' },
  ],
});

/** A feed URL whose request never ends, so the loading state stays on screen. */
export const NEVER_ANSWERS = '/__story__/never-answers.json';

const installed = Symbol.for('staedtepartner-widgets:story-fetch');
const host = window as unknown as Record<symbol, boolean>;
if (!host[installed]) {
  host[installed] = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).endsWith(NEVER_ANSWERS) ? new Promise<Response>(() => {}) : realFetch(input, init);
}

/**
 * The loading state's `beforeEach`: the loader gives up on a feed after `loaderSettings.timeoutMs`
 * (20 s) and shows the timeout error, so a Loading story left open turned into an error; here it
 * waits for as long as a timer can (24.8 days), and the limit is restored afterwards.
 */
export const stayLoading = () => {
  const limit = loaderSettings.timeoutMs;
  loaderSettings.timeoutMs = 2 ** 31 - 1;
  return () => {
    loaderSettings.timeoutMs = limit;
  };
};

/** A story `beforeEach` that fixes "now", so "in 23 days" reads the same every time. */
export const clockAt = (iso: string) => () => {
  setClock(() => new Date(iso));
  return () => setClock(undefined);
};

/**
 * For a story whose language or "now" differs from its file's: drawn in a frame of its own on the
 * Docs page. There every other story is drawn in the one page, which has one language and one
 * clock, so the last story to set them would set them for all (German stories in English, "Took
 * place" as "Begins in 23 days").
 */
export const OWN_FRAME = { docs: { story: { inline: false } } };

/**
 * Towns that share a name with a town of another country (Neustadt in Germany and Austria, Alexandrov
 * and Aleksandrów, both "Alexandrow" in German) and the partners they share: the jubilee list writes
 * the country after such a name, the map's details name each partner's button with its country.
 */
export const citiesSharingNames = () => ({
  version: 1,
  cities: [
    { id: 'neustadt-weinstrasse', name: 'Neustadt', country: 'DE', lat: 49.35, lon: 8.14 },
    { id: 'wiener-neustadt', name: 'Neustadt', country: 'AT', lat: 47.81, lon: 16.24 },
    { id: 'troitsk', name: { en: 'Troitsk', de: 'Troizk', ru: 'Троицк' }, country: 'RU', lat: 55.48, lon: 37.3 },
    { id: 'kirov', name: { en: 'Kirov', de: 'Kirow', ru: 'Киров' }, country: 'RU', lat: 58.6, lon: 49.66 },
    { id: 'alexandrov', name: { en: 'Alexandrov', de: 'Alexandrow', ru: 'Александров' }, country: 'RU', lat: 56.4, lon: 38.71 },
    { id: 'aleksandrow', name: { en: 'Aleksandrów', de: 'Alexandrow', ru: 'Александрув' }, country: 'PL', lat: 51.82, lon: 19.3 },
    { id: 'essen', name: { en: 'Essen', de: 'Essen', ru: 'Эссен' }, country: 'DE', lat: 51.46, lon: 7.01 },
  ],
  partnerships: [
    { id: 'neustadt--troitsk', cities: ['neustadt-weinstrasse', 'troitsk'], since: '2001' },
    { id: 'wiener-neustadt--kirov', cities: ['wiener-neustadt', 'kirov'], since: '2001' },
    { id: 'essen--alexandrov', cities: ['essen', 'alexandrov'], since: '1991' },
    { id: 'essen--aleksandrow', cities: ['essen', 'aleksandrow'], since: '1991' },
    { id: 'essen--neustadt', cities: ['essen', 'neustadt-weinstrasse'], since: '1991' },
    { id: 'essen--wiener-neustadt', cities: ['essen', 'wiener-neustadt'], since: '2011' },
  ],
});
