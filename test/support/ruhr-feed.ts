/**
 * Essen among its Ruhr neighbours (which cluster with it at small scales), each of its
 * partners next to other cities; the partnerships are made up. Plain data, for the tests
 * of a town's own page and of the labels (test/support/ruhr.ts) and the map's stories.
 */
const place = (id: string, country: string, lat: number, lon: number, name: Record<string, string>) => ({ id, name, country, kind: 'city', lat, lon });

export function ruhrFeed(): Record<string, unknown> {
  const cities = [
    place('essen', 'DE', 51.4556, 7.0116, { en: 'Essen', de: 'Essen', ru: 'Эссен' }),
    place('bochum', 'DE', 51.4818, 7.2162, { en: 'Bochum', de: 'Bochum', ru: 'Бохум' }),
    place('gelsenkirchen', 'DE', 51.5177, 7.0857, { en: 'Gelsenkirchen', de: 'Gelsenkirchen', ru: 'Гельзенкирхен' }),
    place('muelheim', 'DE', 51.4186, 6.8845, { en: 'Mülheim an der Ruhr', de: 'Mülheim an der Ruhr', ru: 'Мюльхайм-на-Руре' }),
    place('oberhausen', 'DE', 51.4963, 6.8638, { en: 'Oberhausen', de: 'Oberhausen', ru: 'Оберхаузен' }),
    place('bottrop', 'DE', 51.5248, 6.9228, { en: 'Bottrop', de: 'Bottrop', ru: 'Ботроп' }),
    place('gladbeck', 'DE', 51.571, 6.9854, { en: 'Gladbeck', de: 'Gladbeck', ru: 'Гладбек' }),
    place('dortmund', 'DE', 51.5136, 7.4653, { en: 'Dortmund', de: 'Dortmund', ru: 'Дортмунд' }),
    place('duisburg', 'DE', 51.4344, 6.7623, { en: 'Duisburg', de: 'Duisburg', ru: 'Дуйсбург' }),
    place('herne', 'DE', 51.5369, 7.2009, { en: 'Herne', de: 'Herne', ru: 'Херне' }),
    place('sunderland', 'GB', 54.9069, -1.3838, { en: 'Sunderland', de: 'Sunderland', ru: 'Сандерленд' }),
    place('newcastle', 'GB', 54.9783, -1.6178, { en: 'Newcastle upon Tyne', de: 'Newcastle upon Tyne', ru: 'Ньюкасл-апон-Тайн' }),
    place('darlington', 'GB', 54.5236, -1.5595, { en: 'Darlington', de: 'Darlington', ru: 'Дарлингтон' }),
    place('middlesbrough', 'GB', 54.5742, -1.235, { en: 'Middlesbrough', de: 'Middlesbrough', ru: 'Мидлсбро' }),
    place('tampere', 'FI', 61.4978, 23.761, { en: 'Tampere', de: 'Tampere', ru: 'Тампере' }),
    place('grenoble', 'FR', 45.1885, 5.7245, { en: 'Grenoble', de: 'Grenoble', ru: 'Гренобль' }),
    place('echirolles', 'FR', 45.1436, 5.7183, { en: 'Échirolles', de: 'Échirolles', ru: 'Эшироль' }),
    place('zabrze', 'PL', 50.3249, 18.7857, { en: 'Zabrze', de: 'Zabrze', ru: 'Забже' }),
    place('gliwice', 'PL', 50.2945, 18.6714, { en: 'Gliwice', de: 'Gleiwitz', ru: 'Гливице' }),
    place('bytom', 'PL', 50.3484, 18.9157, { en: 'Bytom', de: 'Beuthen', ru: 'Бытом' }),
    place('nizhny-novgorod', 'RU', 56.2965, 43.9361, { en: 'Nizhny Novgorod', de: 'Nischni Nowgorod', ru: 'Нижний Новгород' }),
    place('dzerzhinsk', 'RU', 56.2389, 43.4631, { en: 'Dzerzhinsk', de: 'Dserschinsk', ru: 'Дзержинск' }),
  ];
  const pairs = [
    ['essen', 'sunderland'],
    ['essen', 'tampere'],
    ['essen', 'grenoble'],
    ['essen', 'zabrze'],
    ['essen', 'nizhny-novgorod'],
    ['bochum', 'gliwice'],
    ['gelsenkirchen', 'newcastle'],
    ['gelsenkirchen', 'sunderland'],
    ['muelheim', 'darlington'],
    ['oberhausen', 'middlesbrough'],
    ['bottrop', 'bytom'],
    ['gladbeck', 'echirolles'],
    ['dortmund', 'dzerzhinsk'],
    ['duisburg', 'gliwice'],
    ['herne', 'bytom'],
  ];
  return {
    version: 1,
    cities,
    partnerships: pairs.map(([a, b], index) => ({ id: `${a}--${b}`, cities: [a, b], since: `${1960 + index}-05-01` })),
  };
}

export const ESSEN_PARTNERS = ['Sunderland', 'Tampere', 'Grenoble', 'Zabrze', 'Nizhny Novgorod'];

/** Essen and its real partner towns, France to China ([id, country, latitude, longitude]): the map's regional projection, in its tests and stories. */
export const ESSEN_TWINS: readonly [id: string, country: string, lat: number, lon: number][] = [
  ['essen', 'DE', 51.4556, 7.0116],
  ['grenoble', 'FR', 45.19, 5.72],
  ['sunderland', 'GB', 54.91, -1.38],
  ['tampere', 'FI', 61.5, 23.76],
  ['zabrze', 'PL', 50.32, 18.79],
  ['nizhny-novgorod', 'RU', 56.33, 44.0],
  ['tel-aviv', 'IL', 32.08, 34.78],
  ['changzhou', 'CN', 31.81, 119.97],
];
