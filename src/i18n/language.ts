/**
 * The one place that configures @lit/localize, and decides the language.
 *
 * @lit/localize has one active locale per page, so all widgets on a page speak
 * one language. It comes from, in this order: `setLanguage()`, the
 * `data-staedtepartner-lang` attribute on `<html>` (for a site whose own `lang`
 * should not drive the widgets), `<html lang>`. Both attributes are watched.
 * A language other than de, ru or en falls back to en.
 */
import { configureLocalization, type LocaleModule } from '@lit/localize';
import { sourceLocale, targetLocales } from '../generated/locale-codes.js';

export type Language = typeof sourceLocale | (typeof targetLocales)[number];
export const LANGUAGES: readonly Language[] = [sourceLocale, ...targetLocales];
export const LANGUAGE_ATTRIBUTE = 'data-staedtepartner-lang';

// A static import() per locale, so that every bundler sees the chunks.
const loaders: Record<(typeof targetLocales)[number], () => Promise<LocaleModule>> = {
  de: () => import('../generated/locales/de.js'),
  ru: () => import('../generated/locales/ru.js'),
};

let runtime: ReturnType<typeof configureLocalization> | undefined;
let override: string | null = null;
let ready: Promise<void> = Promise.resolve();

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

function apply(): Promise<void> {
  if (!runtime) return Promise.resolve();
  const language = supportedLanguage(requestedLanguage());
  ready = runtime.setLocale(language).catch((error: unknown) => {
    console.error(`[staedtepartner-widgets] could not load the "${language}" translations; showing English`, error);
  });
  return ready;
}

/**
 * Configures localisation on first use (not at import, so importing a class
 * module has no side effects) and starts watching the page's language.
 */
export function ensureLocalization(): void {
  if (runtime) return;
  runtime = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
  });
  new MutationObserver(() => void apply()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang', LANGUAGE_ATTRIBUTE],
  });
  void apply();
}

/** Resolves when the translations of the requested language are in place. */
export function languageReady(): Promise<void> {
  ensureLocalization();
  return ready;
}

/** The language the widgets render in now. */
export function currentLanguage(): Language {
  return supportedLanguage(runtime?.getLocale() ?? sourceLocale);
}

/**
 * Sets the widgets' language for the whole page, whatever `<html lang>` says;
 * `null` goes back to following the page. Resolves when the widgets can render in it.
 */
export function setLanguage(language: string | null): Promise<void> {
  override = language;
  ensureLocalization();
  return apply();
}
