import type { FeedDocument } from 'staedtepartner-widgets/feed.js';

/**
 * A small feed written in TypeScript: the compiler checks it against the feed's type (a misspelt
 * field or `version: 2` does not compile). The widget still validates it when it reads it, as it
 * does a feed fetched from `src`.
 */
export const feed: FeedDocument = {
  version: 1,
  cities: [
    { id: 'essen', name: { de: 'Essen', ru: 'Эссен', en: 'Essen' }, country: 'DE', lat: 51.4556, lon: 7.0116 },
    { id: 'nizhny-novgorod', name: { de: 'Nischni Nowgorod', ru: 'Нижний Новгород', en: 'Nizhny Novgorod' }, country: 'RU', lat: 56.3269, lon: 44.0059 },
  ],
  conferences: [
    {
      id: 'beispiel-2026',
      title: { de: 'Beispielkonferenz der Partnerstädte', ru: 'Пример конференции городов-партнёров', en: 'Example partner cities conference' },
      start: '2026-06-18',
      end: '2026-06-19',
      timeZone: 'Europe/Berlin',
      hostCities: ['essen'],
      sessions: [
        {
          id: 'opening',
          kind: 'plenary',
          title: { de: 'Eröffnung', ru: 'Открытие', en: 'Opening' },
          start: '2026-06-18T10:00',
          end: '2026-06-18T11:30',
          venue: { de: 'Großer Saal', ru: 'Большой зал', en: 'Main hall' },
        },
        {
          id: 'wg-youth',
          kind: 'working-group',
          workingGroup: 1,
          title: { de: 'Jugendaustausch', ru: 'Молодёжный обмен', en: 'Youth exchange' },
          start: '2026-06-19T09:30',
          end: '2026-06-19T12:00',
          venue: { de: 'Raum 2', ru: 'Зал 2', en: 'Room 2' },
          city: 'nizhny-novgorod',
        },
      ],
    },
  ],
};
