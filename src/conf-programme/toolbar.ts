/**
 * The programme's toolbar: search, kind and track filters, "my programme", the time-zone
 * switch, "jump to now" and the calendar menu, with the note on which time
 * zone the times are in. The element owns the state and passes its actions.
 */
import { msg, str } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionKind } from '../feed/schema.js';
import { currentLanguage } from '../i18n/language.js';
import { localise } from '../feed/text.js';
import { readerTimeZone, type Programme } from './programme.js';
import { countText, kindLabel, zoneName } from './texts.js';

/** The search words, and the kind and track chosen. */
export interface FilterChoice {
  readonly query: string;
  readonly kind: SessionKind | '';
  /** The id of the track chosen in the filter, or ''. */
  readonly track: string;
}

export interface ToolbarState extends FilterChoice {
  readonly programme: Programme;
  readonly onlyFavourites: boolean;
  /** How many favourites the reader has. */
  readonly favourites: number;
  /** The reader's zone while times are shown in it. */
  readonly zone?: string;
  readonly canSwitchZone: boolean;
  /** The starts of the first and the last timed session (programme.ts `timedStarts`). */
  readonly starts: readonly number[];
  readonly canJumpToNow: boolean;
  /** The open menu: `programme`, or a session's id. */
  readonly menu?: string;
  /** The open menu's content (menu.ts). */
  readonly menuContent?: unknown;
  readonly now: number;
  /** At a narrow width the search, filters and switches are behind one button: whether they are shown. */
  readonly toolsOpen: boolean;
}

export interface ToolbarActions {
  search(query: string): void;
  chooseKind(kind: SessionKind | ''): void;
  chooseTrack(track: string): void;
  toggleFavourites(): void;
  toggleLocalTime(): void;
  jumpToNow(): void;
  toggleTools(): void;
}

/** A filter's menu (`kind-filter`, `track-filter`): "All …" and each choice; none for fewer than two choices. */
function filterMenu(
  name: string,
  label: string,
  all: string,
  chosen: string,
  choices: readonly (readonly [value: string, text: string])[],
  choose: (value: string) => void,
): TemplateResult | typeof nothing {
  return choices.length > 1
    ? html`<label class=${name}>
        <span>${label}</span>
        <select part="${name}-filter" @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
          <option value="" .selected=${chosen === ''}>${all}</option>
          ${choices.map(([value, text]) => html`<option value=${value} .selected=${chosen === value}>${text}</option>`)}
        </select>
      </label>`
    : nothing;
}

export function renderToolbar(state: ToolbarState, actions: ToolbarActions): TemplateResult {
  const { programme } = state;
  const language = currentLanguage();
  const timed = state.starts.length > 0;
  // A zone's names at the first and the last session: a conference across a clock change names both ("CEST/CET").
  const names = (zone: string) => [...new Set((timed ? state.starts : [state.now]).map((at) => zoneName(zone, at, language)))].join('/');
  const readerZone = names(readerTimeZone());
  const conferenceZone = timed ? names(programme.timeZone) : '';
  return html`<div part="toolbar" class=${state.toolsOpen ? 'toolbar open' : 'toolbar'}>
      <button part="tools" class="tools" type="button" aria-expanded=${state.toolsOpen ? 'true' : 'false'} @click=${actions.toggleTools}>
        ${msg('Search, filters and more', {
          desc: 'At a narrow width, the button that shows and hides the search, the filters, the time-zone switch and the calendar menu of the programme',
        })}
      </button>
      <label class="search">
        <span>${msg('Search the programme', { desc: 'Label of the programme search field' })}</span>
        <input part="search" type="search" .value=${state.query} @input=${(event: Event) => actions.search((event.target as HTMLInputElement).value)} />
      </label>
      ${filterMenu(
        'kind',
        msg('Kind', { desc: 'Label of the session kind filter' }),
        msg('All kinds', { desc: 'Kind filter: no filter' }),
        state.kind,
        programme.kinds.map((kind) => [kind, kindLabel(kind)]),
        actions.chooseKind as (value: string) => void,
      )}
      ${filterMenu(
        'track',
        msg('Track', { desc: 'Label of the filter by track (a strand of the programme, such as "Youth" or "Culture")' }),
        msg('All tracks', { desc: 'Track filter: no filter' }),
        state.track,
        programme.tracks.map((track) => [track.id, localise(track.name, language)]),
        actions.chooseTrack,
      )}
      <button
        part="favourites-filter"
        id="favourites-filter"
        type="button"
        aria-pressed=${state.onlyFavourites ? 'true' : 'false'}
        @click=${actions.toggleFavourites}
      >
        <span aria-hidden="true">★</span>
        ${msg(str`Only my programme (${countText(state.favourites, language)})`, { desc: 'Toggle filter: only sessions the reader starred; the value is how many' })}
      </button>
      ${
        state.canSwitchZone
          ? html`<button part="time-zone" type="button" aria-pressed=${state.zone ? 'true' : 'false'} @click=${actions.toggleLocalTime}>
              ${msg(str`Show my local time (${readerZone})`, { desc: 'Toggle: show times in the reader’s time zone; the value is its short name' })}
            </button>`
          : nothing
      }
      ${
        state.canJumpToNow
          ? html`<button part="jump-to-now" type="button" @click=${actions.jumpToNow}>
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
      // Without the conference's zone its times are shown as written: no zone can be named as the conference's.
      !timed || !programme.conference.timeZone
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
