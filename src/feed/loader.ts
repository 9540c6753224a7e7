/**
 * Loads a feed from a URL, an inline `<script type="application/json">` or an
 * object, validates it, and shares the result: every widget on the page that
 * names the same absolute URL gets the same promise, so the feed is fetched
 * and validated once, also when several widgets connect in the same tick.
 *
 * A document that is not our feed but a frab, C3VOC or pretalx schedule is
 * imported first (see ./import/); that code is loaded only when such a
 * document arrives, so it is never part of a widget's first download.
 */
import type { FeedFailure, FeedFailureKind, FeedResult } from './model.js';
import { validateFeed } from './validate.js';

/**
 * How long a request may take, in milliseconds, before the widgets give up and
 * offer a retry (default 20 s). Change it before the widgets load a feed.
 */
export const loaderSettings = { timeoutMs: 20_000 };

const LOG_PREFIX = '[staedtepartner-widgets]';

const FEED_PROPERTY = '(feed property)';

const byUrl = new Map<string, Promise<FeedResult>>();

/** A feed object's result: at once for our own feed, later for an imported schedule. */
interface ObjectEntry {
  pending: Promise<FeedResult>;
  result?: FeedResult;
}
const byObject = new WeakMap<object, ObjectEntry>();

function failure(kind: FeedFailureKind, detail: string, status?: number | string): FeedResult {
  return { ok: false, failure: status === undefined ? { kind, detail } : { kind, detail, status } };
}

/** Reports what was dropped, once per source, with the JSON path of each item. */
function report(result: FeedResult, source: string): FeedResult {
  if (result.ok && result.warnings.length > 0) {
    console.warn(
      `${LOG_PREFIX} ${result.warnings.length} problem(s) in the feed ${source}; the rest is shown:\n` +
        result.warnings.map((w) => `  ${w.path}: ${w.message}`).join('\n'),
    );
  } else if (!result.ok) {
    console.error(`${LOG_PREFIX} the feed ${source} cannot be shown (${result.failure.kind}): ${result.failure.detail}`);
  }
  return result;
}

/**
 * Whether a document could be a schedule to import: an object without a
 * numeric `version` that has a key of one of the formats. Anything else goes
 * straight to `validateFeed`, without loading the importer.
 */
function mayBeSchedule(document: unknown): document is Record<string, unknown> {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return false;
  if (Object.hasOwn(document, 'version') && typeof (document as Record<string, unknown>)['version'] === 'number') return false;
  return ['schedule', 'talks', 'events'].some((key) => Object.hasOwn(document, key));
}

/**
 * A document that makes reading it throw is refused, never thrown: nesting
 * deeper than the engine's stack (Firefox and WebKit give up on 10,000 levels
 * where Chromium does not), or, in an object a host page built, a getter that throws.
 */
function unreadable(error: unknown): FeedResult {
  let reason: string;
  try {
    reason = String(error);
  } catch {
    reason = 'an error that cannot be described';
  }
  return failure('invalid', `the document cannot be read: ${reason}`);
}

/** validateFeed, with a document that throws while it is read refused instead. */
function validateSafely(document: unknown): FeedResult {
  try {
    return validateFeed(document);
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Validates a parsed document; a recognised schedule is imported first and
 * the import's warnings come before those of the validation.
 */
async function readDocument(document: unknown): Promise<FeedResult> {
  try {
    return await readSchedule(document);
  } catch (error) {
    return unreadable(error);
  }
}

async function readSchedule(document: unknown): Promise<FeedResult> {
  if (!mayBeSchedule(document)) return validateFeed(document);
  let importer: typeof import('./import/index.js');
  try {
    importer = await import('./import/index.js');
  } catch (error) {
    return failure('network', `the schedule importer could not be loaded: ${String(error)}`);
  }
  let imported: ReturnType<typeof importer.importSchedule>;
  try {
    imported = importer.importSchedule(document);
  } catch (error) {
    return failure('invalid', `the schedule could not be imported: ${String(error)}`);
  }
  if (!imported) return validateFeed(document);
  const result = validateFeed(imported.document);
  return result.ok ? { ...result, warnings: [...imported.warnings, ...result.warnings] } : result;
}

async function parseText(text: string): Promise<FeedResult> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const hint = text.trim() === '' ? 'the answer is empty' : String((error as Error).message);
    return failure('not-json', hint);
  }
  return readDocument(document);
}

async function fetchFeed(url: string): Promise<FeedResult> {
  const controller = new AbortController();
  const limit = loaderSettings.timeoutMs;
  const timer = setTimeout(() => controller.abort(), limit);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } });
    } catch (error) {
      return controller.signal.aborted
        ? failure('timeout', `no answer from ${url} within ${limit / 1000} s`)
        : failure('network', `${url}: ${String(error)} (offline, or the server does not allow cross-origin requests)`);
    }
    if (!response.ok) {
      return failure('http', `${url} answered ${response.status} ${response.statusText}`, response.status);
    }
    // Many servers send .json as text/plain or octet-stream, so only an HTML page
    // (a 404 page or a site's catch-all route answering 200) is refused by type.
    const type = response.headers.get('content-type') ?? '';
    if (/^\s*text\/html/i.test(type)) {
      return failure('not-json', `${url} answered with an HTML page (content-type ${type}), not a JSON feed`);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      return controller.signal.aborted
        ? failure('timeout', `the answer from ${url} did not complete within ${limit / 1000} s`)
        : failure('network', `${url}: the answer broke off (${String(error)})`);
    }
    return parseText(text);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads `src` relative to `context`: `#id` is an inline JSON script looked up in
 * the context's root (document or shadow root), anything else is a URL resolved
 * against the document's base URL.
 */
export function loadFeed(src: string, context: Node = document): Promise<FeedResult> {
  if (src.startsWith('#')) return readInline(src.slice(1), context);
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve(report(failure('network', `"${src}" is not a valid URL`), src));
  }
  let pending = byUrl.get(url);
  if (!pending) {
    pending = fetchFeed(url).then((result) => {
      // A failure is not kept, so that retrying asks the server again.
      if (!result.ok) byUrl.delete(url);
      return report(result, url);
    });
    byUrl.set(url, pending);
  }
  return pending;
}

/**
 * Per inline script, its text when read and the result: every widget that
 * names the script shares one validation (and one report), as with a URL;
 * a script whose text changed is read again.
 */
const byScript = new WeakMap<Element, { text: string; pending: Promise<FeedResult> }>();

function readInline(id: string, context: Node): Promise<FeedResult> {
  const root = context.getRootNode() as Document | ShadowRoot;
  const script = (root.getElementById?.(id) ?? document.getElementById(id)) as HTMLElement | null;
  if (!script || script.localName !== 'script') {
    return Promise.resolve(report(failure('not-found', `no <script type="application/json" id="${id}"> on the page`), `#${id}`));
  }
  const text = script.textContent ?? '';
  const known = byScript.get(script);
  if (known && known.text === text) return known.pending;
  const pending = parseText(text).then((result) => report(result, `#${id}`));
  byScript.set(script, { text, pending });
  return pending;
}

function objectEntry(value: unknown): ObjectEntry {
  const cacheable = typeof value === 'object' && value !== null;
  const known = cacheable ? byObject.get(value) : undefined;
  if (known) return known;
  let entry: ObjectEntry;
  let schedule = false;
  try {
    schedule = mayBeSchedule(value);
  } catch {
    // A getter that throws: read as a feed below, which refuses the document.
  }
  if (schedule) {
    const pending = readDocument(value).then((result) => {
      entry.result = report(result, FEED_PROPERTY);
      return entry.result;
    });
    entry = { pending };
  } else {
    const result = report(validateSafely(value), FEED_PROPERTY);
    entry = { pending: Promise.resolve(result), result };
  }
  if (cacheable) byObject.set(value, entry);
  return entry;
}

/**
 * Validates a feed given as an object (the `feed` property), importing it
 * first when it is a frab, C3VOC or pretalx schedule; the result is kept per object.
 */
export function readFeedObject(value: unknown): Promise<FeedResult> {
  return objectEntry(value).pending;
}

/**
 * The result of `readFeedObject` when it is there without waiting (our own
 * feed, or a schedule already imported); `undefined` while a schedule is
 * being imported. Lets a widget show a feed object in its first render.
 */
export function peekFeedObject(value: unknown): FeedResult | undefined {
  return objectEntry(value).result;
}

/** Drops the shared result for `src`, so the next `loadFeed` fetches it again. */
export function forgetFeed(src: string): void {
  try {
    byUrl.delete(new URL(src, document.baseURI).href);
  } catch {
    /* an invalid URL was never cached */
  }
}

export type { FeedFailure };
