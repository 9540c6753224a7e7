/**
 * `<conf-history>` as a React component (`staedtepartner-widgets/react/conf-history.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { ConfHistory as Element } from '../conf-history/define.js';
import { widgetComponent } from './component.js';
import { feedEvents } from './events.js';

export const ConfHistory = widgetComponent({
  tagName: 'conf-history',
  elementClass: Element,
  events: feedEvents,
  displayName: 'ConfHistory',
});
