/**
 * `<partnership-map>` as a React component (`staedtepartner-widgets/react/partnership-map.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { PartnershipMap as Element } from '../partnership-map/define.js';
import { widgetComponent } from './component.js';
import { feedEvents, mapEvents } from './events.js';

export const PartnershipMap = widgetComponent({
  tagName: 'partnership-map',
  elementClass: Element,
  events: { ...feedEvents, ...mapEvents },
  displayName: 'PartnershipMap',
});
