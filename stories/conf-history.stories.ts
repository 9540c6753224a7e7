import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/conf-history/define.js';
import { manyConferences } from '../scripts/freeze-feeds.mjs';
import { clockAt, feedControl, NEVER_ANSWERS, OWN_FRAME, stayLoading } from './support.js';

const { argType: feedArgType, feedFor } = feedControl({ 'generated: 2,000 conferences': () => manyConferences(2000) });

interface ConfHistoryArgs {
  src: string;
  order?: 'asc' | 'desc';
  from?: number;
  to?: number;
  country?: string;
  headingLevel?: number;
  /** A sample feed by name, as the `feed` property. */
  feed?: string;
  /** Theming controls: CSS custom properties (`--…`) and `::part()` rules (`part:…`). */
  [theming: `--${string}` | `part:${string}`]: string | number | boolean | undefined;
  /** Width of the box around the widget, to show the container-width layouts. */
  width?: string;
}

const meta: Meta<ConfHistoryArgs> = {
  title: 'Widgets/conf-history',
  component: 'conf-history',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // The height of a story drawn in a frame of its own (OWN_FRAME).
      story: { height: '560px' },
      description: {
        component:
          'The conference series since 2005 as an ordered timeline, the current, next or latest conference marked. Rows on a wide container, a vertical line on a narrow one (try the width control). Use the toolbar to switch language (de, ru, en) and colour scheme.',
      },
    },
  },
  args: { src: '/feed.json', order: 'asc', width: '100%' },
  argTypes: {
    src: { control: 'text' },
    order: { control: { type: 'inline-radio' }, options: ['asc', 'desc'] },
    from: { control: { type: 'number', min: 2000, max: 2030 } },
    to: { control: { type: 'number', min: 2000, max: 2030 } },
    country: { control: 'text' },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    width: { control: { type: 'select' }, options: ['100%', '900px', '600px', '320px'], description: 'Width of the container (not the window)' },
    feed: feedArgType,
  },
  // After the series: Kaluga 2021 is marked as the latest conference.
  beforeEach: clockAt('2024-03-01T12:00:00Z'),
  render: (args) =>
    html`<div style="inline-size: ${args.width ?? '100%'}; max-inline-size: 100%">
      <conf-history
        src=${args.src}
        order=${args.order ?? nothing}
        from=${args.from ?? nothing}
        to=${args.to ?? nothing}
        country=${args.country || nothing}
        heading-level=${args.headingLevel ?? nothing}
        .feed=${feedFor(args.feed)}
      ></conf-history>
    </div>`,
};
export default meta;

type Story = StoryObj<ConfHistoryArgs>;

/** The series from Jekaterinburg 2005 to Kaluga 2021. */
export const Series: Story = {};

export const German: Story = { parameters: OWN_FRAME, globals: { locale: 'de' } };

export const Russian: Story = { parameters: OWN_FRAME, globals: { locale: 'ru' } };

/** Newest first. */
export const NewestFirst: Story = { args: { order: 'desc' } };

/** A narrow container (a sidebar) on a wide screen: the vertical layout. */
export const Narrow: Story = { parameters: OWN_FRAME, args: { width: '320px', order: 'desc' }, globals: { locale: 'ru' } };

/** Only the conferences hosted in Russia. */
export const HostedInRussia: Story = { args: { country: 'RU' } };

/** The years 2011 to 2017, both included. */
export const FromTo: Story = { args: { from: 2011, to: 2017 } };

/** 1 June 2021: Kaluga is the next conference, in 27 days; its participants are expected. */
export const BeforeKaluga: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-06-01T09:00:00Z') };

/** 29 June 2021: Kaluga is running, day 2 of 3. */
export const DuringKaluga: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-06-29T09:00:00Z'), globals: { locale: 'de' } };

/** 1 July 2021: Kaluga took place and is the latest conference. */
export const AfterKaluga: Story = { parameters: OWN_FRAME, beforeEach: clockAt('2021-07-01T09:00:00Z'), globals: { locale: 'ru' } };

export const Empty: Story = { args: { from: 1990, to: 1995 } };

export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: stayLoading };

/** A feed URL that does not exist: the error names the HTTP status and offers a retry. */
export const Error: Story = { args: { src: '/no-such-feed.json' } };

export const ErrorInGerman: Story = { parameters: OWN_FRAME, args: { src: '/no-such-feed.json' }, globals: { locale: 'de' } };

/** A series of 2,000 conferences (scripts/freeze-feeds.mjs): 100 at a time, from the hundred that holds the marked one, with "Show previous conferences" and "Show more conferences". */
export const LargeSeries: Story = { args: { feed: 'generated: 2,000 conferences' } };

/**
 * Theming with the widget’s own and the shared tokens, as a host page would set them: a colour
 * for each scheme (light-dark()), so that the accent stays legible on a dark page. Every story
 * has these controls (CSS custom properties, and a rule for each `::part()`); here some are filled in.
 */
export const Themed: Story = {
  args: {
    '--sp-color-accent': 'light-dark(#8a1538, #f2a7bd)',
    '--conf-history-line': 'light-dark(#d9b3bf, #6e3246)',
    '--conf-history-gap': '1.5rem',
    'part:base': 'font-family: Georgia, serif',
  },
};
