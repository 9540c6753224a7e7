/**
 * The widgets' language: which one, loading its translations, and telling the widgets.
 *
 * All widgets on a page speak one language. It comes from, in this order: `setLanguage()`, the
 * `data-staedtepartner-lang` attribute on `<html>` (for a site whose own `lang`
 * should not drive the widgets), `<html lang>`. Both attributes are watched.
 * A language other than de, ru or en falls back to en.
 *
 * Translations are split per widget (scripts/split-translations.mjs writes
 * src/generated/locales/<locale>/<group>.ts): the group `shared` (states and
 * errors of the base class, src/shared, src/i18n, src/feed) and one group per
 * widget folder. A page downloads `shared` plus the groups of the widgets it
 * shows. A widget class names its group in `static translations`
 * ({@link WidgetTranslations}); its constructor registers it
 * ({@link registerTranslations}).
 *
 * This is the widgets' own runtime, not @lit/localize's page-global one: a host app
 * may configure that for its own strings, before or after the widgets, and switch it
 * as it likes (./msg.ts says why). The widgets' `msg()` comes from ./msg.ts; widgets
 * render again through {@link updateWhenLanguageChanges}, not `lit-localize-status`.
 *
 * For each target language there is one templates object, the one `msg()` reads
 * while the language is active: loading a language merges every registered group
 * into it, and a group registered later is merged into the same object, which
 * `msg()` reads on every call. Every id is in exactly one group, so merging never overwrites.
 * {@link languageReady} resolves only when the active language has all
 * registered groups, and widgets wait for it before rendering.
 */
import type { TemplateMap } from '@lit/localize';
import type { ReactiveControllerHost } from 'lit';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';
import { remembered } from '../shared/remembered.js';
import { useTemplates } from './msg.js';

export type Language = typeof sourceLocale | (typeof targetLocales)[number];
export type TargetLanguage = (typeof targetLocales)[number];
export const LANGUAGES: readonly Language[] = [sourceLocale, ...targetLocales];
export const LANGUAGE_ATTRIBUTE = 'data-staedtepartner-lang';

/**
 * Where one translation group's modules are: a loader per target language.
 * Write each as a static `() => import('../generated/locales/de/<group>.js')`,
 * so that every bundler sees the chunks and a page only fetches what it uses.
 * A module's default export is its templates (scripts/split-translations.mjs).
 */
export type TranslationLoaders = { readonly [L in TargetLanguage]: () => Promise<{ default: TemplateMap }> };

/** A widget's translation group (its folder name) and its loaders. */
export type WidgetTranslations = TranslationLoaders & { readonly group: string };

const SHARED = 'shared';

const groups = new Map<string, TranslationLoaders>([
  [
    SHARED,
    {
      de: () => import('../generated/locales/de/shared.js'),
      ru: () => import('../generated/locales/ru/shared.js'),
    },
  ],
]);

/** Per target language: the templates object msg() reads, and the groups merged (or merging) into it. */
const merged = new Map<TargetLanguage, { templates: TemplateMap; groups: Map<string, Promise<void>> }>();

/** Whether the page's language is watched (from the first widget or setLanguage() on). */
let started = false;
let override: string | null = null;
/** The language the widgets render in: its translations are in place. */
let active: Language = sourceLocale;
/** The language being loaded, if any. */
let loading: Language | undefined;
/** The language last asked for (it may still be loading). */
let requested: Language = sourceLocale;
/** Counts requests, so that only the newest one makes its language active. */
let requests = 0;
/** The promise of the last request; never rejects. */
let ready: Promise<void> = Promise.resolve();
/** Called when the active language changed: one per connected widget ({@link updateWhenLanguageChanges}). */
const listeners = new Set<() => void>();
/** languageReady()'s answer, until a language or a group is requested. */
let settled: Promise<void> | undefined;

/** The supported language for a BCP 47 tag: `de-AT` → `de`, `uk` → `en`. */
export function supportedLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : sourceLocale;
}

/** The language the page asks for, before fallback. */
export function requestedLanguage(): string {
  const root = document.documentElement;
  return override ?? root.getAttribute(LANGUAGE_ATTRIBUTE) ?? root.lang ?? '';
}

/** Where every group of a language is, when the page asked for them in one module ({@link loadEveryGroup}). */
let everyGroup: TranslationLoaders | undefined;

/**
 * Loads each group from one module of every group (src/generated/locales/<locale>/all.ts) from now
 * on: for a page that shows most of the widgets (src/cdn.ts), whose strings compress better in one
 * file than in six. A group loaded before stays as it is.
 */
export function loadEveryGroup(loaders: TranslationLoaders): void {
  everyGroup = loaders;
}

/** Loads one group of one language into that language's templates object (once; again after a failure). */
function loadGroup(language: TargetLanguage, group: string): Promise<void> {
  const { templates, groups: loading } = remembered(merged, language, () => ({ templates: {}, groups: new Map<string, Promise<void>>() }));
  return remembered(loading, group, () => {
    const promise = (everyGroup ?? groups.get(group)!)[language]().then((module) => {
      Object.assign(templates, module.default);
    });
    promise.catch(() => loading.delete(group));
    return promise;
  });
}

/** Every group registered so far, in the language's one templates object. */
async function loadLocale(language: TargetLanguage): Promise<TemplateMap> {
  // A widget may register while this runs: go on until every registered group is in.
  let count: number;
  do {
    count = groups.size;
    await Promise.all([...groups.keys()].map((group) => loadGroup(language, group)));
  } while (groups.size !== count);
  return merged.get(language)!.templates;
}

/** Follows the language the page asks for: loads it, then makes it active and tells the widgets. */
function apply(): Promise<void> {
  if (!started) return Promise.resolve();
  const language = supportedLanguage(requestedLanguage());
  if (language === (loading ?? active)) return ready;
  const request = ++requests;
  requested = loading = language;
  settled = undefined;
  // English, the source language, is the messages as written: no templates, and still
  // asynchronous like any other switch.
  const templates = language === sourceLocale ? Promise.resolve(undefined) : loadLocale(language);
  ready = templates.then(
    (loaded) => {
      if (request !== requests) return;
      active = language;
      loading = undefined;
      useTemplates(loaded);
      for (const listener of listeners) listener();
    },
    (error: unknown) => {
      if (request !== requests) return;
      loading = undefined;
      requested = active;
      console.error(`[staedtepartner-widgets] could not load the "${language}" translations; the widgets stay in "${active}"`, error);
    },
  );
  return ready;
}

/**
 * Makes a translation group part of the page: loaded with every language from
 * now on, and, when a language is already active or loading, loaded into it
 * now. Registering a group twice does nothing. {@link languageReady} waits for it.
 */
export function registerTranslations(group: string, loaders: TranslationLoaders): void {
  if (groups.has(group)) return;
  groups.set(group, loaders);
  settled = undefined;
  if (started && requested !== sourceLocale) {
    // Start now; languageReady() reports a failure.
    loadGroup(requested, group).catch(() => undefined);
  }
}

/**
 * Starts watching the page's language on first use (not at import, so importing
 * a class module has no side effects). Not on a server, without a document (`setLanguage()` may
 * run in a server render): the widgets render in the browser.
 */
export function ensureLocalization(): void {
  if (started || !globalThis.document?.documentElement) return;
  started = true;
  new MutationObserver(() => void apply()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', LANGUAGE_ATTRIBUTE],
  });
  void apply();
}

/** Waits for the requested language, then for every registered group in the language that is active. */
async function settle(): Promise<void> {
  for (;;) {
    const request = ready;
    await request;
    const language = currentLanguage();
    if (language !== sourceLocale) {
      const results = await Promise.allSettled([...groups.keys()].map((group) => loadGroup(language, group)));
      for (const result of results) {
        if (result.status === 'rejected') {
          console.error(`[staedtepartner-widgets] could not load some "${language}" translations; they show in English`, result.reason);
        }
      }
    }
    // A newer language request came in meanwhile: wait for that one too.
    if (request === ready) return;
  }
}

/**
 * Resolves when the widgets can render in the requested language: its
 * translations, of the shared strings and of every widget registered so far,
 * are in place (or failed to load, which is logged, and the text stays English).
 */
export function languageReady(): Promise<void> {
  ensureLocalization();
  return (settled ??= settle());
}

/** The language the widgets render in now. */
export function currentLanguage(): Language {
  return active;
}

/**
 * Renders `host` again whenever the widgets' language changes, while it is connected:
 * the widgets' own `updateWhenLocaleChanges`, deaf to the host app's `lit-localize-status`.
 */
export function updateWhenLanguageChanges(host: ReactiveControllerHost): void {
  const update = () => host.requestUpdate();
  host.addController({ hostConnected: () => listeners.add(update), hostDisconnected: () => listeners.delete(update) });
}

/**
 * Sets the widgets' language for the whole page, whatever `<html lang>` says;
 * `null` goes back to following the page. Resolves when the widgets can render in it.
 */
export function setLanguage(language: string | null): Promise<void> {
  override = language;
  ensureLocalization();
  void apply();
  return languageReady();
}
