/**
 * What the reader chooses and keeps between visits: favourite sessions per
 * conference, and whether times show in the reader's own zone. Kept in
 * localStorage; where storage is blocked (privacy settings, sandboxed frames)
 * the choices last for the visit only and nothing breaks.
 */
const PREFIX = 'staedtepartner-widgets:';
const FAVOURITES = `${PREFIX}favourites:`;
const LOCAL_TIME = `${PREFIX}local-time`;
/** A favourites list is ids of one conference's sessions: bounded, so a damaged entry cannot grow without end. */
const MAX_FAVOURITES = 2000;

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, value);
  } catch {
    /* storage full or blocked: the choice lasts for this visit */
  }
}

/**
 * The favourite session ids of `conference`; anything unreadable counts as none.
 * A list saved as a JSON string of the list is read too: what `JSON.stringify`
 * wrote on a page whose `Array.prototype.toJSON` (Prototype.js) returns a string.
 */
export function readFavourites(conference: string): Set<string> {
  try {
    let value: unknown = JSON.parse(read(FAVOURITES + conference) ?? '[]');
    if (typeof value === 'string') value = JSON.parse(value);
    return new Set(Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string').slice(0, MAX_FAVOURITES) : []);
  } catch {
    return new Set();
  }
}

/**
 * A JSON array of strings, written without `JSON.stringify` of an array: a host
 * page's `Array.prototype.toJSON` would replace it. Each id is a string
 * primitive, and `JSON.stringify` never asks a primitive for `toJSON`.
 */
function stringList(ids: readonly string[]): string {
  return `[${ids.map((id) => JSON.stringify(String(id))).join(',')}]`;
}

export function writeFavourites(conference: string, ids: ReadonlySet<string>): void {
  write(FAVOURITES + conference, ids.size === 0 ? null : stringList([...ids].slice(0, MAX_FAVOURITES)));
}

/** Whether the reader chose to see times in their own zone. */
export function readLocalTime(): boolean {
  return read(LOCAL_TIME) === 'true';
}

export function writeLocalTime(value: boolean): void {
  write(LOCAL_TIME, value ? 'true' : null);
}

/** Whether a `storage` event is about the favourites of `conference` (another tab changed them). */
export function isFavouritesKey(key: string | null, conference: string): boolean {
  return key === FAVOURITES + conference;
}
