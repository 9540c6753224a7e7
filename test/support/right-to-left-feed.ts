/**
 * Essen and three partners named in Arabic and Hebrew (the partnerships are made up), for the map's
 * test of names in a right-to-left script (test/partnership-map/accessibility.test.ts) and its
 * RightToLeftPage story. Azaz and the city near Aleppo share one marker at the map's first view,
 * whose tooltip names both, then counts them: "Azaz and حلب · 2 partnerships". `haleb` is that
 * city's name (a hostile one in the test).
 */
export function rightToLeftFeed(haleb = 'حلب'): Record<string, unknown> {
  const cities = [
    { id: 'essen', name: { de: 'Essen', ru: 'Эссен', en: 'Essen' }, country: 'DE', kind: 'city', lat: 51.46, lon: 7.01 },
    { id: 'azaz', name: 'Azaz', country: 'SY', kind: 'city', lat: 36.59, lon: 37.05 },
    { id: 'haleb', name: haleb, country: 'SY', kind: 'city', lat: 36.2, lon: 37.16 },
    { id: 'haifa', name: 'חיפה', country: 'IL', kind: 'city', lat: 32.79, lon: 34.99 },
  ];
  const partnerships = cities.slice(1).map(({ id }, at) => ({ id: `essen--${id}`, cities: ['essen', id], since: `${1995 + 5 * at}` }));
  return { version: 1, cities, partnerships };
}
