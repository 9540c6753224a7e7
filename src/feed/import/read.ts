/**
 * Readers for the parts that frab, C3VOC schedule2 and pretalx files share in
 * some shape: persons, tracks, rooms, links, event ids.
 */
import type { Link, LocalisedText } from '../schema.js';
import { EVENT_PAGE_LABEL, readLink, type DraftPerson } from './build.js';
import { child, describe, field, isObject, localisedText, makeId, plainText, type Path, type Warnings } from './util.js';

/**
 * A person from `{id, guid, public_name | name | full_public_name}` or a bare
 * name; the id comes from the source id, else the guid, else the name.
 */
export function readPerson(value: unknown, path: Path, prefix: string, warnings: Warnings): DraftPerson | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const name = plainText(value);
    return name === undefined ? undefined : { id: makeId(`${prefix}person-`, name), name };
  }
  if (!isObject(value)) {
    warnings.add(path, `expected a person, found ${describe(value)}; ignored`);
    return undefined;
  }
  const nameKey = ['public_name', 'full_public_name', 'name', 'display_name'].find((key) => field(value, key) !== undefined);
  const name = nameKey ? localisedText(field(value, nameKey), child(path, nameKey), warnings) : undefined;
  const source = plainText(field(value, 'id')) ?? plainText(field(value, 'guid')) ?? plainText(field(value, 'code'));
  if (name === undefined) {
    warnings.add(path, 'a person without a name; left out');
    return undefined;
  }
  const raw = source ?? (typeof name === 'string' ? name : Object.values(name)[0]);
  return { id: makeId(`${prefix}person-`, raw), name };
}

/**
 * The persons of an event, each kept once: `persons` or `speakers`, and `participants` (C3VOC
 * schedule2 lists speakers there too, in the same shape) beside either.
 */
export function readPersons(event: unknown, path: Path, prefix: string, warnings: Warnings): DraftPerson[] {
  const keys = [field(event, 'persons') !== undefined ? 'persons' : 'speakers', 'participants'];
  const seen = new Set<string>();
  return keys.flatMap((key) => {
    const list = field(event, key);
    if (list === undefined || list === null) return [];
    if (!Array.isArray(list)) {
      warnings.add(child(path, key), `expected a list of persons, found ${describe(list)}; ignored`);
      return [];
    }
    return list.flatMap((entry, index) => {
      const person = readPerson(entry, child(child(path, key), index), prefix, warnings);
      if (person === undefined || seen.has(person.id)) return [];
      seen.add(person.id);
      return [person];
    });
  });
}

/** A name from a string, a localisable object or an object with a `name`. */
export function readName(value: unknown, path: Path, warnings: Warnings): LocalisedText | undefined {
  if (isObject(value) && field(value, 'name') !== undefined) return localisedText(field(value, 'name'), child(path, 'name'), warnings);
  return localisedText(value, path, warnings);
}

/** The links of an event: its own page (`url`) and `links: [{url, title}]`. */
export function readLinks(event: unknown, path: Path, warnings: Warnings): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const own = readLink(field(event, 'url'), EVENT_PAGE_LABEL, child(path, 'url'), warnings);
  if (own) {
    links.push(own);
    seen.add(own.url);
  }
  const list = field(event, 'links');
  if (Array.isArray(list)) {
    list.forEach((entry, index) => {
      const at = child(child(path, 'links'), index);
      const url = isObject(entry) ? field(entry, 'url') : entry;
      const label = (isObject(entry) ? localisedText(field(entry, 'title'), child(at, 'title'), warnings) : undefined) ?? plainText(url) ?? '';
      const link = label === '' ? undefined : readLink(url, label, at, warnings);
      if (link && !seen.has(link.url)) {
        links.push(link);
        seen.add(link.url);
      }
    });
  } else if (list !== undefined && list !== null) {
    warnings.add(child(path, 'links'), `expected a list of links, found ${describe(list)}; ignored`);
  }
  return links;
}

/**
 * The title of an event; an event without one is kept under a stand-in
 * title (its slug or id) with a warning.
 */
export function readTitle(event: unknown, path: Path, standIn: string, warnings: Warnings): LocalisedText {
  const title = localisedText(field(event, 'title'), child(path, 'title'), warnings);
  if (title !== undefined) return title;
  const fallback = plainText(field(event, 'slug')) ?? standIn;
  warnings.add(child(path, 'title'), `no title; shown as "${fallback}"`);
  return fallback;
}

/** The id of an event: `prefix` and its first present key, else its position, with a warning. */
export function readEventId(event: unknown, path: Path, prefix: string, keys: readonly string[], position: string, warnings: Warnings): string {
  for (const key of keys) {
    const value = plainText(field(event, key));
    if (value !== undefined) return makeId(prefix, value);
  }
  warnings.add(path, `no ${keys.join(' or ')}; id made from the position`);
  return makeId(prefix, position);
}

/** Texts of an event that become its description, in this order. */
export function readTexts(event: unknown, path: Path, keys: readonly string[], warnings: Warnings): LocalisedText[] {
  return keys.map((key) => localisedText(field(event, key), child(path, key), warnings)).filter((text): text is LocalisedText => text !== undefined);
}
