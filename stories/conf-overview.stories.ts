import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/conf-overview/define.js';
import { manyConferences } from '../scripts/freeze-feeds.mjs';
import { clockAt, feedControl, NEVER_ANSWERS, OWN_FRAME, stayLoading } from './support.js';

interface ConfOverviewArgs {
  src: string;
  conference?: string;
  variant?: 'full' | 'compact';
  headingLevel?: number;
  noLogos?: boolean;
  /** A sample feed by name, as the `feed` property. */
  feed?: string;
  /** Theming controls: CSS custom properties (`--…`) and `::part()` rules (`part:…`). */
  [theming: `--${string}` | `part:${string}`]: string | number | boolean | undefined;
  /** Width of the box around the widget, to show the narrow layout. */
  width?: string;
}

const meta: Meta<ConfOverviewArgs> = {
  title: 'Widgets/conf-overview',
  component: 'conf-overview',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // The height of a story drawn in a frame of its own (OWN_FRAME).
      story: { height: '460px' },
      description: {
        component:
          'One conference at a glance. Without `conference` it shows the running conference, else the next, else the last of the series (the one `<conf-history>` marks). Switch language and colour scheme in the toolbar.',
      },
    },
  },
  args: { src: '/feed.json', conference: 'xvi-kaluga-2021', variant: 'full', noLogos: false, width: '100%' },
  argTypes: {
    src: { control: 'text' },
    conference: { control: 'select', options: ['xiv-krasnodar-2017', 'xv-dueren-2019', 'xvi-kaluga-2021', 'viii-yekaterinburg-2005', 'with-logos'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    noLogos: { control: 'boolean' },
    feed: { control: 'select' }, // options: feedControl below
    width: { control: { type: 'select' }, options: ['100%', '600px', '320px'], description: 'Width of the container (not the window)' },
  },
  beforeEach: clockAt('2026-11-21T12:00:00Z'),
  render: (args) =>
    html`<div style="max-inline-size: ${args.width ?? '100%'}">
      <conf-overview
        src=${args.src}
        conference=${args.conference || nothing}
        variant=${args.variant ?? nothing}
        heading-level=${args.headingLevel ?? nothing}
        ?no-logos=${args.noLogos}
        .feed=${feedFor(args.feed)}
      ></conf-overview>
    </div>`,
};
export default meta;

type Story = StoryObj<ConfOverviewArgs>;

/** XVI Kaluga 2021: motto, organisers, supporters, contacts, the IV youth forum; registration closed. */
export const Kaluga2021: Story = {};
export const Kaluga2021German: Story = { parameters: OWN_FRAME, globals: { locale: 'de' } };
export const Kaluga2021Russian: Story = { parameters: OWN_FRAME, globals: { locale: 'ru' } };

/** XV Kreis Düren 2019, opened in Aachen; 700 participants. */
export const Dueren2019: Story = { args: { conference: 'xv-dueren-2019' } };

/** XIV Krasnodar 2017. */
export const Krasnodar2017: Story = { args: { conference: 'xiv-krasnodar-2017' } };

/** Known by its year only: no calendar button. */
export const Yekaterinburg2005: Story = { args: { conference: 'viii-yekaterinburg-2005' } };

/** The clock three weeks before XVI Kaluga. */
export const BeforeTheConference: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-06-05T09:00:00Z') };

/** The clock on the second day of XVI Kaluga. */
export const DuringTheConference: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-06-29T09:00:00Z'), globals: { locale: 'de' } };

/** The clock after it. */
export const AfterTheConference: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-07-05T09:00:00Z'), globals: { locale: 'ru' } };

/** For sidebars: heading, dates, place, status, one link (here in a 320px column). */
export const Compact: Story = { args: { variant: 'compact', width: '320px' } };

/** The full overview in a narrow column (under 24em): each fact's label above its value. */
export const NarrowColumn: Story = { args: { width: '320px' } };

/** Without `conference`: the running, else the next, else the latest. */
export const CurrentConference: Story = { args: { conference: undefined } };

/** A feed that names logos (one example image, served with the stories). Switch `noLogos` to show names only. */
const logoFeed = () => {
  const logo = new URL('/demo/logo-example.svg', location.href).href;
  return {
    version: 1,
    cities: [{ id: 'kaluga', name: { de: 'Kaluga', ru: 'Калуга', en: 'Kaluga' }, country: 'RU', kind: 'city', lat: 54.51, lon: 36.26 }],
    organisations: [
      { id: 'drf', name: { de: 'Deutsch-Russisches Forum', ru: 'Германо-Российский форум', en: 'German-Russian Forum' }, logo },
      { id: 'kaluga-city', name: { de: 'Stadt Kaluga', ru: 'Город Калуга', en: 'City of Kaluga' }, logo },
    ],
    conferences: [
      {
        id: 'with-logos',
        ordinal: 16,
        title: {
          de: 'Deutsch-Russische Städtepartnerkonferenz',
          ru: 'Российско-германская конференция городов-партнёров',
          en: 'German-Russian Partner Cities Conference',
        },
        start: '2021-06-28',
        end: '2021-06-30',
        timeZone: 'Europe/Moscow',
        hostCities: ['kaluga'],
        organisers: ['drf', 'kaluga-city'],
      },
    ],
  };
};

const { argType: feedArgType, feedFor } = feedControl({
  'with logos': logoFeed,
  'generated: 2,000 conferences': () => manyConferences(2000),
});
meta.argTypes!.feed = feedArgType;

export const OrganisationLogos: Story = { args: { feed: 'with logos', conference: 'with-logos' } };

/** The same feed with `no-logos`: the organisations by name, nothing requested from the logo hosts. */
export const WithoutLogos: Story = { args: { ...OrganisationLogos.args, noLogos: true } };

export const Empty: Story = { args: { conference: 'no-such-conference' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: stayLoading };
export const Error: Story = { args: { src: '/no-such-feed.json' } };
export const ErrorInRussian: Story = { parameters: OWN_FRAME, args: { src: '/no-such-feed.json' }, globals: { locale: 'ru' } };

/** A feed of 2,000 conferences (scripts/freeze-feeds.mjs), without `conference`: the running, else the next, else the latest of them. */
export const LargeFeed: Story = { args: { feed: 'generated: 2,000 conferences', conference: undefined } };

/** Theming: every story has controls for the CSS custom properties and a rule for each `::part()`; here some are filled in. */
export const Themed: Story = {
  args: {
    '--sp-color-accent': 'light-dark(#8a1538, #f2a7bd)',
    '--conf-overview-gap': '1.5rem',
    'part:card': 'border-width: 2px; border-radius: 0',
    'part:base': 'font-family: Georgia, serif',
  },
};
