/**
 * Search by name in any spelling: "Nischni", "Nizhny" and "Нижний" find the
 * same city. Both the query and every language version of a name are reduced
 * to a key: accents dropped, Cyrillic written in Latin letters, and the usual
 * German, English and scholarly transliterations of one sound made equal
 * (sch / zh / sh → one letter, w → v, j / y → i, doubled letters once);
 * Cyrillic is also written as German writes з, х, ц and ё ("Kasan",
 * "Chabarowsk", "Lipezk", "Orjol"), a word's first ye also as e ("Ekaterinburg"), and an apostrophe within a word may be
 * typed or left out ("Nukualofa"), and Sankt, Saint and St. are one word, as are Sainte and Ste. A query
 * matches at the start of a name or of one of its words, never inside a word.
 * Pure functions, no DOM; the map's alone (the programme's page does not carry them).
 */

import { foldText } from '../shared/search.js';

/** Cyrillic in Latin letters. */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ў: 'u',
};

/** Where the German transliteration writes a Cyrillic letter otherwise (Kasan, Chabarowsk, Lipezk); its ё is written йо first (Orjol, and Oryol in English). */
const GERMAN: Record<string, string> = { ...CYRILLIC, з: 's', х: 'ch', ц: 'z' };

/** Apostrophes within a word (Nuku'alofa, Кам’янець, Fargʻona): a name is found with them, as a break between words, or without them. */
const APOSTROPHE = /['‘’ʻʼ]/;
const APOSTROPHES = new RegExp(APOSTROPHE.source, 'g');

/** One letter per sound, whatever the transliteration; longest spellings are matched first. */
const SOUNDS: Record<string, string> = { schtsch: 'S', shch: 'S', tsch: 'C', sch: 'S', zh: 'S', sh: 'S', ch: 'C', kh: 'H', tz: 'Z', ts: 'Z' };
const SPELLINGS = new RegExp(Object.keys(SOUNDS).join('|'), 'g');
const VOWELS = 'аеёиоуыэюяіїє';

function latinise(folded: string, letters = CYRILLIC): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i];
    const previous = folded[i - 1];
    // е at the start of a word or after a vowel is "ye" (Yekaterinburg, Jekaterinburg).
    if (char === 'е' && (previous === undefined || !/\p{L}/u.test(previous) || VOWELS.includes(previous) || previous === 'ь' || previous === 'ъ')) out += 'ye';
    else out += letters[char] ?? char;
  }
  return out;
}

/**
 * A text folded and in Latin letters, in each of its spellings: Cyrillic as CYRILLIC writes it and,
 * where the German transliteration differs (з, х, ц, ё), as that writes it; each with its
 * apostrophes as breaks between words and without them.
 */
function latinSpellings(text: string): string[] {
  const spellings = [latinise(foldText(text))];
  if (/[зхцё]|е\u0308/i.test(text)) spellings.push(latinise(foldText(text.normalize().replace(/ё/gi, 'йо')), GERMAN));
  return APOSTROPHE.test(text) ? spellings.flatMap((latin) => [latin.replace(APOSTROPHES, ' '), latin.replace(APOSTROPHES, '')]) : spellings;
}

/**
 * Sankt, Saint and St. as a word, and Sainte and Ste. for a female saint: each is a key of a name with any
 * of its kind ("St. Petersburg" finds Sankt Petersburg, "Ste-Foy" Sainte-Foy).
 */
const SAINTS = [
  ['sankt', 'saint', 'st'],
  ['sainte', 'ste'],
].map((words) => [new RegExp(`(^| )(${words.join('|')})(?= |$)`), words] as const);

/** The comparable keys of a text in any script and transliteration: one per spelling (latinSpellings) and per way of writing Sankt, each once. */
export function searchKeys(text: string): string[] {
  return [
    ...new Set(
      latinSpellings(text)
        // A word's first "ye" also as "e", as English and French often write it: "Ekaterinburg" finds Yekaterinburg and Екатеринбург.
        .flatMap((latin) => (/\bye/.test(latin) ? [latin, latin.replace(/\bye/g, 'e')] : latin))
        .map(soundKey)
        .flatMap((key) =>
          SAINTS.reduce((keys, [saint, words]) => keys.flatMap((key) => (saint.test(key) ? words.map((word) => key.replace(saint, '$1' + word)) : key)), [key]),
        ),
    ),
  ];
}

/** The key of a text already folded and in Latin letters: one letter per sound, doubled letters once. */
function soundKey(latin: string): string {
  return latin
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(SPELLINGS, (sound) => SOUNDS[sound])
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(.)\1+/g, '$1')
    .trim();
}

/**
 * The keys a query is looked up by (none for a blank one): its own key and, where it ends in the
 * first letters of a sound written with several ("Munic", "Ts", the "S" of "Sch"), the keys it has
 * once that sound is typed out, so that a name is found at every keystroke of it ("Munic" finds
 * Munich, whose key has one letter for "ch"; "성" finds 서울). A scholarly č, š or ž (Čeljabinsk)
 * is also read as ch, sh or zh.
 */
export function queryKeys(query: string): string[] {
  const keys = new Set<string>();
  const decomposed = query.normalize('NFD');
  // The scholarly reading is a second text only where the query has a háček.
  for (const text of new Set([decomposed, decomposed.replace(/([csz])\u030c/gi, '$1h')])) {
    for (const latin of latinSpellings(text)) {
      keys.add(soundKey(latin));
      // A Korean keyboard writes a consonant as the last syllable's final until the vowel after it is typed
      // ("성" on the way to "서울"): the query without it too (a final is one of U+11A8–U+11C2 once folded).
      if (/[\u11a8-\u11c2]$/.test(latin)) keys.add(soundKey(latin.slice(0, -1)));
      for (const sound in SOUNDS)
        for (let typed = 1; typed < sound.length; typed++) if (latin.endsWith(sound.slice(0, typed))) keys.add(soundKey(latin + sound.slice(typed)));
    }
  }
  keys.delete('');
  return [...keys];
}

/**
 * Whether one of a query's keys starts one of the keys or one of their words
 * ("Essen" finds Essen and Essen-Werden, not Giessen, Biesenthal, Wesenberg or
 * Jesenice; "Lichtenberg" finds Berlin-Lichtenberg). A query without keys matches everything.
 */
export function keyMatches(queries: readonly string[], keys: readonly string[]): boolean {
  return !queries.length || queries.some((query) => keys.some((key) => key.startsWith(query) || key.includes(` ${query}`)));
}

/** Whether a search for `query` finds a place with these names. */
export function matchesSearch(query: string, names: readonly string[]): boolean {
  return keyMatches(queryKeys(query), names.flatMap(searchKeys));
}
