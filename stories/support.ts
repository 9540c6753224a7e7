/** Helpers shared by the stories. */
import { setClock } from '../src/shared/clock.js';

/** A feed URL whose request never ends, so the loading state stays on screen. */
export const NEVER_ANSWERS = '/__story__/never-answers.json';

const installed = Symbol.for('staedtepartner-widgets:story-fetch');
const host = window as unknown as Record<symbol, boolean>;
if (!host[installed]) {
  host[installed] = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) =>
    String(input instanceof Request ? input.url : input).endsWith(NEVER_ANSWERS) ? new Promise<Response>(() => {}) : realFetch(input, init);
}

/** A story `beforeEach` that fixes "now", so "in 23 days" reads the same every time. */
export const clockAt = (iso: string) => () => {
  setClock(() => new Date(iso));
  return () => setClock(undefined);
};

/**
 * For a story whose language or "now" differs from its file's: drawn in a frame of its own on the
 * Docs page. There every other story is drawn in the one page, which has one language and one
 * clock, so the last story to set them would set them for all (German stories in English, "Took
 * place" as "Begins in 23 days").
 */
export const OWN_FRAME = { docs: { story: { inline: false } } };
