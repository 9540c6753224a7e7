import { msg, str } from '../i18n/msg.js';
import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import { formatCount, formatYearsCount } from '../i18n/counts.js';
import { collator, formatCalendarDate, formatDaysFromNow, plural } from '../i18n/format.js';
import { formatFounding, otherDates } from '../i18n/founding.js';
import { currentLanguage, type WidgetTranslations } from '../i18n/language.js';
import type { Feed } from '../feed/model.js';
import { FEED_VERSION, type PartnershipDate } from '../feed/schema.js';
import { localise, paragraphs, textLanguage } from '../feed/text.js';
import type { Day } from '../feed/dates.js';
import { validateFeed } from '../feed/validate.js';
import { today } from '../shared/clock.js';
import { ClockController } from '../shared/clock-controller.js';
import { headingTag } from '../shared/heading.js';
import { inOwnLanguage } from '../shared/own-language.js';
import { StaedtepartnerElement } from '../shared/staedtepartner-element.js';
import { countJubilees, listJubilees, type Jubilee, type JubileeGroup, type JubileeQuery } from './anniversaries.js';
import type { FirstEntries } from './first-entries.js';
import { jubileeListStyles } from './jubilee-list.styles.js';

/**
 * Partnerships shown at first, and added by "Show more": a feed with 25,000
 * partnerships has about 2,000 jubilees a year, and laying them all out at
 * once blocks the page for seconds. Printing shows them all.
 */
export const JUBILEE_BATCH = 100;

/** The first-entries chunk (first-entries.ts), asked for when a list first connects; until it is in, every feed is validated whole at once. */
let firstEntriesModule: typeof import('./first-entries.js') | undefined;
let firstEntriesLoading: Promise<unknown> | undefined;
export function firstEntriesReady(): Promise<unknown> {
  return (firstEntriesLoading ??= import('./first-entries.js').then(
    (module) => (firstEntriesModule = module),
    () => undefined,
  ));
}

/** A feed of two cities and one partnership, with the fields most items have (prepareFormats). */
const WARM_UP = {
  version: FEED_VERSION,
  cities: [
    { id: 'a', name: 'A', country: 'DE', lat: 50, lon: 8 },
    { id: 'b', name: { en: 'B', ru: 'Б' }, country: 'RU', lat: 55, lon: 37, kind: 'district' },
  ],
  partnerships: [{ id: 'a--b', cities: ['a', 'b'], since: '2000-01-02' }],
};

let warmedUp: Promise<void> | undefined;

/** Resolves once the validation's and listing's code has run on WARM_UP (prepareFormats; tests count the work after it). */
export function warmUpDone(): Promise<void> {
  return warmedUp ?? Promise.resolve();
}

/**
 * What a list's first entries need, made while the page is idle after a list connects (a feed
 * is being downloaded, or not set yet), not when the feed arrives: the collator that sorts the
 * names and the founding dates' formats at each precision take 5–15 ms to make, once per page
 * and language; the first local date (the time zone's rules, 1–4 ms); and, once per page, the
 * validation's and listing's code, which the engine compiles when it first runs (1–2 ms of
 * the first entries' script): here on a feed of two cities. A task where there is no requestIdleCallback.
 */
function prepareFormats(): void {
  const first = !warmedUp;
  let done = () => {};
  if (first) warmedUp = new Promise((resolve) => (done = resolve));
  const prepare = () => {
    try {
      const language = currentLanguage();
      const day = today();
      collator(language);
      for (const precision of ['year', 'day'] as const) formatCalendarDate({ year: 2000, month: 1, day: 1, precision }, language);
      // A month, and the month's name a season takes the place of ("summer 1991": founding.ts).
      formatFounding({ year: 2000, precision: 'year' }, '-', language);
      if (!first) return;
      const warm = validateFeed(WARM_UP);
      if (warm.ok) touchShown(listJubilees(warm.feed, { year: 2025, step: 5 }, day, language).groups, JUBILEE_BATCH);
    } catch (error) {
      // Only a head start: the first entries make all of it themselves.
      console.error('[staedtepartner-widgets] <jubilee-list> could not prepare its formats', error);
    } finally {
      done();
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(prepare, { timeout: 1000 });
  else setTimeout(prepare, 16);
}

/** What a listing depends on besides the feed: the query, and the language and day its texts are in. */
function listingKey(query: JubileeQuery, language: string, day: Day): string {
  return `${JSON.stringify(query)}|${language}|${day.year}-${day.month}-${day.day}`;
}

/**
 * @tag jubilee-list
 * @summary Partnerships that celebrate a round anniversary in a year, grouped by age.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart summary - The sentence that counts the jubilees.
 * @csspart undated - How many partnerships are left out because the feed gives no founding date.
 * @csspart group - One anniversary group (e.g. all 30-year partnerships).
 * @csspart group-heading - The heading of a group ("30 years").
 * @csspart list - The list of a group's partnerships.
 * @csspart entry - One partnership.
 * @csspart cities - The two city names of an entry.
 * @csspart details - The founding date and other dates of an entry.
 * @csspart countdown - "today" / "in 12 days", when the anniversary is still ahead.
 * @csspart notes - An entry's notes.
 * @csspart more - With more than 100 jubilees, below those shown: how many are shown ("100 of 1,951 shown").
 * @csspart show-more - Its button that shows the next 100.
 * @csspart status - The loading indicator.
 * @csspart empty - The message shown when no partnership has a round anniversary.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--jubilee-list-accent=var(--sp-color-accent)] - Colour of the group headings.
 * @cssproperty [--jubilee-list-gap=var(--sp-space)] - Space between entries.
 *
 * @fires {CustomEvent<FeedReadyDetail>} feed-ready - The feed is loaded; `detail.warnings` lists what was dropped from it.
 * @fires {CustomEvent<FeedErrorDetail>} feed-error - The feed cannot be shown; `detail.failure` says why.
 */
export class JubileeList extends StaedtepartnerElement {
  static override styles = [...StaedtepartnerElement.styles, jubileeListStyles];

  static override translations: WidgetTranslations = {
    group: 'jubilee-list',
    de: () => import('../generated/locales/de/jubilee-list.js'),
    ru: () => import('../generated/locales/ru/jubilee-list.js'),
  };

  static override properties: PropertyDeclarations = {
    year: { type: Number },
    step: { type: Number },
    city: {},
    country: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    shown: { state: true },
    printing: { state: true },
  };

  /** The year whose anniversaries are listed; default: the current year. */
  year?: number | undefined;

  /** Anniversaries are multiples of this many years: 10 lists 10, 20, 30 …; 5 adds 15, 25 …. */
  step = 10;

  /** Only the partnerships of this city id (from the feed); that city is named first. */
  city?: string | undefined;

  /** Only partnerships with a city in this country (ISO 3166-1 alpha-2, e.g. `DE`). */
  country?: string | undefined;

  /** Level of the group headings (2–6), to fit the host page's outline. */
  headingLevel: number = 3;

  /** How many jubilees are shown (all of them while printing). */
  private shown = JUBILEE_BATCH;
  private printing = false;

  /** The first entries of a large `feed` object, shown while the whole is validated (see feedLater); `key`: listingKey. */
  #preview?: FirstEntries & { feed: unknown; key: string };

  /** Whether this update lists another feed or query (at New Year without `year`, another year) than the last: see update(). */
  #fresh = false;

  /** The jubilees of this update, worked out in willUpdate once per feed, query, language and day (not on every render). */
  private listed?: { feed: Feed; list: string; texts: string; groups: JubileeGroup[]; count: number; undated: number };

  constructor() {
    super();
    // Left open over midnight: the countdowns, and at New Year the year without `year`, follow the day.
    new ClockController(this, { needed: () => this.#followsDay(), daily: true });
  }

  readonly #onPrint = (event: Event) => {
    this.printing = event.type === 'beforeprint';
    // Printing starts right after this event: render every entry now.
    if (this.printing && this.isUpdatePending) this.performUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    void firstEntriesReady();
    prepareFormats();
    window.addEventListener('beforeprint', this.#onPrint);
    window.addEventListener('afterprint', this.#onPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#onPrint);
    window.removeEventListener('afterprint', this.#onPrint);
  }

  /** The `year` attribute or property, if it is a year. */
  get #givenYear(): number | undefined {
    const year = Number(this.year);
    return Number.isInteger(year) && year > 0 && year < 10_000 ? year : undefined;
  }

  private get effectiveYear(): number {
    return this.#givenYear ?? today().year;
  }

  /**
   * Whether what the list shows changes with the day: the year is today's (no `year`), a year
   * still ahead (its countdowns start on its New Year's Day), or this year with countdowns shown.
   */
  #followsDay(): boolean {
    const listed = this.feedState.status === 'ready' && this.listed;
    if (!listed) return false;
    const year = this.#givenYear;
    const now = today().year;
    if (year === undefined || year > now) return true;
    if (year < now) return false;
    // This year: while one of the shown entries counts down (the groups after them are not read).
    let left = this.printing ? listed.count : this.shown;
    for (const group of listed.groups) {
      if (left <= 0) break;
      if (group.jubilees.slice(0, left).some((jubilee) => jubilee.daysUntil !== undefined)) return true;
      left -= group.size;
    }
    return false;
  }

  get #effectiveStep(): number {
    const step = Number(this.step);
    return Number.isInteger(step) && step > 0 ? step : 10;
  }

  private query(): JubileeQuery {
    // A city id with spaces around it (a CMS field) as the country: trimmed.
    return { year: this.effectiveYear, step: this.#effectiveStep, city: this.city?.trim(), country: this.country };
  }

  /** The jubilees of the feed for the current query, language and day; worked out again only when one of them changed. */
  #jubileesOf(feed: Feed): { groups: JubileeGroup[]; count: number; undated: number; fresh: boolean } {
    const language = currentLanguage();
    const day = today();
    const query = this.query();
    const list = JSON.stringify(query);
    const texts = `${language}|${day.year}-${day.month}-${day.day}`;
    const listed = this.listed;
    if (listed?.feed === feed && listed.list === list && listed.texts === texts) return { ...listed, fresh: false };
    if (query.city && !feed.cityById.has(query.city)) {
      console.warn(`[staedtepartner-widgets] <jubilee-list city="${query.city}">: the feed has no city with that id`);
    }
    const { groups, undated } = listJubilees(feed, query, day, language);
    this.listed = { feed, list, texts, groups, count: countJubilees(groups), undated };
    // Another feed or query starts again with the first batch; another language or day keeps what is shown. The
    // first listing (after the first entries of a large feed, the same) is not another.
    return { ...this.listed, fresh: !!listed && (listed.feed !== feed || listed.list !== list) };
  }

  /**
   * A large `feed` object (first-entries.ts): the partnerships of the first groups are validated
   * alone and their entries shown at once; the whole feed is validated in steps once they are
   * painted, and the summary, the undated note and "Show more" come with it. Same entries either way,
   * but where the feed uses a partnership id twice: then an entry the whole feed drops may show
   * until it is validated (the list is `aria-busy` until then).
   */
  protected override feedLater(): Promise<void> | undefined {
    const language = currentLanguage();
    const day = today();
    const query = this.query();
    const first = firstEntriesModule?.firstEntriesLater(this.feed, query, JUBILEE_BATCH, {
      version: FEED_VERSION,
      validate: validateFeed,
      list: (feed) => listJubilees(feed, query, day, language).groups,
    });
    this.#preview = first && { ...first, feed: this.feed, key: listingKey(query, language, day) };
    return first?.painted;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const state = this.feedState;
    if (state.status !== 'loading') this.#preview = undefined;
    if (state.status !== 'ready') {
      // The first entries' groups are made and sorted here, as below.
      if (this.#preview) touchShown(this.#preview.groups, JUBILEE_BATCH);
      return;
    }
    const listing = this.#jubileesOf(state.feed);
    if ((this.#fresh = listing.fresh)) this.shown = JUBILEE_BATCH;
    // The groups the shown entries reach are made and sorted here, before render; the others never.
    touchShown(listing.groups, this.printing ? listing.count : this.shown);
  }

  /**
   * An entry whose countdown comes or goes (a day later) gets the other template (renderJubilee),
   * and Lit makes its element anew: the focus on it goes to the new element at the same place, in
   * the same update (nothing is kept between updates, and plain entries keep their small template).
   */
  protected override update(changed: PropertyValues<this>): void {
    const root = this.shadowRoot!;
    const focused = root.activeElement;
    // Nothing to keep (and no entries to read) unless an entry or "Show more" has the focus.
    if (!focused?.matches('[part~=entry],[part~=show-more]')) return super.update(changed);
    const at = [...root.querySelectorAll('[part~=entry]')].indexOf(focused);
    super.update(changed);
    // "Show more" gone after its last batch: to the first entry it added (as #showMore does next). At New Year (without
    // `year`) the list starts again with the first batch: the focus on an entry (gone, or in its place another
    // partnership) or on "Show more" goes to the summary, which names the new year.
    const next = at < 0 && this.shown > JUBILEE_BATCH ? this.shown - JUBILEE_BATCH : at;
    if (this.#fresh || !focused.isConnected)
      ((!this.#fresh && root.querySelectorAll<HTMLElement>('[part~=entry]')[next]) || root.querySelector<HTMLElement>('[part~=summary]'))?.focus();
  }

  /** The next batch; the focus goes to the first entry it adds. */
  async #showMore(): Promise<void> {
    const first = this.shown;
    this.shown += JUBILEE_BATCH;
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~=entry]')[first]?.focus();
  }

  /** While a large feed is validated: its first entries, if they were worked out for this query, language and day. */
  protected override renderLoading(announce?: boolean): TemplateResult {
    const preview = this.#preview;
    const language = currentLanguage();
    return preview && preview.feed === this.feed && preview.key === listingKey(this.query(), language, today())
      ? this.#renderListing(preview.groups, preview.count, nothing, false, language)
      : super.renderLoading(announce);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const language = currentLanguage();
    const year = this.effectiveYear;
    if (feed.partnerships.length === 0 && feed.dropped.partnerships > 0) return this.renderEmpty(droppedPartnerships(feed.dropped.partnerships, language));
    const { groups, count, undated } = this.#jubileesOf(feed);
    const undatedNote = undated > 0 ? html`<p part="undated">${undatedNoteText(undated, language)}</p>` : nothing;
    if (count === 0) {
      return html`${this.renderEmpty(
        msg(str`No partnership celebrates a round anniversary in ${year}.`, { desc: 'Empty state of the jubilee list; the value is a year' }),
      )}${undatedNote}`;
    }
    return this.#renderListing(
      groups,
      count,
      html`<p part="summary" tabindex="-1">${summaryText(count, year, language)}</p>
        ${undatedNote}`,
      true,
      language,
    );
  }

  /**
   * The shown entries of `groups` under `head`; with `whole` false (the first entries of a feed
   * not yet validated whole) the first batch only, and without "n of m shown" and its button.
   */
  #renderListing(groups: JubileeGroup[], count: number, head: TemplateResult | typeof nothing, whole: boolean, language: string): TemplateResult {
    const shown = this.printing && whole ? count : Math.min(whole ? this.shown : JUBILEE_BATCH, count);
    // Each group gets the part of the shown range that falls into it, by the position of its first entry;
    // a group after it is not read at all (its entries are made and sorted when first read).
    let start = 0;
    const parts = groups.map((group) => {
      const part = { group, start, end: Math.min(group.size, shown - start) };
      start += group.size;
      return part;
    });
    const number = (value: number) => formatCount(value, language);
    return html`
      ${head} ${parts.filter(({ end }) => end > 0).map(({ group, end }) => this.#renderGroup(group, end, language))}
      ${
        whole && shown < count
          ? html`<p part="more">
              <span
                >${msg(str`${number(shown)} of ${number(count)} shown`, { id: 'jubilee-shown-of', desc: 'Below a long list of jubilees shown a part at a time: how many of all are on the page, e.g. "100 of 1,951 shown"' })}</span
              >
              <button type="button" part="show-more" @click=${this.#showMore}>
                ${msg('Show more partnerships', { id: 'jubilee-show-more', desc: 'Button below a long list of jubilees: shows the next ones' })}
              </button>
            </p>`
          : nothing
      }
    `;
  }

  /** A group with its first `to` entries. */
  #renderGroup(group: JubileeGroup, to: number, language: string): TemplateResult {
    const tag = headingTag(this.headingLevel, 3);
    const headingId = `jubilee-${group.years}`;
    return html`<section part="group" aria-labelledby=${headingId}>
      ${staticHtml`<${tag} part="group-heading" id=${headingId}>${formatYearsCount(group.years, language)}</${tag}>`}
      <ul part="list" role="list">
        ${group.jubilees.slice(0, to).map((jubilee) => this.#renderJubilee(jubilee, language))}
      </ul>
    </section>`;
  }

  /**
   * One entry. Most have only their cities and founding date: those get a template with five
   * text parts and one attribute (a list of 100 entries is about 600 parts instead of 1,000);
   * the countdown, other dates and notes come in a second template, only where an entry has one.
   */
  #renderJubilee(jubilee: Jubilee, language: string): TemplateResult {
    const { partnership, languages } = jubilee;
    // A name in another language than the list's is marked with its lang (rare: most entries keep two plain strings).
    const [first, second] = languages ? jubilee.names.map((text, i) => inOwnLanguage(text, jubilee.cities[i]!.name, languages[i], language)) : jubilee.names;
    const and = msg('and', { desc: 'Between two city names, read by screen readers only' });
    // The dash after the first city follows a no-break space (U+00A0): it ends a line, never begins one.
    const since = msg('Partners since', { desc: 'Label before the founding date (a nominative date follows)' });
    const sinceText = formatFounding(jubilee.since, localise(partnership.sinceQualifier, language), language);
    const notes = partnership.notes === undefined ? [] : paragraphs(localise(partnership.notes, language));
    const notesLanguage = textLanguage(partnership.notes, language) ?? nothing;
    if (jubilee.daysUntil === undefined && !partnership.dates?.length && notes.length === 0) {
      return html`<li part="entry" tabindex="-1">
        <p part="cities"><span>${first}</span><span aria-hidden="true"> – </span><span class="visually-hidden">${and}</span> <span>${second}</span></p>
        <dl part="details">
          <div>
            <dt>${since}</dt>
            <dd><time datetime=${partnership.since}>${sinceText}</time></dd>
          </div>
        </dl>
      </li>`;
    }
    // "in 12 days", while the anniversary is still ahead.
    const when = jubilee.daysUntil !== undefined && formatDaysFromNow(jubilee.daysUntil, language);
    return html`<li part="entry" tabindex="-1">
      <p part="cities"><span>${first}</span><span aria-hidden="true"> – </span><span class="visually-hidden">${and}</span> <span>${second}</span></p>
      <dl part="details">
        <div>
          <dt>${since}</dt>
          <dd>
            <time datetime=${partnership.since}>${sinceText}</time>
            ${
              when
                ? html`<span part="countdown"
                    >(${msg(str`anniversary ${when}`, { desc: 'Value is "today", "tomorrow" or "in 12 days" (Intl.RelativeTimeFormat)' })})</span
                  >`
                : nothing
            }
          </dd>
        </div>
        ${otherDates(partnership.dates, language, dateKind)}
      </dl>
      ${notes.map((text) => html`<p part="notes" class="lines" lang=${notesLanguage}>${text}</p>`)}
    </li>`;
  }
}

/** The label of a partnership's other date without a label of its own (the map has its own copy, see partnership-map/texts.ts). */
function dateKind(kind: PartnershipDate['kind']): string {
  return kind === 'signed'
    ? msg('Signed', { desc: 'Label before the date a partnership treaty was signed' })
    : kind === 'reaffirmed'
      ? msg('Reaffirmed', { desc: 'Label before the date a partnership was reaffirmed' })
      : msg('Also', { desc: 'Label before another date of a partnership' });
}

/** Makes and sorts the entries of the groups that the first `shown` entries reach; the others are never read. */
function touchShown(groups: readonly JubileeGroup[], shown: number): void {
  let reached = 0;
  for (const group of groups) {
    if (reached >= shown) break;
    void group.jubilees;
    reached += group.size;
  }
}

/** "No partnerships can be shown: 3 entries were left out because they are invalid. …" (the map has its own copy, see partnership-map/texts.ts). */
export function droppedPartnerships(count: number, language: string): string {
  const n = formatCount(count, language);
  return plural(
    count,
    {
      one: msg(str`No partnerships can be shown: ${n} entry was left out because it is invalid. The browser console has the details.`, {
        id: 'jubilee-dropped-one',
        desc: 'Plural form "one": the feed listed partnerships, but every one was invalid and dropped; the value is how many were dropped',
      }),
      few: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'jubilee-dropped-few',
        desc: 'Plural form "few" (e.g. ru 2–4): the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
      many: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'jubilee-dropped-many',
        desc: 'Plural form "many" (e.g. ru 5–20): the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
      other: msg(str`No partnerships can be shown: ${n} entries were left out because they are invalid. The browser console has the details.`, {
        id: 'jubilee-dropped-other',
        desc: 'Plural form "other": the feed listed partnerships, but every one was invalid and dropped; the value is how many',
      }),
    },
    language,
  );
}

/** "2,213 partnerships celebrate a round anniversary in 2021.": the count grouped as the language writes numbers, the year as it is. */
export function summaryText(count: number, year: number, language: string): string {
  const n = formatCount(count, language);
  return plural(
    count,
    {
      one: msg(str`${n} partnership celebrates a round anniversary in ${year}.`, {
        id: 'jubilee-summary-one',
        desc: 'Plural form "one"; values: count, year',
      }),
      few: msg(str`${n} partnerships celebrate a round anniversary in ${year}.`, {
        id: 'jubilee-summary-few',
        desc: 'Plural form "few" (e.g. ru 2–4); values: count, year',
      }),
      many: msg(str`${n} partnerships celebrate a round anniversary in ${year}.`, {
        id: 'jubilee-summary-many',
        desc: 'Plural form "many" (e.g. ru 5–20); values: count, year',
      }),
      other: msg(str`${n} partnerships celebrate a round anniversary in ${year}.`, {
        id: 'jubilee-summary-other',
        desc: 'Plural form "other"; values: count, year',
      }),
    },
    language,
  );
}

/** "2 partnerships without a founding date are not listed.": those the list leaves out, as no anniversary can be worked out for them. */
export function undatedNoteText(count: number, language: string): string {
  const n = formatCount(count, language);
  return plural(
    count,
    {
      one: msg(str`${n} partnership without a founding date is not listed.`, {
        id: 'jubilee-undated-one',
        desc: 'Plural form "one": partnerships the jubilee list leaves out because the feed gives no founding date; value: count',
      }),
      few: msg(str`${n} partnerships without a founding date are not listed.`, {
        id: 'jubilee-undated-few',
        desc: 'Plural form "few" (e.g. ru 2–4): partnerships the jubilee list leaves out because the feed gives no founding date; value: count',
      }),
      many: msg(str`${n} partnerships without a founding date are not listed.`, {
        id: 'jubilee-undated-many',
        desc: 'Plural form "many" (e.g. ru 5–20): partnerships the jubilee list leaves out because the feed gives no founding date; value: count',
      }),
      other: msg(str`${n} partnerships without a founding date are not listed.`, {
        id: 'jubilee-undated-other',
        desc: 'Plural form "other": partnerships the jubilee list leaves out because the feed gives no founding date; value: count',
      }),
    },
    language,
  );
}
