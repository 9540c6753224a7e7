/**
 * The session kind of an imported event, guessed from its track and type by
 * keywords in German, Russian and English (documented in docs/feed.md).
 */
import type { SessionKind } from '../schema.js';

/** Checked in this order; the first rule with a matching keyword wins. */
export const KIND_RULES: readonly { kind: SessionKind; matches: (label: string) => boolean }[] = [
  { kind: 'plenary', matches: (label) => /plenar|plenum|keynote|opening|closing|eröffnung|abschluss|пленар|открыти|закрыти/i.test(label) },
  {
    kind: 'working-group',
    // "AG" (Arbeitsgruppe) only in capitals, so that "Ag" or "ag" in a word never count.
    matches: (label) => /\bAG\b/.test(label) || /workshop|working[ -]?group|arbeitsgruppe|arbeitskreis|рабоч\S* групп|секци/i.test(label),
  },
  { kind: 'culture', matches: (label) => /cultur|concert|kultur|konzert|культур|концерт/i.test(label) },
  { kind: 'youth-forum', matches: (label) => /youth|jugend|молод/i.test(label) },
  { kind: 'excursion', matches: (label) => /excursion|\btours?\b|exkursion|führung|экскурс/i.test(label) },
  { kind: 'reception', matches: (label) => /reception|empfang|при[её]м/i.test(label) },
  // "Coffee break", "Kaffeepause", "Mittagspause", "Перерыв", "Кофе-брейк"; not "Breakout".
  { kind: 'break', matches: (label) => /\bbreaks?\b|pause|перерыв|брейк/i.test(label) },
];

/**
 * The kind for the first of `labels` (track names, then type) that a rule
 * matches; `other` when none does. With `cache`, each label is matched once
 * (an import shares one cache across its events).
 */
export function kindFor(labels: readonly (string | undefined)[], cache?: Map<string, SessionKind | undefined>): SessionKind {
  for (const label of labels) {
    if (!label) continue;
    let kind: SessionKind | undefined;
    if (cache?.has(label)) kind = cache.get(label);
    else {
      kind = KIND_RULES.find(({ matches }) => matches(label))?.kind;
      cache?.set(label, kind);
    }
    if (kind) return kind;
  }
  return 'other';
}
