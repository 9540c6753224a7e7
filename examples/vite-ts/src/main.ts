// Registers <conf-programme> and nothing else, and declares it in HTMLElementTagNameMap and its
// events in GlobalEventHandlersEventMap: no cast below.
import 'staedtepartner-widgets/conf-programme.js';
import type { DaySelectDetail } from 'staedtepartner-widgets';
import { feed } from './feed.js';

const programme = document.querySelector('conf-programme')!; // a ConfProgramme
const chosenDay = document.querySelector<HTMLParagraphElement>('#chosen-day')!;

programme.feed = feed; // typed: FeedDocument (or a frab / C3VOC / pretalx schedule object)
programme.view = 'grid';

/** The detail types are exported for your own functions. */
function showDay({ day }: DaySelectDetail): void {
  chosenDay.textContent = day === 'all' ? 'Alle Tage' : `Gewählter Tag: ${day}`;
}

programme.addEventListener('day-select', (event) => showDay(event.detail)); // CustomEvent<DaySelectDetail>

programme.addEventListener('favourite-change', (event) => {
  console.info(`${event.detail.favourites.length} favourites`, event.detail.favourite ? 'added' : 'removed', event.detail.session);
});

// The widgets' events bubble: a listener on the document is typed as well.
document.addEventListener('feed-ready', (event) => {
  for (const warning of event.detail.warnings) console.warn(warning.path, warning.message);
});
document.addEventListener('feed-error', (event) => console.error(event.detail.failure));

programme.addEventListener('day-select', (event) => {
  // @ts-expect-error -- day-select's detail has `day`, no `date`: proves the event types are checked
  console.log(event.detail.date);
});
