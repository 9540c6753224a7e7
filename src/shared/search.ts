/**
 * Text folded for search: lower case, without accents, the Latin letters that no accent removed
 * makes plain written plain. The programme's search compares folded texts; the map's search keys
 * (../partnership-map/search-keys.ts) start from them. Pure functions, no DOM.
 */

/**
 * The Latin letters that no accent removed makes plain ("Białystok", "Tromsø", "Bærum", "Bağcılar"), and
 * the Greek final ς as σ: lower case writes a Σ at the end of a word as ς, so "ΘΕΣ" typed on the way to
 * "ΘΕΣΣΑΛΟΝΙΚΗ" would not begin Θεσσαλονίκη.
 */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ς: 'σ',
};

/**
 * Lower case, without accents: "Osnabrück" → "osnabruck", "Ёлка" → "елка", and the Latin letters that no
 * accent removed makes plain written plain: "Łódź" → "lodz", "Tromsø" → "tromso" (the programme's search too).
 */
export function foldText(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Marks, and the characters that show nothing (a soft hyphen, a zero-width space, a direction mark), which would split a word.
      .replace(/[\p{M}\p{Cf}]/gu, '')
      .toLowerCase()
      .replace(/ß/g, 'ss')
      .replace(/ё/g, 'е')
      .replace(/[łøæœıđðþς]/g, (letter) => LETTERS[letter])
  );
}
