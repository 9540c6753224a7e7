/**
 * The widgets' own `msg()` and `str`, apart from @lit/localize's page-global runtime.
 *
 * @lit/localize keeps one `msg` implementation and one active locale per page:
 * `configureLocalization` may be called once, and its `lit-localize-status` event reaches
 * every `@localized()` element. An app that uses @lit/localize for its own strings shares
 * that copy with the widgets (npm deduplicates it), so the widgets must not configure it.
 * Instead, `msg()` here looks the message up in the widgets' own templates of the active
 * language (set by ./language.ts), with @lit/localize's own lookup (`runtimeMsg`: the same
 * ids as `lit-localize extract` writes, `str` and `html` placeholders in translated order).
 * The host's configuration and language never reach it, and nothing here touches theirs.
 *
 * The translation modules name a message by a prefix of its id (`messageIdLength` characters,
 * scripts/split-translations.mjs): `msg()` makes the id as lit-localize does and looks that prefix
 * up; an id given as `msg(…, { id })` is looked up as it is.
 * `runtimeMsg` is always given an id with the templates: the script-tag build leaves out its own
 * hashing of a message without one (runtimeMsgWithGivenIds() in vite.config.ts).
 *
 * `msg` and `str` keep @lit/localize's types, whose brands (`_LIT_LOCALIZE_MSG_`,
 * `_LIT_LOCALIZE_STR_`) are how `lit-localize extract` finds the calls.
 * The deep imports are the modules @lit/localize's own runtime uses (the package has no
 * exports map; @lit/localize-tools imports its id generation the same way).
 */
import type { MsgFn, TemplateMap } from '@lit/localize';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { str as strTag } from '@lit/localize/internal/str-tag.js';
import { messageIdLength } from '../generated/translation-groups.js';

/**
 * Expressions in a plain-text message: msg(str`… ${value} …`). The translation modules
 * import it from here too (a binding of this module, so bundlers keep the two in one chunk).
 */
export const str = strTag;

/** The active language's templates; undefined for English, the source language. */
let active: TemplateMap | undefined;

/** Each message's id prefix, by its template's strings (made once, as runtimeMsg caches its ids). */
const ids = new Map<unknown, string>();

/** A message in the widgets' active language (English when it has no translation). */
export const msg = ((template, options) => {
  if (active && !options?.id) {
    const strings = typeof template === 'string' ? template : template.strings;
    let id = ids.get(strings);
    if (id === undefined) ids.set(strings, (id = generateMsgId(strings, typeof template !== 'string' && !('strTag' in template)).slice(0, messageIdLength)));
    options = { id };
  }
  return runtimeMsg(active, template, options);
}) as MsgFn;

/** Makes `templates` the ones `msg()` reads (./language.ts, when a language is ready). */
export function useTemplates(templates: TemplateMap | undefined): void {
  active = templates;
}
