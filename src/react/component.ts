import { createComponent, type EventName, type Options, type ReactWebComponent } from '@lit/react';
import * as React from 'react';

/**
 * A widget as a React component: @lit/react's `createComponent`, whose element is rendered with
 * `defer-hydration` (the attribute web components agree on for server rendering). A server-rendered
 * app (Next, Remix) hydrates after the element was upgraded, often after the page's `load` event:
 * without it the widget found neither `feed` nor `src` there and said so, with an alert and
 * `feed-error`, until React set its props. With it the widget waits for them up to the feed time
 * limit (src/shared/staedtepartner-element.ts); @lit/react removes the attribute once it has set them.
 */
export function widgetComponent<I extends HTMLElement, E extends Record<string, EventName | string>>(
  options: Omit<Options<I, E>, 'react'>,
): ReactWebComponent<I, E> {
  const Component = createComponent({ react: React, ...options });
  const Deferred = React.forwardRef<I, object>((props, ref) => React.createElement(Component as React.ElementType, { ...props, ref, 'defer-hydration': '' }));
  Deferred.displayName = options.displayName;
  return Deferred as unknown as ReactWebComponent<I, E>;
}
