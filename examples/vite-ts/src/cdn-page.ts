/**
 * A page script for a page that embeds the script-tag build (`dist/cdn/`), not the npm entries:
 * the types come from `staedtepartner-widgets/cdn` alone. scripts/check-consumers.mjs compiles
 * this file on its own (tsconfig.cdn.json), so the tags and events must be declared by that entry.
 */
import type { DaySelectDetail } from 'staedtepartner-widgets/cdn';

const programme = document.querySelector('conf-programme');
if (programme) {
  // The tag is the widget's class (on a plain Element, `view` and `headingLevel` would not compile).
  programme.view = 'grid';
  programme.headingLevel = 3;
  programme.addEventListener('day-select', (event) => {
    const detail: DaySelectDetail = event.detail;
    console.log(`day ${detail.day}`);
  });
}

const map = document.querySelector('partnership-map');
map?.addEventListener('feed-ready', (event) => console.log(event.detail));
