/**
 * `<conf-history>` as a React component (`staedtepartner-widgets/react/conf-history.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { ConfHistory as Element } from '../conf-history/define.js';
import { feedEvents } from './events.js';

export const ConfHistory = createComponent({
  react: React,
  tagName: 'conf-history',
  elementClass: Element,
  events: feedEvents,
  displayName: 'ConfHistory',
});
