/**
 * The day tabs: which days get a tab ("All days", each day, "Date to be announced", side events),
 * which one opens first, their labels, and the menu of months for a programme of very many days.
 * The element keeps the tab chosen (route.ts) and passes `select`.
 */
import { msg } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import { formatCalendarDate } from '../i18n/format.js';
import { ALL_DAYS, programmeToday, SIDE_EVENTS, UNDATED, type Programme, type ProgrammeDay } from './programme.js';
import { capital, dayTabLabel } from './texts.js';

/** A larger programme opens on its first day instead of all days at once. */
const ALL_DAYS_LIMIT = 60;

/**
 * With more days than this, the tabs show one month at a time, chosen in a
 * menu of months, and there is no "All days" tab: a feed may name thousands of
 * days, and a tab for each (or all their sessions at once) would freeze the page.
 */
const MAX_DAY_TABS = 31;

export interface DayTabs {
  readonly programme: Programme;
  /** Every tab (dayTabs()). */
  readonly tabs: readonly string[];
  /** The tab on screen. */
  readonly tab: string;
  /** The conference is over (the undated tab says "Date not recorded"). */
  readonly past: boolean;
  readonly language: string;
  select(key: string, focus?: boolean): void;
}

export function dayTabs(programme: Programme, sideEvents: boolean, running: boolean): string[] {
  const days = programme.days.map((day) => day.key);
  // Every session is on a day or undated, so a programme with sessions has a tab for them; one with side events only shows those.
  const tabs = (days.length > 1 || (running && days.length > 0)) && days.length <= MAX_DAY_TABS ? [ALL_DAYS, ...days] : days;
  if (sideEvents) tabs.push(SIDE_EVENTS);
  return tabs;
}

/** The tab shown before the reader chooses one: today's (the programme's day) while the conference runs, else the first (a day, for a large programme). */
export function defaultTab(programme: Programme, tabs: readonly string[], running: boolean, now: Date): string {
  if (running) {
    // After midnight, before the programme's day change, still the day before.
    const today = programmeToday(programme, now);
    if (tabs.includes(today)) return today;
  }
  if (programme.sessions.length > ALL_DAYS_LIMIT) return tabs.find((key) => key !== ALL_DAYS) ?? tabs[0];
  return tabs[0];
}

/** The month (`YYYY-MM`) whose days are tabs, when there are too many days for a tab each; else undefined. */
function monthOf(programme: Programme, tab: string): string | undefined {
  if (programme.days.length <= MAX_DAY_TABS) return undefined;
  return programme.dayByKey.get(tab)?.date ? tab.slice(0, 7) : programme.days[0].key.slice(0, 7);
}

export function tabLabel(key: string, programme: Programme, past: boolean, language: string): string {
  if (key === ALL_DAYS) return msg('All days', { desc: 'Tab that shows every day of the programme' });
  if (key === UNDATED)
    return past
      ? msg('Date not recorded', { id: 'tab-undated-past', desc: 'Tab and heading of the sessions of a past conference whose day is not known' })
      : msg('Date to be announced', { id: 'tab-undated', desc: 'Tab and heading of sessions whose day is not known yet' });
  if (key === SIDE_EVENTS) return msg('Side events', { desc: 'Heading of the list of side events such as the youth forum' });
  const date = programme.dayByKey.get(key)?.date;
  return date ? dayTabLabel(date, language) : key;
}

/** The menu of months, when there are too many days for a tab each: choosing a month shows its first day. */
export function renderMonths({ programme, tab, language, select }: DayTabs): TemplateResult | typeof nothing {
  const month = monthOf(programme, tab);
  if (!month) return nothing;
  const firstDays = new Map<string, ProgrammeDay>();
  for (const day of programme.days) if (day.date && !firstDays.has(day.key.slice(0, 7))) firstDays.set(day.key.slice(0, 7), day);
  return html`<label class="month">
    <span>${msg('Month', { desc: 'Label of the menu of months, shown instead of a tab per day when a programme has very many days' })}</span>
    <select part="month" @change=${(event: Event) => select((event.target as HTMLSelectElement).value)}>
      ${[...firstDays].map(
        ([key, day]) =>
          html`<option value=${day.key} .selected=${key === month}>
            ${capital(formatCalendarDate({ ...day.date!, precision: 'month' }, language), language)}
          </option>`,
      )}
    </select>
  </label>`;
}

/** The tablist: every tab, or with many days only those of the chosen month (and the undated and side-event tabs). */
export function renderTabs(state: DayTabs): TemplateResult {
  const { programme, tabs, tab, select } = state;
  const month = monthOf(programme, tab);
  const shown = month ? tabs.filter((key) => !programme.dayByKey.get(key)?.date || key.startsWith(month)) : tabs;
  // Arrow keys, Home and End choose the tab and move the focus to it.
  const onKey = (event: KeyboardEvent) => {
    const all = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('[role="tab"]')];
    const index = all.findIndex((element) => element.getAttribute('aria-selected') === 'true');
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: all.length - 1 };
    if (!(event.key in moves) || index < 0) return;
    event.preventDefault();
    select(all[(moves[event.key] + all.length) % all.length].dataset.tab!, true);
  };
  return html`<div part="tabs" role="tablist" aria-label=${msg('Days', { desc: 'Accessible name of the day tabs' })} @keydown=${onKey}>
    ${shown.map(
      (key) =>
        html`<button
          part="tab"
          role="tab"
          type="button"
          id="tab-${key}"
          aria-selected=${key === tab ? 'true' : 'false'}
          aria-controls="panel"
          tabindex=${key === tab ? 0 : -1}
          data-tab=${key}
          @click=${() => select(key)}
        >
          ${tabLabel(key, programme, state.past, state.language)}
        </button>`,
    )}
  </div>`;
}
