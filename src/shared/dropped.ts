/**
 * What a widget says when its feed listed partnerships but validation dropped every one
 * (unknown city ids, cities with bad coordinates, missing fields): not "No partnerships
 * are listed yet", which would tell the webmaster that the feed is empty, but how many
 * entries were left out and where the details are (the loader wrote them to the console).
 */
import { msg, str } from '@lit/localize';
import { numberFormat, plural } from '../i18n/format.js';

/** "No partnerships can be shown: 3 entries were left out because they are invalid. …", in the plural form of the count. */
export function droppedPartnerships(count: number, language: string): string {
  const n = numberFormat({}, language).format(count);
  return plural(
    count,
    {
      one: msg(str`No partnerships can be shown: ${n} entry was left out because it is invalid. The browser console has the details.`, {
        id: 'dropped-partnerships-one',
        desc: 'Plural form "one": the feed listed partnerships, but every one was invalid and dropped; the value is how many were dropped',
      }),
      few: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'dropped-partnerships-few',
        desc: 'Plural form "few" (e.g. ru 2–4): the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
      many: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'dropped-partnerships-many',
        desc: 'Plural form "many" (e.g. ru 5–20): the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
      other: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'dropped-partnerships-other',
        desc: 'Plural form "other": the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
    },
    language,
  );
}
