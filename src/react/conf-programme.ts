/**
 * `<conf-programme>` as a React component (`staedtepartner-widgets/react/conf-programme.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { ConfProgramme as Element } from '../conf-programme/define.js';
import { widgetComponent } from './component.js';
import { calendarEvents, feedEvents, programmeEvents } from './events.js';

export const ConfProgramme = widgetComponent({
  tagName: 'conf-programme',
  elementClass: Element,
  events: { ...feedEvents, ...programmeEvents, ...calendarEvents },
  displayName: 'ConfProgramme',
});
