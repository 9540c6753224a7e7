import { msg } from '../i18n/msg.js';
import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { parseCalendarDate } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { Conference, LocalisedText, Organisation, Person, SideEvent } from '../feed/schema.js';
import { localise, paragraphs, safeHref, safeImageSrc, textLanguage } from '../feed/text.js';
import { countryName, formatCalendarDate, formatList, numberFormat } from '../i18n/format.js';
import { currentLanguage, type WidgetTranslations } from '../i18n/language.js';
import { currentTime } from '../shared/clock.js';
import { ClockController } from '../shared/clock-controller.js';
import { END_OF_TIME, findConference, statusAt, type ConferenceStatus } from '../shared/conference.js';
import { conferenceTitle, dateRangeTemplate, hostPlace, statusText, titleWithOrdinal } from '../shared/conference-text.js';
import { headingTag } from '../shared/heading.js';
import { StaedtepartnerElement } from '../shared/staedtepartner-element.js';
import { conferenceEntry, mainLink, registrationState, type RegistrationState } from './overview.js';
import { confOverviewStyles } from './conf-overview.styles.js';

/**
 * @tag conf-overview
 * @summary One conference at a glance: title, motto, dates, place, status against the clock,
 * registration, organisers, supporters, contacts, side events and a calendar file.
 *
 * @csspart base - The wrapper of everything the widget shows.
 * @csspart card - The conference.
 * @csspart title - The heading with ordinal and title.
 * @csspart motto - The motto.
 * @csspart conference-status - "Begins in 23 days" / "Running now (day 2 of 3)" / "Took place".
 * @csspart facts - The list of dates, place, participants, registration, online participation.
 * @csspart section - Each further section (organisers, supporters, contacts, side events, links).
 * @csspart section-heading - The heading of a section.
 * @csspart organisation - One organiser or supporter.
 * @csspart logo - An organisation's logo (none with `no-logos`).
 * @csspart contact - One contact person.
 * @csspart side-event - One side event, such as the youth forum.
 * @csspart calendar - The "Add to calendar" button.
 * @csspart link - The compact variant's link.
 * @csspart status - The loading indicator.
 * @csspart empty - The message when the feed has no such conference.
 * @csspart error - The error message box.
 * @csspart retry - The retry button of the error state.
 *
 * @cssproperty [--conf-overview-accent=var(--sp-color-accent)] - Title and status colour.
 * @cssproperty [--conf-overview-gap=var(--sp-space)] - Space between sections.
 *
 * @fires {CustomEvent<FeedReadyDetail>} feed-ready - The feed is loaded; `detail.warnings` lists what was dropped from it.
 * @fires {CustomEvent<FeedErrorDetail>} feed-error - The feed cannot be shown; `detail.failure` says why.
 * @fires {CustomEvent<CalendarDownloadDetail>} calendar-download - A calendar file was offered; `detail.conference` is the conference id.
 */
export class ConfOverview extends StaedtepartnerElement {
  static override styles = [...StaedtepartnerElement.styles, confOverviewStyles];

  static override translations: WidgetTranslations = {
    group: 'conf-overview',
    de: () => import('../generated/locales/de/conf-overview.js'),
    ru: () => import('../generated/locales/ru/conf-overview.js'),
  };

  static override properties: PropertyDeclarations = {
    conference: {},
    variant: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    noLogos: { type: Boolean, reflect: true, attribute: 'no-logos' },
    calendarBusy: { state: true },
    brokenLogos: { state: true },
  };

  /** The conference id from the feed; without it the running conference, else the next, else the last of the series. */
  conference?: string | undefined;

  /** `compact` for sidebars: heading, dates, place, status and one link. */
  variant: 'full' | 'compact' = 'full';

  /** Level of the conference heading (2–6); section headings are one level below. */
  headingLevel = 2;

  /**
   * Show organisations by name only, without their logos. Logos are the only
   * images the widgets load, and they come from whatever host the feed names;
   * with `no-logos` nothing is requested from those hosts.
   */
  noLogos = false;

  private calendarBusy = false;

  /** Logo addresses that failed to load: their organisations are shown by name. */
  private brokenLogos = new Set<string>();

  constructor() {
    super();
    // Left open on the page: the status, the conference shown and its registration follow the conference's own day.
    // Needed while what is shown now is not what will be shown for ever after; a tick redraws only when it changed.
    new ClockController(this, { needed: () => this.#shownAt(currentTime()) !== this.#shownAt(END_OF_TIME), shown: () => this.#shownAt(currentTime()) });
  }

  /** What the time decides of what is shown at `now`: which conference, its status, its registration. */
  #shownAt(now: Date): string {
    const state = this.feedState;
    const conference = state.status === 'ready' && findConference(state.feed.conferences, this.conference, now);
    if (!conference) return '';
    const status = statusAt(conference, now);
    return JSON.stringify([conference.id, status, registrationState(conference, now, status)?.kind]);
  }

  #heading(offset: number): StaticValue {
    return headingTag(this.headingLevel, 2, offset);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const conference = findConference(feed.conferences, this.conference, currentTime());
    if (!conference) {
      if (this.conference) console.warn(`[staedtepartner-widgets] <conf-overview conference="${this.conference}">: the feed has no conference with that id`);
      return this.renderNoConference(feed);
    }
    const language = currentLanguage();
    const now = currentTime();
    // Its own day: a conference runs until its day change after its last date. Once past, registration
    // is closed and there is no online link (`onlineUrl` is where to follow or join it, not a recording).
    const status = statusAt(conference, now);
    const registration = registrationState(conference, now, status);
    const online = status.kind === 'past' ? undefined : safeHref(conference.onlineUrl);
    return this.variant === 'compact'
      ? this.#renderCompact(conference, feed, language, status, registration, online)
      : this.#renderFull(conference, feed, language, status, registration, online);
  }

  #renderHeader(conference: Conference, language: string, status: ConferenceStatus): TemplateResult {
    const motto = localise(conference.motto, language);
    return html`
      ${staticHtml`<${this.#heading(0)} part="title" id="title" lang=${textLanguage(conference.title, language) ?? nothing}>${conferenceTitle(conference, language)}</${this.#heading(0)}>`}
      ${motto && this.variant !== 'compact' ? html`<p part="motto" lang=${textLanguage(conference.motto, language) ?? nothing}><q>${motto}</q></p>` : nothing}
      <p part="conference-status" class="status-${status.kind}">${statusText(status, language)}</p>
    `;
  }

  #renderDates(conference: Conference, language: string): TemplateResult {
    return html`${dateRangeTemplate(conference.start, conference.end, language)}`;
  }

  #renderPlace(conference: Conference, feed: Feed, language: string): string {
    const countries = [...new Set(conference.hostCities.map((id) => feed.cityById.get(id)?.country).filter((c): c is string => !!c))];
    const place = [hostPlace(conference, feed, language), countries.map((code) => countryName(code, language)).join(', ')].filter(Boolean).join(', ');
    const venue = localise(conference.venue, language);
    return [place, venue].filter(Boolean).join(' · ');
  }

  #renderCompact(
    conference: Conference,
    feed: Feed,
    language: string,
    status: ConferenceStatus,
    registration: RegistrationState | undefined,
    online: string | undefined,
  ): TemplateResult {
    const link = mainLink(conference, registration, online);
    const label =
      link?.kind === 'registration'
        ? msg('Register', { desc: 'Link to the registration form' })
        : link?.kind === 'online'
          ? msg('Take part online', { desc: 'Link to online participation' })
          : link
            ? localise(link.label, language) || msg('More information', { desc: 'Generic link label' })
            : '';
    const place = this.#renderPlace(conference, feed, language);
    return html`<article part="card" class="compact" aria-labelledby="title">
      ${this.#renderHeader(conference, language, status)}
      <p class="when-where">${this.#renderDates(conference, language)}${place ? html`<br />${place}` : nothing}</p>
      ${link ? html`<a part="link" href=${link.href} lang=${(link.kind === 'link' && textLanguage(link.label, language)) || nothing}>${label}</a>` : nothing}
    </article>`;
  }

  #renderFull(
    conference: Conference,
    feed: Feed,
    language: string,
    status: ConferenceStatus,
    registration: RegistrationState | undefined,
    online: string | undefined,
  ): TemplateResult {
    const organisers = (conference.organisers ?? []).map((id) => feed.organisationById.get(id)).filter((o): o is Organisation => !!o);
    const supporters = (conference.supporters ?? []).map((id) => feed.organisationById.get(id)).filter((o): o is Organisation => !!o);
    const contacts = (conference.contacts ?? []).map((id) => feed.personById.get(id)).filter((p): p is Person => !!p);
    // Each label marked with its language where the feed has none in the reader's (WCAG 3.1.2).
    const links = (conference.links ?? []).flatMap(({ url, label }) => {
      const href = safeHref(url);
      return href ? [{ href, label: localise(label, language), lang: textLanguage(label, language) }] : [];
    });
    const participants = conference.expectedParticipants;
    const canExport = parseCalendarDate(conference.start)?.precision === 'day';
    // An imported schedule may name neither host city nor venue: then there is no place row.
    const place = this.#renderPlace(conference, feed, language);
    return html`<article part="card" aria-labelledby="title">
      ${this.#renderHeader(conference, language, status)}
      <dl part="facts">
        <div>
          <dt>${msg('Dates', { desc: 'Label before the conference dates' })}</dt>
          <dd>${this.#renderDates(conference, language)}</dd>
        </div>
        ${
          place
            ? html`<div>
                <dt>${msg('Place', { desc: 'Label before host city, country and venue' })}</dt>
                <dd>${place}</dd>
              </div>`
            : nothing
        }
        ${
          participants === undefined
            ? nothing
            : html`<div>
                <dt>${msg('Participants', { desc: 'Label before the (expected) number of participants' })}</dt>
                <dd>${numberFormat({}, language).format(participants)}</dd>
              </div>`
        }
        ${
          registration
            ? html`<div>
                <dt>${msg('Registration', { desc: 'Label before the registration state' })}</dt>
                <dd>${this.#renderRegistration(registration, language)}</dd>
              </div>`
            : nothing
        }
        ${
          online
            ? html`<div>
                <dt>${msg('Online', { desc: 'Label before the online participation link' })}</dt>
                <dd><a href=${online}>${msg('Take part online', { desc: 'Link to online participation' })}</a></dd>
              </div>`
            : nothing
        }
      </dl>
      ${this.#renderOrganisations(msg('Organisers', { desc: 'Heading of the organisers list' }), organisers, language)}
      ${this.#renderOrganisations(msg('Supported by', { desc: 'Heading of the supporters list' }), supporters, language)}
      ${
        contacts.length === 0
          ? nothing
          : this.#renderSection(
              msg('Contact', { desc: 'Heading of the contact people list' }),
              html`<ul role="list">
                ${contacts.map((person) => this.#renderContact(person, feed, language))}
              </ul>`,
            )
      }
      ${
        (conference.sideEvents ?? []).length === 0
          ? nothing
          : this.#renderSection(
              msg('Side events', { desc: 'Heading of the list of side events such as the youth forum' }),
              html`<ul role="list">
                ${conference.sideEvents!.map((event) => this.#renderSideEvent(event, feed, language))}
              </ul>`,
            )
      }
      ${
        links.length === 0
          ? nothing
          : this.#renderSection(
              msg('Links', { desc: 'Heading of the list of further links' }),
              html`<ul role="list">
                ${links.map((link) => html`<li><a href=${link.href} lang=${link.lang ?? nothing}>${link.label}</a></li>`)}
              </ul>`,
            )
      }
      ${
        canExport
          ? html`<button
              part="calendar"
              type="button"
              aria-disabled=${this.calendarBusy ? 'true' : 'false'}
              @click=${() => this.#addToCalendar(conference, feed)}
            >
              ${msg('Add to calendar', {
                id: 'overview-add-to-calendar',
                desc: 'Button that downloads the conference as a calendar file; the same words as the programme’s "Add to calendar" button',
              })}
            </button>`
          : nothing
      }
    </article>`;
  }

  #renderRegistration(registration: RegistrationState, language: string): TemplateResult | string {
    if (registration.kind === 'closed') return msg('Closed', { desc: 'Registration state' });
    if (registration.kind === 'not-yet') return msg('Not open yet', { desc: 'Registration state' });
    const deadline = registration.deadline ? parseCalendarDate(registration.deadline) : undefined;
    const until = deadline ? formatCalendarDate(deadline, language) : '';
    const open = deadline
      ? html`${msg('Open, deadline:', { desc: 'Registration state; a date follows' })} <time datetime=${registration.deadline!}>${until}</time>`
      : msg('Open', { desc: 'Registration state' });
    return registration.url ? html`${open} · <a href=${registration.url}>${msg('Register', { desc: 'Link to the registration form' })}</a>` : open;
  }

  #renderSection(title: string, body: TemplateResult): TemplateResult {
    return html`<section part="section">${staticHtml`<${this.#heading(1)} part="section-heading">${title}</${this.#heading(1)}>`} ${body}</section>`;
  }

  #renderOrganisations(title: string, organisations: Organisation[], language: string): TemplateResult | typeof nothing {
    if (organisations.length === 0) return nothing;
    const shown = organisations.map((organisation) => {
      const logo = safeImageSrc(organisation.logo);
      // A logo that cannot be loaded gives way to the name: its alt text would be cut to the logo's box.
      return { organisation, name: localise(organisation.name, language), logo: this.noLogos || this.brokenLogos.has(logo!) ? undefined : logo };
    });
    // Names stand one per line (names such as "Stadt Kaluga" run together in a row); a list of logos only is a row.
    return this.#renderSection(
      title,
      html`<ul role="list" class=${shown.every(({ logo }) => logo) ? 'organisations logos' : 'organisations'}>
        ${shown.map(({ organisation, name, logo }) => {
          const href = safeHref(organisation.url);
          // The logo's alt text is the name, read once; without a logo the name is shown.
          const content = logo
            ? html`<img
                part="logo"
                src=${logo}
                alt=${name}
                loading="lazy"
                referrerpolicy="no-referrer"
                @error=${() => (this.brokenLogos = new Set(this.brokenLogos).add(logo))}
              />`
            : html`<span>${name}</span>`;
          const lang = textLanguage(organisation.name, language) ?? nothing;
          return html`<li part="organisation" lang=${lang}>${href ? html`<a href=${href}>${content}</a>` : content}</li>`;
        })}
      </ul>`,
    );
  }

  #renderContact(person: Person, feed: Feed, language: string): TemplateResult {
    const organisationName = person.organisation ? feed.organisationById.get(person.organisation)?.name : undefined;
    const organisation = localise(organisationName, language);
    const role = localise(person.role, language);
    // Each in its language where the feed has none in the reader's (WCAG 3.1.2).
    const lang = (text: LocalisedText | undefined) => textLanguage(text, language) ?? nothing;
    const email = person.email ? safeHref(`mailto:${person.email}`) : undefined;
    // "+49 (0)721 133-0": the (0) is dialled only from within the country, never after its code.
    const phone = person.phone ? safeHref(`tel:${person.phone.replace(/^(\+[^(]*)\(0\)/, '$1').replace(/[^\d+]/g, '')}`) : undefined;
    return html`<li part="contact">
      <span class="name" lang=${lang(person.name)}>${localise(person.name, language)}</span
      >${role ? html`, <span lang=${lang(person.role)}>${role}</span>` : nothing}${
        organisation ? html`, <span lang=${lang(organisationName)}>${organisation}</span>` : nothing
      }
      ${email ? html`<br /><a href=${email}>${person.email}</a>` : nothing} ${phone ? html`<br /><a href=${phone}>${person.phone}</a>` : nothing}
    </li>`;
  }

  #renderSideEvent(event: SideEvent, feed: Feed, language: string): TemplateResult {
    const heading = titleWithOrdinal(event.ordinal, event.title, language);
    const places = formatList(
      (event.places ?? []).map((id) => localise(feed.cityById.get(id)?.name, language)),
      language,
    );
    const venue = localise(event.venue, language);
    const descriptionLanguage = textLanguage(event.description, language) ?? nothing;
    return html`<li part="side-event">
      <span class="name" lang=${textLanguage(event.title, language) ?? nothing}>${heading}</span>
      ${event.start ? html`<br />${dateRangeTemplate(event.start, event.end, language)}` : nothing}
      ${places || venue ? html`<br />${[places, venue].filter(Boolean).join(' · ')}` : nothing}
      ${paragraphs(localise(event.description, language)).map((text) => html`<p class="lines" lang=${descriptionLanguage}>${text}</p>`)}
    </li>`;
  }

  async #addToCalendar(conference: Conference, feed: Feed): Promise<void> {
    // aria-disabled while the file is made, not disabled: a disabled button would drop the focus to <body>.
    if (this.calendarBusy) return;
    this.calendarBusy = true;
    try {
      const language = currentLanguage();
      const { toICalendar, downloadCalendar } = await import('../shared/calendar.js');
      const title = conferenceTitle(conference, language);
      const entry = conferenceEntry(conference, {
        summary: title,
        location: this.#renderPlace(conference, feed, language),
        description: localise(conference.motto, language),
      });
      if (!entry) return;
      downloadCalendar(`${conference.id}.ics`, toICalendar(title, [entry]), this.renderRoot as ShadowRoot);
      this.emit('calendar-download', { conference: conference.id });
    } catch (error) {
      console.error('[staedtepartner-widgets] the calendar file could not be made', error);
    } finally {
      this.calendarBusy = false;
    }
  }
}
