import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/conf-overview/define.js';
import { clockAt, NEVER_ANSWERS, OWN_FRAME } from './support.js';

interface ConfOverviewArgs {
  src: string;
  conference?: string;
  variant?: 'full' | 'compact';
  headingLevel?: number;
  noLogos?: boolean;
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
          'One conference at a glance. Without `conference` it shows the running conference, else the next, else the latest. Switch language and colour scheme in the toolbar.',
      },
    },
  },
  args: { src: '/feed.json', conference: 'xvi-kaluga-2021', variant: 'full', noLogos: false },
  argTypes: {
    src: { control: 'text' },
    conference: { control: 'select', options: ['xiv-krasnodar-2017', 'xv-dueren-2019', 'xvi-kaluga-2021', 'viii-yekaterinburg-2005'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    noLogos: { control: 'boolean' },
  },
  beforeEach: clockAt('2026-11-21T12:00:00Z'),
  render: (args) =>
    html`<conf-overview
      src=${args.src}
      conference=${args.conference || nothing}
      variant=${args.variant ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
      ?no-logos=${args.noLogos}
    ></conf-overview>`,
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

/** For sidebars: heading, dates, place, status, one link. */
export const Compact: Story = { args: { variant: 'compact' } };

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

export const OrganisationLogos: Story = {
  render: (args) =>
    html`<conf-overview .feed=${logoFeed()} conference="with-logos" heading-level=${args.headingLevel ?? nothing} ?no-logos=${args.noLogos}></conf-overview>`,
};

/** The same feed with `no-logos`: the organisations by name, nothing requested from the logo hosts. */
export const WithoutLogos: Story = { ...OrganisationLogos, args: { noLogos: true } };

export const Empty: Story = { args: { conference: 'no-such-conference' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const Error: Story = { args: { src: '/no-such-feed.json' } };
