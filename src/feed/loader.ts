/**
 * Loads a feed from a URL, an inline `<script type="application/json">` or an
 * object, validates it, and shares the result: every widget on the page that
 * names the same absolute URL gets the same promise, so the feed is fetched
 * and validated once, also when several widgets connect in the same tick.
 *
 * A document that is not our feed but a frab, C3VOC or pretalx schedule is
 * imported first (see ./import/); that code (the importer of the document's format alone) is
 * loaded only when such a document arrives, so it is never part of a widget's first download.
 */
import type { FeedFailure, FeedFailureKind, FeedResult } from './model.js';
import type { ImportedSchedule } from './import/build.js';
import type { ScheduleFormat } from './import/detect.js';
import { isValidTimeZone } from './dates.js';
import { Slices } from './next-task.js';
import { fastPathLoaded, validateFeed, validateInSlices } from './validate.js';

/**
 * The lazy chunks (tests hold one here): each schedule format's importer, the finder of where JSON
 * breaks, and validation's fast path (asked for as validate.ts loads; without it, only slower).
 */
export const CHUNKS = {
  pretalx: () => import('./import/pretalx.js'),
  frab: () => import('./import/frab.js'),
  schedule2: () => import('./import/schedule2.js'),
  json: () => import('./json-break.js'),
  fastPath: () => fastPathLoaded,
};

/**
 * Limits of a request; change them before the widgets load a feed.
 * - `timeoutMs`: how long the request and the download together may take, in
 *   milliseconds, before the widgets give up and offer a retry (default 20 s).
 *   It holds whatever `fetch` does: also a host page's `fetch` wrapper that
 *   drops the abort signal. A chunk asked for to read the feed (a schedule's
 *   importer) has as long again, after the download.
 * - `maxBytes`: the largest answer read, counted after the transfer's
 *   compression (gzip, br) is undone (default 50 MB); a larger one is refused
 *   as `too-large` as soon as it passes the limit (from a `fetch` without body
 *   streams, such as whatwg-fetch, once it is read whole: the limit cannot stop it).
 */
export const loaderSettings = { timeoutMs: 20_000, maxBytes: 50_000_000 };

const LOG_PREFIX = '[staedtepartner-widgets]';

const FEED_PROPERTY = '(feed property)';

/**
 * One request per absolute URL, shared by every caller. Callers that pass an
 * AbortSignal may leave; once all of them have left before the answer, and no
 * caller without a signal waits, the request is aborted and forgotten.
 */
interface SharedRequest {
  url: string;
  result: Promise<FeedResult>;
  controller: AbortController;
  /** Callers with a signal that still wait. */
  waiting: number;
  /** A caller without a signal waits: the request is never abandoned. */
  pinned: boolean;
  settled: boolean;
  abandoned: boolean;
  /** Asked for before any caller (`prefetchFeed`): its result, a failure too, waits for the first one. */
  kept?: boolean;
}

const byUrl = new Map<string, SharedRequest>();

/** A feed object's result: at once for our own feed, later for an imported schedule. */
interface ObjectEntry {
  pending: Promise<FeedResult>;
  result?: FeedResult;
}
const byObject = new WeakMap<object, ObjectEntry>();

function failure(kind: FeedFailureKind, detail: string, status?: number | string): FeedResult {
  return { ok: false, failure: status === undefined ? { kind, detail } : { kind, detail, status } };
}

/**
 * `src` resolved against the document's base URL, if it is an address a page can fetch (http, https, or a `data:` or `blob:` URL a
 * script made); not a blank one, which would resolve to the page itself (a widget says it has no data source).
 */
function webAddress(src: string): string | undefined {
  try {
    const url = new URL(src, document.baseURI);
    return src.trim() && /^(https?|data|blob):$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
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

/** `String(value)`, also for a value whose conversion throws (a host object's error). */
function describe(value: unknown): string {
  try {
    return String(value);
  } catch {
    return 'an error that cannot be described';
  }
}

/**
 * A document that makes reading it throw is refused, never thrown: nesting
 * deeper than the engine's stack (Firefox and WebKit give up on 10,000 levels
 * where Chromium does not), or, in an object a host page built, a getter that throws.
 */
function unreadable(error: unknown): FeedResult {
  return failure('invalid', `the document cannot be read: ${describe(error)}`);
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

// A document that arrives asynchronously is imported and validated in steps, so a feed or schedule
// of tens of thousands of entries never blocks the page for the whole work.
async function readSchedule(document: unknown): Promise<FeedResult> {
  // The import, the validation and what the widget does with the result (its first render) each
  // start in a new task once the work before took a slice (40 ms), and so do the steps of the import
  // and of the validation: issue 14, no long task before the first session; a small feed is not
  // held up by a task more.
  const slices = new Slices();
  let imported: ImportedSchedule | ScheduleFormat | undefined;
  if (mayBeSchedule(document)) {
    // The engine's zone data, which the import needs, unless the page had idle time for them while
    // the schedule downloaded (fetchFeed): in a task before the import's.
    isValidTimeZone('UTC');
    await slices.breathe();
    // Each format's importer is a chunk of its own (the CDN build asks for the code they share at the same
    // time), picked by the keys; a wrong guess gives the format found (one more chunk).
    imported = document['talks'] ? 'pretalx' : document['schedule'] ? 'frab' : 'schedule2';
    for (let tries = 0; typeof imported === 'string' && tries < 2; tries++) {
      let importer: Pick<typeof import('./import/pretalx.js'), 'importSteps'>;
      try {
        importer = await inTime<typeof importer>(CHUNKS[imported]());
      } catch (error) {
        return error === STOPPED
          ? failure('timeout', 'the schedule importer did not load in time')
          : failure('network', `the schedule importer could not be loaded: ${String(error)}`);
      }
      try {
        imported = await slices.finish(importer.importSteps(document));
      } catch (error) {
        return failure('invalid', `the schedule could not be imported: ${String(error)}`);
      }
    }
    // A key of a schedule, but none of the formats (a bare `talks` list): not told it lacks a feed version.
    if (typeof imported !== 'object') return failure('invalid', 'not a schedule this widget reads (docs/feed.md)');
    await slices.breathe();
  }
  const result = await validateInSlices(
    typeof imported === 'object' ? imported.document : document,
    slices,
    inTime(CHUNKS.fastPath()).catch(() => {}),
  );
  await slices.breathe();
  return typeof imported === 'object' && result.ok ? { ...result, warnings: [...imported.warnings, ...result.warnings] } : result;
}

/**
 * For the console, what came instead of the feed: a web page's title (a CMS's "page not found" or
 * login page answered with status 200), else its first characters (a server script's warning
 * written before the JSON).
 */
const opening = (text: string, page?: boolean): string =>
  JSON.stringify(((page && /<title[^>]*>([^<]*)/i.exec(text)?.[1]?.trim()) || text.trim()).slice(0, 80));

async function parseText(text: string): Promise<FeedResult> {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    // A web page, an XML or a calendar file: the wrong address (a site's "page not found" answered with 200, a schedule's
    // other exports), not damaged data.
    if (/^\s*(<|BEGIN:VCALENDAR)/i.test(text))
      return failure('other-format', `HTML, XML or iCalendar, not JSON (${opening(text, true)}): src must lead to the JSON feed or a schedule.json`);
    if (text.trim() === '') return failure('not-json', 'the answer is empty');
    // Where it breaks and the usual slip there, from a chunk asked for only now (what engines say differs: WebKit's names
    // no place); without it (offline, or not in time) the engine's message alone.
    const [where, line] = await inTime(CHUNKS.json()).then(
      (finder) => finder.where(text),
      (): [string] => [''],
    );
    return failure('not-json', `${where}${(error as Error).message}; ${opening(text)}`, line);
  }
  return readDocument(document);
}

/**
 * Asks for the importer a schedule will need while the schedule downloads, not after: for pretalx's
 * widget address, or a document that starts with pretalx's `talks` or frab's `schedule`. A wrong
 * guess costs a chunk, never the result.
 */
function importerFor(text: string): void {
  // frab's `schedule` may follow C3VOC's `$schema` and `generator`.
  const format = /\/widgets\/schedule\.json(\?|$)|^\s*\{\s*"talks"/.test(text)
    ? 'pretalx'
    : /^\s*\{[^]{0,400}?"schedule"\s*:\s*\{/.test(text)
      ? 'frab'
      : undefined;
  if (format) CHUNKS[format]().catch(() => undefined);
}

/** What a step of the request resolves to once it was given up (time limit, or nobody waits). */
const STOPPED = Symbol('stopped');

/**
 * A lazy chunk, or a rejection with STOPPED once `loaderSettings.timeoutMs` has passed without it: a
 * chunk whose download hangs ends the feed's reading as a request that hangs does.
 */
const inTime = <T>(chunk: Promise<T>): Promise<T> =>
  Promise.race([chunk, new Promise<never>((_, reject) => setTimeout(reject, loaderSettings.timeoutMs, STOPPED))]);

/**
 * Fetches and reads `url`. Every step (the request, each piece of the body) is
 * raced against `controller`'s abort, which the time limit triggers too: a
 * `fetch` that ignores the signal (a host page's wrapper that drops `init`)
 * cannot keep the widgets waiting past the limit. The body is read as a stream
 * and counted, so an answer that inflates past `loaderSettings.maxBytes` is
 * stopped there instead of filling the memory.
 */
async function fetchFeed(url: string, controller: AbortController): Promise<FeedResult> {
  const limit = loaderSettings.timeoutMs;
  const maxBytes = loaderSettings.maxBytes;
  let timedOut = false;
  const stopped = new Promise<typeof STOPPED>((resolve) => controller.signal.addEventListener('abort', () => resolve(STOPPED), { once: true }));
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limit);
  // Given up otherwise only once no widget waits any more (waitFor): nobody reads that result.
  const givenUp = (what: string) => (timedOut ? failure('timeout', `${what} within ${limit / 1000} s`) : failure('network', what));
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  // Reading stops at the limit, except where fetch gives the answer only whole (below).
  const tooLarge = failure('too-large', `the answer from ${url} is larger than ${maxBytes} bytes (loaderSettings.maxBytes)`);
  importerFor(url);
  // The first formatter with a time zone loads the engine's zone data (60 ms under CPU 4×, issue 14):
  // built in idle time while the feed downloads, not in the task that imports or validates it.
  (self.requestIdleCallback ?? setTimeout)(() => isValidTimeZone('UTC'));
  try {
    let response: Response | typeof STOPPED;
    try {
      response = await Promise.race([fetch(url, { signal: controller.signal, credentials: 'same-origin', headers: { Accept: 'application/json' } }), stopped]);
    } catch (error) {
      return controller.signal.aborted
        ? givenUp(`no answer from ${url}`)
        : failure('network', `${url}: ${describe(error)} (offline, or the server does not allow cross-origin requests)`);
    }
    if (response === STOPPED) return givenUp(`no answer from ${url}`);
    if (!response.ok) {
      return failure('http', `${url} answered ${response.status} ${response.statusText}`, response.status);
    }
    // Not refused by its content type, which many servers get wrong for .json (text/plain, octet-stream):
    // an HTML page (a 404 page, a site's catch-all route answering 200) is told by its text (parseText).
    const parts: string[] = [];
    if (response.body) {
      reader = response.body.getReader();
      // JSON is UTF-8 (RFC 8259). A feed saved as windows-1251 or Latin-1 is refused, not shown with
      // every Cyrillic letter or umlaut turned into "�" (the decoder's `fatal` throws at its first such byte).
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let bytes = 0;
      let decoding = false;
      try {
        for (;;) {
          const chunk = await Promise.race([reader.read(), stopped]);
          if (chunk === STOPPED) return givenUp(`the answer from ${url} did not complete`);
          if (chunk.done) break;
          bytes += chunk.value.byteLength;
          if (bytes > maxBytes) return tooLarge;
          decoding = true;
          parts.push(decoder.decode(chunk.value, { stream: true }));
          decoding = false;
          if (parts.length === 1) importerFor(parts[0]);
        }
        decoding = true;
        parts.push(decoder.decode());
      } catch (error) {
        return decoding
          ? failure('not-json', `${url}: not UTF-8 (windows-1251?): save the feed as UTF-8`)
          : controller.signal.aborted
            ? givenUp(`the answer from ${url} did not complete`)
            : failure('network', `${url}: the answer broke off (${describe(error)})`);
      }
      reader = undefined;
    } else {
      // whatwg-fetch, which old portals load and some force over the browser's fetch, answers with no body
      // stream, only its text (read by then: it answers once the whole answer is in), counted in UTF-8 bytes as a stream's.
      const text = await response.text();
      if (new Blob([text]).size > maxBytes) return tooLarge;
      parts.push(text);
    }
    return await parseText(parts.join(''));
  } catch (error) {
    // Something no browser's fetch does (a host page's wrapper answering with no Response): refused, never thrown.
    return failure('network', `${url}: the request failed unexpectedly (${describe(error)})`);
  } finally {
    clearTimeout(timer);
    // A body not read to its end is closed, also where fetch ignored the signal.
    reader?.cancel().catch(() => undefined);
  }
}

function startRequest(url: string): SharedRequest {
  const controller = new AbortController();
  const request: SharedRequest = {
    url,
    controller,
    waiting: 0,
    pinned: false,
    settled: false,
    abandoned: false,
    result: fetchFeed(url, controller).then((result) => {
      request.settled = true;
      // Nobody hears an abandoned request's end: nothing to report.
      if (request.abandoned) return result;
      // A failure is not kept, so that retrying asks the server again.
      if (!result.ok && byUrl.get(url) === request && !request.kept) byUrl.delete(url);
      return report(result, url);
    }),
  };
  return request;
}

/** The request's result for one caller, who may leave early by aborting `signal`. */
function waitFor(request: SharedRequest, signal: AbortSignal | undefined): Promise<FeedResult> {
  if (!signal) {
    request.pinned = true;
    return request.result;
  }
  if (request.settled) return request.result;
  request.waiting += 1;
  return new Promise((resolve, reject) => {
    const leave = () => {
      reject(signal.reason);
      request.waiting -= 1;
      if (request.waiting > 0 || request.pinned || request.settled) return;
      request.abandoned = true;
      if (byUrl.get(request.url) === request) byUrl.delete(request.url);
      request.controller.abort();
    };
    signal.addEventListener('abort', leave, { once: true });
    void request.result.then((result) => {
      signal.removeEventListener('abort', leave);
      resolve(result);
    });
  });
}

/**
 * Reads `src` relative to `context`: `#id` is an inline JSON script looked up in
 * the context's root (document or shadow root), anything else is a URL resolved
 * against the document's base URL.
 *
 * A caller that passes `signal` may stop waiting by aborting it: its promise
 * then rejects with the signal's reason, and the request itself is aborted
 * once no caller waits for it any more (a widget whose `src` changed leaves
 * the old request; another widget with the same URL keeps it alive).
 */
export function loadFeed(src: string, context: Node = document, signal?: AbortSignal): Promise<FeedResult> {
  if (src.startsWith('#')) return readInline(src.slice(1), context);
  const url = webAddress(src);
  if (!url) return Promise.resolve(report(failure('address', `"${src}" is not a web address (https://…)`), src));
  if (signal?.aborted) return Promise.reject(signal.reason);
  let request = byUrl.get(url);
  if (!request) {
    request = startRequest(url);
    byUrl.set(url, request);
  } else if (request.kept) {
    request.kept = false;
    // A failure asked for early goes to this first caller, then is forgotten like any other.
    const asked = request;
    if (asked.settled) void asked.result.then((result) => result.ok || byUrl.get(url) !== asked || byUrl.delete(url));
  }
  return waitFor(request, signal);
}

/**
 * Starts the request for `src` before a widget asks (the script-tag entry does when it sees a
 * widget's tag, while the widget's code still downloads); the widget's `loadFeed` shares it, and
 * gets its result, a failure too. `#id` and a request already made are left alone.
 */
export function prefetchFeed(src: string): Promise<FeedResult> | undefined {
  const url = webAddress(src);
  if (!url || src.startsWith('#') || byUrl.has(url)) return undefined;
  const request = startRequest(url);
  request.kept = true;
  byUrl.set(url, request);
  return request.result;
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
  // WordPress's classic editor (wpautop) writes `</p>` and `<p>` at each blank line of a post, in a
  // script's JSON too. No line break can be inside a JSON string: those tags stand between values.
  const autop = text.includes('</p>\n<p>');
  if (autop)
    console.warn(
      `[staedtepartner-widgets] #${id}: the page's editor put <p> into the feed at its blank lines (WordPress: use a Custom HTML block); read without them`,
    );
  // A byte order mark at the start (a server-side include of a file saved with one) is dropped, as a fetched file's is by the decoder.
  const pending = parseText((autop ? text.replaceAll('</p>\n<p>', '\n\n') : text).replace(/^\s*\uFEFF/, '')).then((result) => report(result, `#${id}`));
  byScript.set(script, { text, pending });
  return pending;
}

function objectEntry(value: unknown, later?: () => Promise<unknown> | undefined): ObjectEntry {
  const cacheable = typeof value === 'object' && value !== null;
  const known = cacheable ? byObject.get(value) : undefined;
  if (known) return known;
  let entry: ObjectEntry;
  let schedule = false;
  let after: Promise<unknown> | undefined;
  try {
    schedule = mayBeSchedule(value);
  } catch {
    // A getter that throws: read as a feed below, which refuses the document.
  }
  // Our own feed is validated at once, unless the widget asks to have it validated in steps `later`.
  if (schedule || (after = later?.())) {
    const pending = (after ? after.then(() => readDocument(value)) : readDocument(value)).then((result) => {
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
 * `later`, asked when the object is first read: a promise instead validates our own feed in
 * steps once it resolves (the jubilee list shows the first entries of a large feed before).
 */
export function peekFeedObject(value: unknown, later?: () => Promise<unknown> | undefined): FeedResult | undefined {
  return objectEntry(value, later).result;
}

/** Drops the shared result for `src`, so the next `loadFeed` fetches it again. */
export function forgetFeed(src: string): void {
  // An address that is no web address was never requested, so never shared.
  const url = webAddress(src);
  if (url) byUrl.delete(url);
}

export type { FeedFailure };
