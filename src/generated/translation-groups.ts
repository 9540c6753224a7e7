// Do not modify this file by hand!
// Re-generate this file by running npm run i18n:build (scripts/split-translations.mjs).

/** The translation groups: "shared" and one per widget folder (src/<name>/define.ts). */
export const translationGroups = ["shared","conf-history","conf-overview","conf-programme","jubilee-list","partnership-map"] as const;

/** How many characters of a message id the modules of src/generated/locales/<locale>/ keep (src/i18n/msg.ts). */
export const messageIdLength = 6;
