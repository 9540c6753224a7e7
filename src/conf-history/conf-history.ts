import { msg, str } from '../i18n/msg.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { Feed } from '../feed/model.js';
import { localise, safeHref, textLanguage } from '../feed/text.js';
import { countryName, formatList, numberFormat, plural } from '../i18n/format.js';
import { currentLanguage, type WidgetTranslations } from '../i18n/language.js';
import { currentTime } from '../shared/clock.js';
import { ClockController } from '../shared/clock-controller.js';
import { END_OF_TIME, statusAt, todayIn } from '../shared/conference.js';
import { dateRangeTemplate, ordinalLabel, statusText } from '../shared/conference-text.js';
import { headingTag } from '../shared/heading.js';
import { StaedtepartnerElement } from '../shared/staedtepartner-element.js';
import { confHistoryStyles } from './conf-history.styles.js';
import { historyOf, historyOrder, markedConference, yearBound, yearSpan, type HistoryEntry, type HistoryMark, type HostCountry } from './history.js';

/**
 * A long series is shown this many conferences at a time (the batch with the
 * marked one first), with buttons for the ones before and after: a feed with
 * thousands of conferences must not lay out thousands of entries at once.
 */
export const HISTORY_BATCH = 100;

/**
 * A place whose hyphenated words keep together ("Baden-Baden", "Ротенбург-на-Таубере"):
 * in a narrow column a line breaks between words, not at a hyphen inside a name.
 */
function unbrokenAtHyphens(text: string): (string | TemplateResult)[] {
  return text.split(/(\S+-\S+)/).map((piece, index) => (index % 2 === 1 ? html`<span class="word">${piece}</span>` : piece));
}

/**
 * @tag conf-history
 * @summary The conference series through the years as an ordered timeline, with the current, next or latest conference marked.
 *
 * The mark is chosen from the whole series: the conference running now, else
 * the next one, else the latest; filters only decide what is listed.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart summary - How many conferences the timeline lists, and from which years ("9 conferences, 2005–2021").
 * @csspart shown-range - With more than 100 conferences, which of them are shown ("Shown: 101–200 of 2,000").
 * @csspart show-previous - The button that shows the 100 conferences before those shown.
 * @csspart show-next - The button that shows the 100 conferences after those shown.
 * @csspart frame - The box whose width picks the layout: rows when wide, a vertical line when narrow.
 * @csspart timeline - The ordered list of conferences.
 * @csspart entry - One conference.
 * @csspart marked - Also on the entry of the current, next or latest conference.
 * @csspart entry-heading - Ordinal and year of a conference.
 * @csspart ordinal - The Roman ordinal ("XVI.").
 * @csspart title - The title, shown instead of the ordinal for a conference without one (an imported schedule).
 * @csspart year - The year.
 * @csspart badge - "Current", "Next" or "Latest conference" on the marked conference.
 * @csspart state - "Running now (day 2 of 3)" / "Begins in 23 days" on the marked conference.
 * @csspart place - Host cities and country.
 * @csspart dates - The dates, at the precision the feed knows them.
 * @csspart motto - The motto.
 * @csspart participants - The number of participants.
 * @csspart links - The list of a conference's links.
 * @csspart link - One link.
 * @csspart status - The loading indicator.
 * @csspart empty - The message shown when no conference matches.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--conf-history-accent=var(--sp-color-accent)] - Ordinals, dots and the badge.
 * @cssproperty [--conf-history-line=var(--sp-color-border)] - The line of the timeline.
 * @cssproperty [--conf-history-gap=var(--sp-space)] - Space between conferences.
 *
 * @fires {CustomEvent<FeedReadyDetail>} feed-ready - The feed is loaded; `detail.warnings` lists what was dropped from it.
 * @fires {CustomEvent<FeedErrorDetail>} feed-error - The feed cannot be shown; `detail.failure` says why.
 */
export class ConfHistory extends StaedtepartnerElement {
  static override styles = [...StaedtepartnerElement.styles, confHistoryStyles];

  static override translations: WidgetTranslations = {
    group: 'conf-history',
    de: () => import('../generated/locales/de/conf-history.js'),
    ru: () => import('../generated/locales/ru/conf-history.js'),
  };

  static override properties: PropertyDeclarations = {
    order: {},
    from: { type: Number },
    to: { type: Number },
    country: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    shownFrom: { state: true },
    shownTo: { state: true },
  };

  /** `asc` (oldest first, the default) or `desc` (newest first). */
  order: 'asc' | 'desc' = 'asc';

  /** First year listed (inclusive); not a year: no limit. */
  from?: number | undefined;

  /** Last year listed (inclusive); not a year: no limit. */
  to?: number | undefined;

  /** Only conferences with a host city in this country (ISO 3166-1 alpha-2, e.g. `DE`). */
  country?: string | undefined;

  /** Level of the headings of the conferences (2–6), to fit the host page's outline. */
  headingLevel: number = 3;

  /** The entries shown: `shownFrom` (inclusive) to `shownTo` (exclusive), positions in the timeline. */
  private shownFrom = 0;
  private shownTo = HISTORY_BATCH;

  /** The timeline of this update, derived in willUpdate; `query` tells when the shown range starts afresh. */
  private timeline?: { feed: Feed; query: string; entries: HistoryEntry[] };

  constructor() {
    super();
    // Left open on the page: the mark, its state and the statuses follow each conference's own day.
    // Needed while what is shown now is not what will be shown for ever after; a tick redraws only when it changed.
    new ClockController(this, {
      needed: () => {
        const now = this.#shownAt(currentTime());
        return now !== '' && now !== this.#shownForEver();
      },
      shown: () => this.#shownAt(currentTime()),
    });
  }

  /** What is shown long after every conference, for the feed and query of the timeline: it does not change with the time, so it is worked out once for them. */
  #forEver?: { feed: Feed; query: string; shown: string };

  #shownForEver(): string {
    const { feed, query } = this.timeline!;
    if (this.#forEver?.feed !== feed || this.#forEver.query !== query) this.#forEver = { feed, query, shown: this.#shownAt(END_OF_TIME) };
    return this.#forEver.shown;
  }

  /**
   * What the time decides of what is shown at `now`: the mark, the state on it, and whether each
   * other conference listed is past (the participants' wording).
   */
  #shownAt(now: Date): string {
    const state = this.feedState;
    if (state.status !== 'ready' || this.timeline?.feed !== state.feed) return '';
    const marked = markedConference(state.feed.conferences, now);
    const today = todayIn(now);
    return JSON.stringify([
      marked?.conference.id,
      marked?.mark,
      this.timeline.entries.map(({ conference }) => {
        const status = statusAt(conference, now, today);
        return conference === marked?.conference ? status : status.kind === 'past';
      }),
    ]);
  }

  private query(): { order: 'asc' | 'desc'; from?: number; to?: number; country?: string } {
    return { order: historyOrder(this.order), from: yearBound(this.from), to: yearBound(this.to), country: this.country };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    if (state.status !== 'ready') return;
    const query = this.query();
    let entries: HistoryEntry[];
    try {
      entries = historyOf(state.feed, query, currentTime());
    } catch {
      // Render derives again, and shows the error state.
      this.timeline = undefined;
      return;
    }
    const key = JSON.stringify(query);
    if (this.timeline?.feed !== state.feed || this.timeline.query !== key) {
      // A new timeline opens on the batch with the marked conference.
      const marked = Math.max(
        0,
        entries.findIndex((entry) => entry.mark),
      );
      this.shownFrom = marked - (marked % HISTORY_BATCH);
      this.shownTo = this.shownFrom + HISTORY_BATCH;
    }
    this.timeline = { feed: state.feed, query: key, entries };
  }

  #showPrevious(): void {
    this.shownFrom = Math.max(0, this.shownFrom - HISTORY_BATCH);
    this.focusAfterUpdate(`entry-${this.shownFrom}`);
  }

  #showNext(): void {
    this.focusAfterUpdate(`entry-${this.shownTo}`);
    this.shownTo += HISTORY_BATCH;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const language = currentLanguage();
    const order = historyOrder(this.order);
    const entries = this.timeline?.feed === feed ? this.timeline.entries : historyOf(feed, this.query(), currentTime());
    const span = yearSpan(entries);
    if (!span) {
      return feed.conferences.length === 0
        ? this.renderNoConference(feed, msg('No conferences are listed yet.', { desc: 'Empty state of the conference history: the feed has no conferences' }))
        : this.renderEmpty(
            msg('No conference of the series matches this selection.', {
              desc: 'Empty state of the conference history: the years or the country chosen by the page exclude every conference',
            }),
          );
    }
    const total = entries.length;
    const from = Math.min(this.shownFrom, total);
    const to = Math.min(this.shownTo, total);
    const partial = from > 0 || to < total;
    const number = (value: number) => numberFormat({}, language).format(value);
    return html`
      <p part="summary">${summaryText(total, span, language)}</p>
      ${
        partial
          ? html`<p part="shown-range">
              ${msg(str`Shown: ${number(from + 1)}–${number(to)} of ${number(total)}`, {
                desc: 'Which conferences of a long timeline are shown, by position: "Shown: 101–200 of 2,000"',
              })}
            </p>`
          : nothing
      }
      ${
        from > 0
          ? html`<button part="show-previous" type="button" @click=${this.#showPrevious}>
              ${msg('Show previous conferences', { desc: 'Button above a long timeline: shows the conferences listed before those shown' })}
            </button>`
          : nothing
      }
      <div part="frame">
        <ol part="timeline" role="list" ?reversed=${order === 'desc'} start=${order === 'desc' ? total - from : from + 1}>
          ${entries.slice(from, to).map((entry, index) => this.#renderEntry(entry, language, from + index))}
        </ol>
      </div>
      ${
        to < total
          ? html`<button part="show-next" type="button" @click=${this.#showNext}>
              ${msg('Show more conferences', { desc: 'Button below a long timeline: shows the conferences listed after those shown' })}
            </button>`
          : nothing
      }
    `;
  }

  #renderEntry(entry: HistoryEntry, language: string, position: number): TemplateResult {
    const { conference, mark } = entry;
    const tag = headingTag(this.headingLevel, 3);
    const motto = localise(conference.motto, language);
    // A link whose label is empty in every language is left out: it would be an empty anchor.
    // Each label marked with its language where the feed has none in the reader's (WCAG 3.1.2).
    const links = (conference.links ?? []).flatMap(({ url, label }) => {
      const href = safeHref(url);
      const text = localise(label, language);
      return href && text ? [html`<li><a part="link" href=${href} lang=${textLanguage(label, language) ?? nothing}>${text}</a></li>`] : [];
    });
    return html`<li part=${mark ? 'entry marked' : 'entry'} id="entry-${position}" tabindex="-1" aria-current=${mark === 'current' ? 'true' : nothing}>
      ${staticHtml`<${tag} part="entry-heading">${this.#renderHeading(entry, language)}</${tag}>`} ${mark ? this.#renderMark(entry, mark, language) : nothing}
      ${entry.hosts.length > 0 ? html`<p part="place">${unbrokenAtHyphens(this.place(entry.hosts, language))}</p>` : nothing}
      ${this.#renderDates(entry, language)} ${motto ? html`<p part="motto" lang=${textLanguage(conference.motto, language) ?? nothing}>${motto}</p>` : nothing}
      ${conference.expectedParticipants ? html`<p part="participants">${participantsText(conference.expectedParticipants, entry.status.kind === 'past', language)}</p>` : nothing}
      ${
        links.length > 0
          ? html`<ul part="links" role="list">
              ${links}
            </ul>`
          : nothing
      }
    </li>`;
  }

  #renderHeading(entry: HistoryEntry, language: string): TemplateResult {
    const { conference, start } = entry;
    // The title is the same for most of the series: said to screen readers, not shown each time.
    // A conference without an ordinal (an imported schedule) shows its title instead.
    const title = localise(conference.title, language);
    // In the language it is in, where the feed has none in the reader's.
    const lang = textLanguage(conference.title, language) ?? nothing;
    return html`${
        conference.ordinal === undefined
          ? html`<span part="title" lang=${lang}>${title}</span>`
          : html`<span part="ordinal">${ordinalLabel(conference.ordinal)}</span> <span class="visually-hidden" lang=${lang}>${title}</span>`
      } <time part="year" datetime=${String(start.year).padStart(4, '0')}>${start.year}</time>`;
  }

  #renderMark(entry: HistoryEntry, mark: HistoryMark, language: string): TemplateResult {
    const badge =
      mark === 'current'
        ? msg('Current', { desc: 'Badge on the conference of the series that is taking place now' })
        : mark === 'next'
          ? msg('Next', { desc: 'Badge on the next conference of the series (a conference, grammatically feminine in ru)' })
          : msg('Latest conference', { desc: 'Badge on the most recent conference of the series, when none is ahead' });
    const { status } = entry;
    const showState = status.kind === 'running' || (status.kind === 'upcoming' && status.days !== undefined);
    return html`<p part="badge">${badge}</p>
      ${showState ? html`<p part="state">${statusText(status, language)}</p>` : nothing}`;
  }

  /** "Kaluga, Russia"; "Karlsruhe and Baden-Baden, Germany"; with cities in two countries, each with its country in brackets. */
  private place(hosts: HostCountry[], language: string): string {
    const list = (items: string[]) => formatList(items, language);
    const cities = (group: HostCountry) => list(group.cities.map((city) => localise(city.name, language)));
    if (hosts.length === 1) return `${cities(hosts[0])}, ${countryName(hosts[0].country, language)}`;
    return list(hosts.map((group) => `${cities(group)} (${countryName(group.country, language)})`));
  }

  #renderDates(entry: HistoryEntry, language: string): TemplateResult | typeof nothing {
    const { conference, start, end } = entry;
    // A conference known only by its year shows that year once, in the heading.
    if (start.precision === 'year' && (!end || (end.precision === 'year' && end.year === start.year))) return nothing;
    return html`<p part="dates">${dateRangeTemplate(conference.start, conference.end, language)}</p>`;
  }
}

/** "9 conferences, 2005–2021": how many are listed, and the years they span (exported for test/i18n/plural-forms.test.ts). */
export function summaryText(count: number, span: { first: number; last: number }, language: string): string {
  const n = numberFormat({}, language).format(count);
  const conferences = plural(
    count,
    {
      one: msg(str`${n} conference`, { id: 'conf-history-count-one', desc: 'Plural form "one" of the number of conferences listed' }),
      few: msg(str`${n} conferences`, { id: 'conf-history-count-few', desc: 'Plural form "few" (e.g. ru 2–4) of the number of conferences listed' }),
      many: msg(str`${n} conferences`, { id: 'conf-history-count-many', desc: 'Plural form "many" (e.g. ru 5–20) of the number of conferences listed' }),
      other: msg(str`${n} conferences`, { id: 'conf-history-count-other', desc: 'Plural form "other" of the number of conferences listed' }),
    },
    language,
  );
  // A word joiner after the dash: Firefox and WebKit would break "2005– / 2032".
  const years = span.first === span.last ? String(span.first) : `${span.first}–\u2060${span.last}`;
  return `${conferences}, ${years}`;
}

/** "700 participants" at a past conference, "200 participants expected" at a coming or running one. */
export function participantsText(count: number, past: boolean, language: string): string {
  const n = numberFormat({}, language).format(count);
  if (past) {
    return plural(
      count,
      {
        one: msg(str`${n} participant`, { id: 'conf-history-participants-one', desc: 'Plural form "one"; participants of a past conference' }),
        few: msg(str`${n} participants`, { id: 'conf-history-participants-few', desc: 'Plural form "few" (e.g. ru 2–4); participants of a past conference' }),
        many: msg(str`${n} participants`, {
          id: 'conf-history-participants-many',
          desc: 'Plural form "many" (e.g. ru 5–20); participants of a past conference',
        }),
        other: msg(str`${n} participants`, { id: 'conf-history-participants-other', desc: 'Plural form "other"; participants of a past conference' }),
      },
      language,
    );
  }
  return plural(
    count,
    {
      one: msg(str`${n} participant expected`, {
        id: 'conf-history-expected-one',
        desc: 'Plural form "one"; participants expected at a coming or running conference',
      }),
      few: msg(str`${n} participants expected`, {
        id: 'conf-history-expected-few',
        desc: 'Plural form "few" (e.g. ru 2–4); participants expected at a coming or running conference',
      }),
      many: msg(str`${n} participants expected`, {
        id: 'conf-history-expected-many',
        desc: 'Plural form "many" (e.g. ru 5–20); participants expected at a coming or running conference',
      }),
      other: msg(str`${n} participants expected`, {
        id: 'conf-history-expected-other',
        desc: 'Plural form "other"; participants expected at a coming or running conference',
      }),
    },
    language,
  );
}
