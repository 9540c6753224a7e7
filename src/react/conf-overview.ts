/**
 * `<conf-overview>` as a React component (`staedtepartner-widgets/react/conf-overview.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { ConfOverview as Element } from '../conf-overview/define.js';
import { calendarEvents, feedEvents } from './events.js';

export const ConfOverview = createComponent({
  react: React,
  tagName: 'conf-overview',
  elementClass: Element,
  events: { ...feedEvents, ...calendarEvents },
  displayName: 'ConfOverview',
});
