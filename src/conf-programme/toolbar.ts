/**
 * The programme's toolbar: search, kind filter, "my programme", the time-zone
 * switch, "jump to now" and the calendar menu, with the note on which time
 * zone the times are in. The element owns the state and passes its actions.
 */
import { msg, str } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionKind } from '../feed/schema.js';
import { currentLanguage } from '../i18n/language.js';
import { readerTimeZone, type Programme } from './programme.js';
import { kindLabel, zoneName } from './texts.js';

export interface ToolbarState {
  readonly programme: Programme;
  readonly query: string;
  readonly kind: SessionKind | '';
  readonly onlyFavourites: boolean;
  /** How many favourites the reader has. */
  readonly favourites: number;
  /** The reader's zone while times are shown in it. */
  readonly zone?: string;
  readonly canSwitchZone: boolean;
  readonly canJumpToNow: boolean;
  /** The open menu: `programme`, or a session's id. */
  readonly menu?: string;
  /** The open menu's content (menu.ts). */
  readonly menuContent?: unknown;
  readonly now: number;
}

export interface ToolbarActions {
  search(query: string): void;
  chooseKind(kind: SessionKind | ''): void;
  toggleFavourites(): void;
  toggleLocalTime(): void;
  jumpToNow(): void;
}

export function renderToolbar(state: ToolbarState, actions: ToolbarActions): TemplateResult {
  const { programme } = state;
  const language = currentLanguage();
  const sample = programme.sessions.find((entry) => entry.startsAt !== undefined)?.startsAt;
  const readerZone = zoneName(readerTimeZone(), sample ?? state.now, language);
  const conferenceZone = sample === undefined ? '' : zoneName(programme.timeZone, sample, language);
  return html`<div part="toolbar" class="toolbar">
      <label class="search">
        <span>${msg('Search the programme', { desc: 'Label of the programme search field' })}</span>
        <input part="search" type="search" .value=${state.query} @input=${(event: Event) => actions.search((event.target as HTMLInputElement).value)} />
      </label>
      ${
        programme.kinds.length > 1
          ? html`<label class="kind">
              <span>${msg('Kind', { desc: 'Label of the session kind filter' })}</span>
              <select part="kind-filter" @change=${(event: Event) => actions.chooseKind((event.target as HTMLSelectElement).value as SessionKind | '')}>
                <option value="" .selected=${state.kind === ''}>${msg('All kinds', { desc: 'Kind filter: no filter' })}</option>
                ${programme.kinds.map((kind) => html`<option value=${kind} .selected=${state.kind === kind}>${kindLabel(kind)}</option>`)}
              </select>
            </label>`
          : nothing
      }
      <button
        part="favourites-filter"
        id="favourites-filter"
        type="button"
        aria-pressed=${state.onlyFavourites ? 'true' : 'false'}
        @click=${() => actions.toggleFavourites()}
      >
        <span aria-hidden="true">★</span>
        ${msg(str`Only my programme (${state.favourites})`, { desc: 'Toggle filter: only sessions the reader starred; the value is how many' })}
      </button>
      ${
        state.canSwitchZone
          ? html`<button part="time-zone" type="button" aria-pressed=${state.zone ? 'true' : 'false'} @click=${() => actions.toggleLocalTime()}>
              ${msg(str`Show my local time (${readerZone})`, { desc: 'Toggle: show times in the reader’s time zone; the value is its short name' })}
            </button>`
          : nothing
      }
      ${
        state.canJumpToNow
          ? html`<button part="jump-to-now" type="button" @click=${() => actions.jumpToNow()}>
              ${msg('Jump to now', { desc: 'Button that shows the sessions running now' })}
            </button>`
          : nothing
      }
      <div part="calendar" class="menu-anchor">
        <button type="button" data-menu="programme" aria-expanded=${state.menu === 'programme' ? 'true' : 'false'} aria-controls="menu-programme">
          ${msg('Add to calendar', { desc: 'Button that opens the menu of calendar files' })}
        </button>
        ${state.menu === 'programme' ? state.menuContent : nothing}
      </div>
    </div>
    ${
      sample === undefined
        ? nothing
        : html`<p part="zone-note">
            ${
              state.zone
                ? msg(str`Times in your time zone (${readerZone}).`, { desc: 'Note above the programme; the value is the short zone name' })
                : msg(str`Times in the conference’s local time (${conferenceZone}).`, {
                    desc: 'Note above the programme; the value is the short zone name, such as MSK or GMT+3',
                  })
            }
          </p>`
    }`;
}
