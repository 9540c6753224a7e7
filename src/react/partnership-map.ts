/**
 * `<partnership-map>` as a React component (`staedtepartner-widgets/react/partnership-map.js`). Importing it registers
 * the element, so it is defined before React first renders it: `feed={object}` is set as the
 * property, never as the attribute "[object Object]". Events are `on…` props with their typed
 * `detail`.
 */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { PartnershipMap as Element } from '../partnership-map/define.js';
import { feedEvents, mapEvents } from './events.js';

export const PartnershipMap = createComponent({
  react: React,
  tagName: 'partnership-map',
  elementClass: Element,
  events: { ...feedEvents, ...mapEvents },
  displayName: 'PartnershipMap',
});
