import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/jubilee-list/define.js';
import { generateFeed } from '../scripts/generate-feed.mjs';
import { allPartnershipsInvalid, citiesSharingNames, clockAt, feedControl, NEVER_ANSWERS, OWN_FRAME, stayLoading } from './support.js';

const { argType: feedArgType, feedFor } = feedControl({
  'generated: 300 partnerships, a fifth undated': () => generateFeed({ partnerships: 300, sessions: 0, seed: 1, undated: 0.2 }),
  'generated: 25,000 partnerships world-wide': () => generateFeed({ partnerships: 25_000, sessions: 0, seed: 1, world: true }),
  'all partnerships invalid': allPartnershipsInvalid,
  'towns that share a name': citiesSharingNames,
});

interface JubileeListArgs {
  src: string;
  year?: number;
  step?: number;
  city?: string;
  country?: string;
  headingLevel?: number;
  /** A sample feed by name, as the `feed` property. */
  feed?: string;
  /** Theming controls: CSS custom properties (`--…`) and `::part()` rules (`part:…`). */
  [theming: `--${string}` | `part:${string}`]: string | number | undefined;
  /** Width of the box around the widget. */
  width?: string;
}

const meta: Meta<JubileeListArgs> = {
  title: 'Widgets/jubilee-list',
  component: 'jubilee-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // The height of a story drawn in a frame of its own (OWN_FRAME).
      story: { height: '560px' },
      description: {
        component:
          'Partnerships that celebrate a round anniversary in a year, grouped by age. Use the toolbar to switch language (de, ru, en) and colour scheme.',
      },
    },
  },
  args: { src: '/feed.json', year: 2021, step: 10, width: '100%' },
  argTypes: {
    src: { control: 'text' },
    year: { control: { type: 'number', min: 1900, max: 2100 } },
    step: { control: { type: 'select' }, options: [5, 10, 25] },
    city: { control: 'text' },
    country: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    feed: feedArgType,
    width: { control: { type: 'select' }, options: ['100%', '600px', '320px'], description: 'Width of the container (not the window)' },
  },
  beforeEach: clockAt('2021-06-01T12:00:00'),
  render: (args) =>
    html`<div style="max-inline-size: ${args.width ?? '100%'}">
      <jubilee-list
        src=${args.src}
        year=${args.year ?? nothing}
        step=${args.step ?? nothing}
        city=${args.city || nothing}
        country=${args.country || nothing}
        heading-level=${args.headingLevel ?? nothing}
        .feed=${feedFor(args.feed)}
      ></jubilee-list>
    </div>`,
};
export default meta;

type Story = StoryObj<JubileeListArgs>;

/** The 2021 jubilee list from the sample feed: 10, 20, 30 and 60 years. */
export const Jubilees2021: Story = {};

export const German: Story = { parameters: OWN_FRAME, globals: { locale: 'de' } };

export const Russian: Story = { parameters: OWN_FRAME, globals: { locale: 'ru' } };

/** A town's own website: only its partnerships, its name first; `step="5"` adds 15, 25 … years. */
export const OneCity: Story = { args: { city: 'kaluga', year: 2019, step: 5 } };

/** When the day is known and the anniversary lies ahead this year, the entry says when. */
export const Countdown: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-09-01T12:00:00') };

/** In a sidebar's column (320px). */
export const NarrowColumn: Story = { args: { width: '320px' } };

export const Empty: Story = { args: { year: 2023 } };

/** A generated feed where a fifth of the partnerships have no founding date: they are left out, and the list says how many. */
export const WithoutFoundingDates: Story = { args: { feed: 'generated: 300 partnerships, a fifth undated' } };

/** Towns of two countries that bear one name (Neustadt): the country follows the name; switch to German for Alexandrov and Aleksandrów, both "Alexandrow". */
export const SharedNames: Story = { args: { feed: 'towns that share a name' } };

/** A feed whose partnerships are all invalid (unknown cities): the list says how many were left out and that the console has the details. */
export const AllEntriesInvalid: Story = { args: { feed: 'all partnerships invalid', year: undefined } };

/** A national portal's feed, 25,000 partnerships: 100 jubilees at a time, "Show more partnerships" adds the next 100. */
export const LargeFeed: Story = { args: { feed: 'generated: 25,000 partnerships world-wide' } };

export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: stayLoading };

/** A feed URL that does not exist: the error names the HTTP status and offers a retry. */
export const Error: Story = { args: { src: '/no-such-feed.json' } };

export const ErrorInRussian: Story = { parameters: OWN_FRAME, args: { src: '/no-such-feed.json' }, globals: { locale: 'ru' } };

/**
 * Theming with the shared tokens, as a host page would set them: a colour for each scheme
 * (light-dark()), so that the accent stays legible on a dark page. Every story has these
 * controls (CSS custom properties, and a rule for each `::part()`); here some are filled in.
 */
export const Themed: Story = {
  args: {
    '--sp-color-accent': 'light-dark(#8a1538, #f2a7bd)',
    '--sp-radius': '0',
    '--jubilee-list-gap': '0.75rem',
    'part:base': 'font-family: Georgia, serif',
    'part:group-heading': 'text-transform: uppercase; letter-spacing: 0.05em',
  },
};
