/**
 * axe-core inside the browser tests, limited to the WCAG 2.0, 2.1 and 2.2 A
 * and AA rules: zero violations is the bar.
 */
import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> };
  }
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Violations of `element` (including its shadow root), as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await window.axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} at ${JSON.stringify(node.target)} ${node.html.slice(0, 120)}`),
  );
}
