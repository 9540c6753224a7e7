/**
 * `<conf-overview>` as a React component (`staedtepartner-widgets/react/conf-overview.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { ConfOverview as Element } from '../conf-overview/define.js';
import { widgetComponent } from './component.js';
import { calendarEvents, feedEvents } from './events.js';

export const ConfOverview = widgetComponent({
  tagName: 'conf-overview',
  elementClass: Element,
  events: { ...feedEvents, ...calendarEvents },
  displayName: 'ConfOverview',
});
