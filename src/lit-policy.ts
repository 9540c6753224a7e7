/**
 * Lit's Trusted Types policy in the script-tag build. Lit creates it (`lit-html`) as its module runs;
 * on a page whose Content-Security-Policy refuses the name (a `trusted-types` list without it, or
 * with it but without 'allow-duplicates' after the page's own Lit made one), creating it throws, and
 * the script failed as it loaded with an uncaught TypeError. The build has Lit ask here instead
 * (vite.config.ts, litPolicyHere()): a refusal is said in the console with the fix, and the entry
 * loads no widget, so each element keeps the fallback content the page put inside it. An npm app
 * bundles its own Lit, which creates the policy itself.
 */
export let refused = false;

interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(html: string): string }): unknown;
}

/** Lit's policy, or undefined: in a browser without Trusted Types, and when the page refuses it. */
export function litPolicy(factory: PolicyFactory | undefined): unknown {
  try {
    return factory?.createPolicy('lit-html', { createHTML: (html) => html });
  } catch (error) {
    refused = true;
    console.error("[staedtepartner-widgets] not shown: the page's Content-Security-Policy must allow trusted-types lit-html 'allow-duplicates'", error);
    return undefined;
  }
}
