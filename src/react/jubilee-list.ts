/**
 * `<jubilee-list>` as a React component (`staedtepartner-widgets/react/jubilee-list.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { JubileeList as Element } from '../jubilee-list/define.js';
import { feedEvents } from './events.js';

export const JubileeList = createComponent({
  react: React,
  tagName: 'jubilee-list',
  elementClass: Element,
  events: feedEvents,
  displayName: 'JubileeList',
});
