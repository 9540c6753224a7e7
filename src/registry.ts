/**
 * Every widget's tag and the module that registers it: the one list the
 * script-tag entry loads from, and that the quality checks (size budgets,
 * tests) iterate over. A new widget is added here and nowhere else.
 */
export const WIDGET_MODULES = {
  'jubilee-list': () => import('./jubilee-list/define.js'),
  'conf-overview': () => import('./conf-overview/define.js'),
  'conf-history': () => import('./conf-history/define.js'),
  'conf-programme': () => import('./conf-programme/define.js'),
  'partnership-map': () => import('./partnership-map/define.js'),
} as const satisfies Record<string, () => Promise<unknown>>;

export type WidgetTag = keyof typeof WIDGET_MODULES;

/** Marked pure: the script-tag entry reads WIDGET_MODULES alone, and the bundler drops the unused call. */
export const WIDGET_TAGS = /* @__PURE__ */ Object.keys(WIDGET_MODULES) as WidgetTag[];
