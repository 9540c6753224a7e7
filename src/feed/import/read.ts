/**
 * Readers for the parts that frab, C3VOC schedule2 and pretalx files share in
 * some shape: persons, tracks, rooms, links, event ids.
 */
import { HEX_COLOR, type Link, type LocalisedText } from '../schema.js';
import { EVENT_PAGE_LABEL, readLink, type DraftPerson, type DraftTrack } from './build.js';
import { child, describe, field, isBlank, isObject, listField, localisedText, makeId, plainText, type Path, type Warnings } from './util.js';
import { decodeEntities, markdownToText } from './markdown.js';

/**
 * A person from `{id, guid, public_name | name | full_public_name}` or a bare
 * name; the id comes from the source id, else the guid, else the name.
 */
export function readPerson(value: unknown, path: Path, prefix: string, warnings: Warnings): DraftPerson | undefined {
  if (typeof value === 'string' || typeof value === 'number') {
    const name = readTitleText(value, path, warnings) as string | undefined;
    return name === undefined ? undefined : { id: makeId(`${prefix}person-`, name), name };
  }
  if (!isObject(value)) {
    warnings.add(path, `expected a person, found ${describe(value)}; ignored`);
    return undefined;
  }
  // The first that is there: C3VOC's newer files keep `public_name` as null beside the `name` that replaced it.
  const nameKey = ['public_name', 'full_public_name', 'name', 'display_name'].find((key) => !isBlank(field(value, key)));
  const name = nameKey ? readTitleText(field(value, nameKey), child(path, nameKey), warnings) : undefined;
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
  return keys.flatMap((key) =>
    listField(event, key, path, 'persons', warnings).flatMap((entry, index) => {
      const person = readPerson(entry, child(child(path, key), index), prefix, warnings);
      if (person === undefined || seen.has(person.id)) return [];
      seen.add(person.id);
      return [person];
    }),
  );
}

/** A name from a string, a localisable object or an object with a `name`; its character references read, as a title's. */
export function readName(value: unknown, path: Path, warnings: Warnings): LocalisedText | undefined {
  if (isObject(value) && field(value, 'name') !== undefined) return readTitleText(field(value, 'name'), child(path, 'name'), warnings);
  return readTitleText(value, path, warnings);
}

/** The links of an event: its own page (`url`) and `links: [{url, title}]`; a path from the file's `base_url` (`base`). */
export function readLinks(event: unknown, path: Path, warnings: Warnings, base?: string): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  const own = readLink(field(event, 'url'), EVENT_PAGE_LABEL, child(path, 'url'), warnings, base);
  if (own) {
    links.push(own);
    seen.add(own.url);
  }
  listField(event, 'links', path, 'links', warnings).forEach((entry, index) => {
    const at = child(child(path, 'links'), index);
    const url = isObject(entry) ? field(entry, 'url') : entry;
    const label = (isObject(entry) ? readTitleText(field(entry, 'title'), child(at, 'title'), warnings) : undefined) ?? plainText(url) ?? '';
    const link = label === '' ? undefined : readLink(url, label, at, warnings, base);
    if (link && !seen.has(link.url)) {
      links.push(link);
      seen.add(link.url);
    }
  });
  return links;
}

/**
 * A title or name as text: its character references read as the descriptions' are (frab's old ERB
 * template wrote `Tom &amp; Jerry`, `&quot;` and `&#39;` in its JSON, in rooms', tracks', persons' and
 * links' names too), its Markdown and tags left as written.
 */
export function readTitleText(value: unknown, path: Path, warnings: Warnings): LocalisedText | undefined {
  const title = localisedText(value, path, warnings);
  return title === undefined || typeof title === 'string'
    ? title && decodeEntities(title)
    : Object.fromEntries(Object.entries(title).map(([language, text]) => [language, decodeEntities(text)]));
}

/**
 * The title of an event; an event without one is kept under a stand-in
 * title (its slug or id) with a warning.
 */
export function readTitle(event: unknown, path: Path, standIn: string, warnings: Warnings): LocalisedText {
  const title = readTitleText(field(event, 'title'), child(path, 'title'), warnings);
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

/** Texts of an event that become its description, in this order; their Markdown read as plain text (markdown.ts). */
export function readTexts(event: unknown, path: Path, keys: readonly string[], warnings: Warnings): LocalisedText[] {
  return keys.flatMap((key): LocalisedText[] => {
    const text = localisedText(field(event, key), child(path, key), warnings);
    if (text === undefined) return [];
    // A text of markers alone (`---`) reads as nothing.
    if (typeof text === 'string') {
      const read = markdownToText(text);
      return read ? [read] : [];
    }
    const read = Object.entries(text)
      .map(([language, value]) => [language, markdownToText(value)])
      .filter(([, value]) => value);
    return read.length > 0 ? [Object.fromEntries(read)] : [];
  });
}

/** A track's colour when it is `#rgb` or `#rrggbb` (lower case); anything else is reported and left out. */
export function readColor(value: unknown, path: Path, warnings: Warnings): string | undefined {
  if (isBlank(value)) return undefined;
  const text = plainText(value);
  if (text !== undefined && HEX_COLOR.test(text)) return text.toLowerCase();
  warnings.add(path, `${text === undefined ? describe(value) : JSON.stringify(text.slice(0, 40))} is not a colour as #rgb or #rrggbb; ignored`);
  return undefined;
}

/** A track's colour: `color`, else the light one of C3VOC's `colors: {light, dark}` (the widgets open in the light scheme). */
function trackColor(track: unknown, path: Path, warnings: Warnings): string | undefined {
  const own = field(track, 'color');
  if (!isBlank(own)) return readColor(own, child(path, 'color'), warnings);
  return readColor(field(field(track, 'colors'), 'light'), child(child(path, 'colors'), 'light'), warnings);
}

/** Every key of a localised name joined, for a track's id and for finding it by name. */
const nameKey = (name: LocalisedText) => (typeof name === 'string' ? name : Object.values(name).join(' / '));

/** Keys by which a schedule's events name a track of its `tracks` list. */
const TRACK_KEYS = ['slug', 'id', 'guid'];

/**
 * The tracks a schedule lists (`tracks: [{name, color, slug | id | guid}]`: frab's and schedule2's
 * conference, pretalx's file), by each of those keys and by name, in the list's order.
 */
export function trackDirectory(list: unknown, path: Path, warnings: Warnings): Map<string, DraftTrack> {
  const tracks = new Map<string, DraftTrack>();
  if (list === undefined || list === null) return tracks;
  if (!Array.isArray(list)) {
    warnings.add(path, `expected a list of tracks, found ${describe(list)}; ignored`);
    return tracks;
  }
  list.forEach((entry, order) => {
    const at = child(path, order);
    const name = isObject(entry) ? readName(entry, at, warnings) : undefined;
    if (name === undefined) {
      warnings.add(at, 'a track without a name; ignored');
      return;
    }
    const keys = TRACK_KEYS.map((key) => plainText(field(entry, key))).filter((key): key is string => key !== undefined);
    const track: DraftTrack = { key: keys[0] ?? nameKey(name), name, color: trackColor(entry, at, warnings), order };
    for (const key of [...keys, nameKey(name)]) if (!tracks.has(key)) tracks.set(key, track);
  });
  return tracks;
}

/**
 * The track an event names: a name (frab), a number (pretalx's id), `{name, color}` or a localisable
 * name (schedule2), or `{slug}` / `{id}` of the schedule's `tracks` list. A reference to no listed
 * track is reported and left out; a name not listed is a track of its own, its id from the name.
 */
export function readTrack(value: unknown, path: Path, directory: ReadonlyMap<string, DraftTrack>, warnings: Warnings): DraftTrack | undefined {
  if (value === undefined || value === null) return undefined;
  const reference = isObject(value) ? TRACK_KEYS.map((key) => plainText(field(value, key))).find((key) => key !== undefined) : plainText(value);
  const listed = reference === undefined ? undefined : directory.get(reference);
  if (listed) return listed;
  if (isObject(value) ? field(value, 'name') === undefined && reference !== undefined : /^\d+$/.test(reference ?? '')) {
    warnings.add(path, `unknown track ${JSON.stringify(reference)}; left out`);
    return undefined;
  }
  const name = readName(value, path, warnings);
  if (name === undefined) return undefined;
  const key = nameKey(name);
  const color = isObject(value) ? trackColor(value, path, warnings) : undefined;
  const known = directory.get(key);
  return known && !color ? known : { key, name, color: color ?? known?.color, order: known?.order };
}
