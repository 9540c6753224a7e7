/**
 * Search by name in any spelling: "Nischni", "Nizhny" and "Нижний" find the
 * same city. Both the query and every language version of a name are reduced
 * to a key: accents dropped, Cyrillic written in Latin letters, and the usual
 * German, English and scholarly transliterations of one sound made equal
 * (sch / zh / sh → one letter, w → v, j / y → i, doubled letters once).
 * A query matches at the start of a name or of one of its words, never inside
 * a word. Pure functions, no DOM.
 */

/** Cyrillic in Latin letters, and the Latin letters that no accent removed makes plain ("Białystok", "Tromsø", "Bærum", "Bağcılar": foldText). */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  þ: 'th',
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
/** One letter per sound, whatever the transliteration; longest spellings are matched first. */
const SOUNDS: Record<string, string> = { schtsch: 'S', shch: 'S', tsch: 'C', sch: 'S', zh: 'S', sh: 'S', ch: 'C', kh: 'H', tz: 'Z', ts: 'Z' };
const VOWELS = 'аеёиоуыэюяіїє';

/**
 * Lower case, without accents: "Osnabrück" → "osnabruck", "Ёлка" → "елка", and the Latin letters that no
 * accent removed makes plain written plain: "Łódź" → "lodz", "Tromsø" → "tromso" (the programme's search too).
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/ё/g, 'е')
    .replace(/[łøæœıđðþ]/g, (letter) => LETTERS[letter]);
}

function latinise(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i++) {
    const char = folded[i];
    const previous = folded[i - 1];
    // е at the start of a word or after a vowel is "ye" (Yekaterinburg, Jekaterinburg).
    if (char === 'е' && (previous === undefined || !/\p{L}/u.test(previous) || VOWELS.includes(previous) || previous === 'ь' || previous === 'ъ')) out += 'ye';
    else out += LETTERS[char] ?? char;
  }
  return out;
}

/** The comparable key of a text in any script and transliteration. */
export function searchKey(text: string): string {
  return latinise(foldText(text))
    .replace(/ae/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ue/g, 'u')
    .replace(/schtsch|shch|tsch|sch|zh|sh|ch|kh|tz|ts/g, (sound) => SOUNDS[sound])
    .replace(/w/g, 'v')
    .replace(/[jy]/g, 'i')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/(.)\1+/g, '$1')
    .trim();
}

/**
 * Whether `query` (already a key) starts one of the keys or one of their words
 * ("Essen" finds Essen and Essen-Werden, not Giessen, Biesenthal, Wesenberg or
 * Jesenice; "Lichtenberg" finds Berlin-Lichtenberg). An empty query matches everything.
 */
export function keyMatches(queryKey: string, keys: readonly string[]): boolean {
  if (queryKey === '') return true;
  return keys.some((key) => key.startsWith(queryKey) || key.includes(` ${queryKey}`));
}

/** Whether a search for `query` finds a place with these names. */
export function matchesSearch(query: string, names: readonly string[]): boolean {
  return keyMatches(searchKey(query), names.map(searchKey));
}
