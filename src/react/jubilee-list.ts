/**
 * `<jubilee-list>` as a React component (`staedtepartner-widgets/react/jubilee-list.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { JubileeList as Element } from '../jubilee-list/define.js';
import { widgetComponent } from './component.js';
import { feedEvents } from './events.js';

export const JubileeList = widgetComponent({
  tagName: 'jubilee-list',
  elementClass: Element,
  events: feedEvents,
  displayName: 'JubileeList',
});
