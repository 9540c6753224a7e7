/**
 * Loads a feed from a URL, an inline `<script type="application/json">` or an
 * object, validates it, and shares the result: every widget on the page that
 * names the same absolute URL gets the same promise, so the feed is fetched
 * and validated once, also when several widgets connect in the same tick.
 */
import type { FeedFailure, FeedFailureKind, FeedResult } from './model.js';
import { validateFeed } from './validate.js';

/**
 * How long a request may take, in milliseconds, before the widgets give up and
 * offer a retry (default 20 s). Change it before the widgets load a feed.
 */
export const loaderSettings = { timeoutMs: 20_000 };

const LOG_PREFIX = '[staedtepartner-widgets]';

const byUrl = new Map<string, Promise<FeedResult>>();
const byObject = new WeakMap<object, FeedResult>();

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

function parseText(text: string): FeedResult {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const hint = text.trim() === '' ? 'the answer is empty' : String((error as Error).message);
    return failure('not-json', hint);
  }
  return validateFeed(document);
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
  if (src.startsWith('#')) return Promise.resolve(readInline(src.slice(1), context));
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

function readInline(id: string, context: Node): FeedResult {
  const root = context.getRootNode() as Document | ShadowRoot;
  const script = (root.getElementById?.(id) ?? document.getElementById(id)) as HTMLElement | null;
  if (!script || script.localName !== 'script') {
    return report(failure('not-found', `no <script type="application/json" id="${id}"> on the page`), `#${id}`);
  }
  return report(parseText(script.textContent ?? ''), `#${id}`);
}

/** Validates a feed given as an object (the `feed` property); the result is kept per object. */
export function readFeedObject(value: unknown): FeedResult {
  if (typeof value === 'object' && value !== null) {
    const known = byObject.get(value);
    if (known) return known;
    const result = report(validateFeed(value), '(feed property)');
    byObject.set(value, result);
    return result;
  }
  return report(validateFeed(value), '(feed property)');
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
