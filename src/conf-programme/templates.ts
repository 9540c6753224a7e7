/**
 * Templates of the programme's content: a session, a side event, a day as a
 * list or a grid. The element owns the state; these only render it. Buttons
 * carry `data-action` and `data-session`, and the element handles their
 * clicks in one listener, so a long programme has no listener per session.
 */
import { msg } from '../i18n/msg.js';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, type StaticValue } from 'lit/static-html.js';
import { parseCalendarDate } from '../feed/dates.js';
import type { Feed } from '../feed/model.js';
import type { Link, LocalisedText, Organisation, SideEvent } from '../feed/schema.js';
import { localise, paragraphs, safeHref, textLanguage } from '../feed/text.js';
import { formatList } from '../i18n/format.js';
import { formatDateRange, titleWithOrdinal } from '../shared/conference-text.js';
import { styleProperties } from '../shared/style-properties.js';
import type { ProgrammeSession, SessionTiming } from './programme.js';
import { kindLabel, sessionTime, workingGroupLabel } from './texts.js';

export interface ViewContext {
  readonly feed: Feed;
  readonly language: string;
  /** The zone to show times in; undefined shows the conference's local times. */
  readonly zone?: string;
  readonly favourites: ReadonlySet<string>;
  readonly timing: ReadonlyMap<string, SessionTiming>;
  /** The heading tag of a session (one level below its day). */
  readonly heading: StaticValue;
  /** The page's address with `#prefix/session/id` (never a bare hash: see location.ts). */
  permalink(id: string): string;
  /** Print: descriptions open. */
  readonly printing: boolean;
  /** The conference is over: a missing time or date was not recorded, rather than still to come. */
  readonly past: boolean;
  /** The session whose menu is open. */
  readonly menu?: string;
  /** The open menu's content (menu.ts). */
  readonly menuContent?: unknown;
  /** After "Copy link to this session" of a session without a date: which, and what the status says. */
  readonly copied?: { readonly session: string; status(): string };
  /** The first step of a drawing (day-drawing.ts): grid cards without their folded description and buttons, which the grid hides until hover or focus. */
  readonly light?: boolean;
}

/** The session's title as read aloud and in calendars: "WG 3: Health" . */
export function sessionTitle(entry: ProgrammeSession, language: string): string {
  const title = localise(entry.session.title, language);
  const group = entry.session.workingGroup;
  return group === undefined ? title : `${workingGroupLabel(group)}: ${title}`;
}

function organisationLink(organisation: Organisation, language: string): TemplateResult {
  const name = localise(organisation.name, language);
  const href = safeHref(organisation.url);
  return href ? html`<a href=${href}>${name}</a>` : html`${name}`;
}

function joined(items: readonly (TemplateResult | string)[], language: string): (TemplateResult | string)[] {
  // Intl.ListFormat on placeholders, so links keep their markup: "A, B and C" / "A, B и C".
  const marks = items.map((_, index) => `\u0000${index}\u0000`);
  return formatList(marks, language)
    .split(/\u0000(\d+)\u0000/)
    .map((part, index) => (index % 2 === 1 ? items[Number(part)] : part))
    .filter((part) => part !== '');
}

function people(ids: readonly string[] | undefined, feed: Feed, language: string): string {
  return formatList((ids ?? []).map((id) => localise(feed.personById.get(id)?.name, language)).filter(Boolean), language);
}

/**
 * `lang` for a session's text written in another language than the widget's (a Russian title on
 * a German page), so screen readers pronounce it in that language: the language the text was
 * picked in, or for a plain string the session's `language`; `nothing` when it is the widget's.
 */
function otherLanguage(text: LocalisedText | undefined, language: string, sessionLanguage?: string): string | typeof nothing {
  return textLanguage(text, language, sessionLanguage) ?? nothing;
}

/**
 * The name of a control that acts on one session: "Beschreibung: Titel". An
 * aria-label, not the title in a visually hidden span after the visible word:
 * engines put a space before such a span, and read "Beschreibung : Titel".
 */
function namedFor(label: string, title: string): string {
  return `${label}: ${title}`;
}

/**
 * One session. In the grid (`place` given: its cell) the column header shows the venue, so the
 * session is named by its time, title and venue; `openEnd` marks a session without an end,
 * which the grid gives a default length.
 */
export function renderSession(entry: ProgrammeSession, context: ViewContext, place?: Readonly<Record<string, string>>, openEnd?: boolean): TemplateResult {
  const { session } = entry;
  const { feed, language } = context;
  const id = session.id;
  const title = localise(session.title, language);
  const time = entry.timed ? sessionTime(entry, language, context.zone) : undefined;
  const timing = context.timing.get(id);
  const favourite = context.favourites.has(id);
  const coordinators = (session.coordinators ?? []).map((ref) => feed.organisationById.get(ref)).filter((o): o is Organisation => !!o);
  const speakers = people(session.speakers, feed, language);
  const moderators = people(session.moderators, feed, language);
  const venue = [localise(session.venue, language), localise(session.city ? feed.cityById.get(session.city)?.name : undefined, language)]
    .filter(Boolean)
    .join(', ');
  const topics = (session.topics ?? []).map((topic) => localise(topic, language)).filter(Boolean);
  const description = paragraphs(localise(session.description, language));
  const descriptionLanguage = otherLanguage(session.description, language, session.language);
  const links = linkItems(session.links, language);
  const descriptionLabel = msg('Description', { desc: 'Disclosure that shows the description of a session' });
  const favouriteLabel = msg('My programme', { desc: 'Toggle button: keep this session in my programme' });
  // The permalink opens with target="_self": on a page with <base target="_blank"> it would otherwise open a copy of the page in a new tab.
  const permalinkLabel = msg('Link to this session', { desc: 'Permanent link to one session' });
  const calendarLabel = msg('Add to calendar', { desc: 'Button that opens the menu of calendar files' });
  const open = context.menu === id;
  const { track } = entry;
  const light = place && context.light;
  // The track's colour (checked as #rgb or #rrggbb by validation) only as the stripe, never as a text colour; its name is always shown.
  const color = track?.color;
  // The title's direction from its first letter (dir="auto"): one in Arabic or Hebrew reads from the right, and the
  // grid's ellipsis ends its last shown line at the left, not at the right where it begins.
  return html`<li
    part="session${timing ? ` session-${timing}` : ''}${session.kind === 'break' ? ' session-break' : ''}"
    class="session kind-${session.kind}${openEnd ? ' open-end' : ''}"
    ${styleProperties(color ? { ...place, '--conf-programme-track-color': color } : (place ?? {}))}
  >
    <article aria-labelledby=${place ? `time-${id} title-${id} venue-${id}` : `title-${id}`} id="session-${id}" tabindex="-1">
      <div class="head">
        ${staticHtml`<${context.heading} part="session-title" id="title-${id}" dir="auto" lang=${otherLanguage(session.title, language, session.language)}>${title}</${context.heading}>`}
        <p class="meta">
          ${
            time
              ? html`<time part="session-time" id="time-${id}" datetime=${time.datetime}>${time.text}</time>`
              : entry.start
                ? html`<span part="session-time"
                    >${
                      context.past
                        ? msg('Time not recorded', { desc: 'Time of a session of a past conference whose day is known but not its hours' })
                        : msg('Time to be announced', { desc: 'Time of a session whose day is known but not its hours yet' })
                    }</span
                  >`
                : nothing
          }
          ${session.kind === 'other' ? nothing : html`<span part="kind">${kindLabel(session.kind)}</span>`}
          ${track ? html`<span part="track" lang=${otherLanguage(track.name, language)}>${localise(track.name, language)}</span>` : nothing}
          ${session.workingGroup === undefined ? nothing : html`<span part="working-group">${workingGroupLabel(session.workingGroup)}</span>`}
          ${
            timing === 'now'
              ? html`<strong part="timing">${msg('Now', { desc: 'Badge of a session that is running now' })}</strong>`
              : timing === 'next'
                ? html`<strong part="timing">${msg('Next', { id: 'session-next', desc: 'Badge of the session(s) starting next' })}</strong>`
                : nothing
          }
        </p>
      </div>
      ${
        coordinators.length === 0
          ? nothing
          : html`<p part="coordinators">
              ${msg('Coordinated by', { desc: 'Label before the organisations that coordinate a session' })}:
              ${joined(
                coordinators.map((organisation) => organisationLink(organisation, language)),
                language,
              )}
            </p>`
      }
      ${speakers ? html`<p part="speakers">${msg('Speakers', { desc: 'Label before the speakers of a session' })}: ${speakers}</p>` : nothing}
      ${moderators ? html`<p part="moderators">${msg('Moderation', { desc: 'Label before the moderators of a session' })}: ${moderators}</p>` : nothing}
      ${venue ? html`<p part="venue" id="venue-${id}">${venue}</p>` : nothing}
      ${
        topics.length === 0
          ? nothing
          : html`<ul part="topics" role="list">
              ${topics.map((topic) => html`<li>${topic}</li>`)}
            </ul>`
      }
      ${
        light || (description.length === 0 && links.length === 0)
          ? nothing
          : html`<details part="description" ?open=${context.printing}>
              <summary aria-label=${namedFor(descriptionLabel, title)}>${descriptionLabel}</summary>
              ${description.map((text) => html`<p class="lines" lang=${descriptionLanguage}>${text}</p>`)} ${renderLinks(links)}
            </details>`
      }
      ${
        light || session.kind === 'break'
          ? nothing
          : html`<div class="actions">
              <button
                part="favourite"
                type="button"
                data-action="favourite"
                data-session=${id}
                aria-pressed=${favourite ? 'true' : 'false'}
                aria-label=${namedFor(favouriteLabel, title)}
              >
                <span aria-hidden="true">${favourite ? '★' : '☆'}</span>
                ${favouriteLabel}
              </button>
              ${
                entry.start
                  ? html`<div class="menu-anchor">
                      <button
                        part="session-calendar"
                        type="button"
                        data-menu=${id}
                        aria-expanded=${open ? 'true' : 'false'}
                        aria-controls="menu-${id}"
                        aria-label=${namedFor(calendarLabel, title)}
                      >
                        ${calendarLabel}
                      </button>
                      ${open ? context.menuContent : nothing}
                    </div>`
                  : renderCopyLink(id, title, context)
              }
              <a part="permalink" href=${context.permalink(id)} target="_self" aria-label=${namedFor(permalinkLabel, title)}>${permalinkLabel}</a>
            </div>`
      }
    </article>
  </li>`;
}

/** A session without a date has no calendar entry: "Copy link to this session" instead of the calendar menu, with a polite status. */
function renderCopyLink(id: string, title: string, context: ViewContext): TemplateResult {
  const label = msg('Copy link to this session', { desc: 'Menu of a session: copies the address of this session' });
  return html`<button part="copy-link" type="button" data-copy=${id} aria-label=${namedFor(label, title)}>${label}</button>
    <span role="status">${context.copied?.session === id ? context.copied.status() : nothing}</span>`;
}

export function renderSessionList(entries: readonly ProgrammeSession[], context: ViewContext): TemplateResult {
  return html`<ol part="sessions" role="list" class="list">
    ${repeat(
      entries,
      (entry) => entry.session.id,
      (entry) => renderSession(entry, context),
    )}
  </ol>`;
}

/**
 * A session's or side event's links that may be shown (see `safeHref`), each label marked with its
 * language where the feed has none in the reader's (WCAG 3.1.2). Here, not in the shared feed/text.ts,
 * so that only the programme's page pays for it.
 */
function linkItems(links: readonly Link[] | undefined, language: string): TemplateResult[] {
  return (links ?? []).flatMap(({ url, label }) => {
    const href = safeHref(url);
    return href ? [html`<li><a href=${href} lang=${otherLanguage(label, language)}>${localise(label, language)}</a></li>`] : [];
  });
}

function renderLinks(links: TemplateResult[]): TemplateResult | typeof nothing {
  return links.length === 0
    ? nothing
    : html`<ul role="list">
        ${links}
      </ul>`;
}

export function renderSideEvent(event: SideEvent, context: ViewContext): TemplateResult {
  const { feed, language } = context;
  const start = event.start ? parseCalendarDate(event.start) : undefined;
  const end = event.end ? parseCalendarDate(event.end) : undefined;
  const places = formatList((event.places ?? []).map((id) => localise(feed.cityById.get(id)?.name, language)).filter(Boolean), language);
  const venue = localise(event.venue, language);
  const links = linkItems(event.links, language);
  return html`<li part="side-event" class="session">
    <article aria-labelledby="side-${event.id}">
      ${staticHtml`<${context.heading} part="session-title" id="side-${event.id}" lang=${otherLanguage(event.title, language)}>${titleWithOrdinal(event.ordinal, event.title, language)}</${context.heading}>`}
      ${start ? html`<p part="session-time"><time datetime=${event.start!}>${formatDateRange(start, end, language)}</time></p>` : nothing}
      ${places || venue ? html`<p part="venue">${[places, venue].filter(Boolean).join(' · ')}</p>` : nothing}
      ${paragraphs(localise(event.description, language)).map((text) => html`<p class="lines" lang=${otherLanguage(event.description, language)}>${text}</p>`)}
      ${renderLinks(links)}
    </article>
  </li>`;
}
