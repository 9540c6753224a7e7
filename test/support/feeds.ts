/** Small feeds built in code, so each test shows the data it depends on. */
import type { FeedDocument } from '../../src/feed/schema.js';

export function city(id: string, country = 'DE', name: unknown = id): Record<string, unknown> {
  return { id, name, country, kind: 'city', lat: country === 'DE' ? 51 : 55, lon: country === 'DE' ? 7 : 37 };
}

export function minimalFeed(extra: Partial<Record<keyof FeedDocument, unknown>> = {}): Record<string, unknown> {
  return {
    version: 1,
    cities: [
      city('essen', 'DE', { de: 'Essen', ru: 'Эссен', en: 'Essen' }),
      city('nizhny-novgorod', 'RU', { de: 'Nischni Nowgorod', ru: 'Нижний Новгород', en: 'Nizhny Novgorod' }),
    ],
    partnerships: [{ id: 'essen--nizhny-novgorod', cities: ['essen', 'nizhny-novgorod'], since: '1991-09-09' }],
    ...extra,
  };
}

/** The sample feed that ships in demo/, as the test server serves it. */
export const SAMPLE_FEED_URL = '/demo/feed.json';

export async function sampleFeed(): Promise<Record<string, unknown>> {
  const response = await fetch(SAMPLE_FEED_URL);
  return (await response.json()) as Record<string, unknown>;
}
