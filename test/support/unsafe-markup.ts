/**
 * What in a widget's rendered markup could run script or leave the page. Plain DOM code with no
 * test library, so that `npm run fuzz` (scripts/fuzz.mjs) bundles it into its page and checks each
 * widget the way the hostile-feed suites do (./hostile.ts).
 */

/** Every element under `root`, including those in nested shadow roots. */
export function deepElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/** Links the widgets may make: absolute http(s), mailto and tel, and fragments within the page (permalinks). */
const SAFE_HREF = /^(https?:|mailto:|tel:|#[\w%./:-]*$)/i;
const DANGEROUS_SCHEME = /^(javascript|vbscript|data):/i;
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'ping'];
const FORBIDDEN_TAGS = ['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link'];

/**
 * What in the rendered markup could run script or leave the page: event
 * handler attributes, script-bearing elements, `srcdoc`, links other than
 * http(s) / mailto / tel, and javascript: / vbscript: / data: in URL attributes.
 */
export function unsafeMarkup(root: ShadowRoot): string[] {
  const problems: string[] = [];
  for (const element of deepElements(root)) {
    const tag = element.localName;
    if (FORBIDDEN_TAGS.includes(tag)) problems.push(`<${tag}> element`);
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? '';
      if (/^on/i.test(name)) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
      if (name === 'srcdoc') problems.push(`<${tag} srcdoc>`);
      // Browsers drop ASCII whitespace and control characters before the scheme.
      const scheme = value.replace(/[\u0000-\u0020]/g, '');
      if (URL_ATTRIBUTES.includes(name) && DANGEROUS_SCHEME.test(scheme)) problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`);
    }
    if ((tag === 'a' || tag === 'area') && element.hasAttribute('href') && !SAFE_HREF.test(element.getAttribute('href') ?? '')) {
      problems.push(`<${tag} href="${element.getAttribute('href')?.slice(0, 60)}">`);
    }
  }
  return problems;
}
