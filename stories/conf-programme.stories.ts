import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { generateFeed } from '../scripts/generate-feed.mjs';
import { pretalxDayWithBreaks, pretalxSchedule, PRETALX_CASES } from '../scripts/pretalx-schedule.mjs';
import '../src/conf-programme/define.js';
import { clockAt, feedControl, NEVER_ANSWERS, OWN_FRAME, stayLoading } from './support.js';

const { argType: feedArgType, feedFor } = feedControl({
  'generated: 300 sessions': () => generateFeed({ partnerships: 10, sessions: 300, seed: 1 }),
  'pretalx: camp of 79 talks, 7 tracks': () => pretalxSchedule(PRETALX_CASES.find((spec) => spec.sessions === 79)!),
  'pretalx: a day with breaks': () => pretalxDayWithBreaks(),
});

interface ConfProgrammeArgs {
  src: string;
  conference?: string;
  view?: 'list' | 'grid';
  headingLevel?: number;
  hashPrefix?: string;
  /** A sample feed by name, as the `feed` property. */
  feed?: string;
  /** Width of the box around the widget. */
  width?: string;
  /** Theming controls: CSS custom properties (`--…`) and `::part()` rules (`part:…`). */
  [theming: `--${string}` | `part:${string}`]: string | number | boolean | undefined;
}

const meta: Meta<ConfProgrammeArgs> = {
  title: 'Widgets/conf-programme',
  component: 'conf-programme',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // The height of a story drawn in a frame of its own (OWN_FRAME).
      story: { height: '680px' },
      description: {
        component:
          'The programme of a conference: days as tabs, a list or a grid by venue, search in any language, kind and favourite filters, the reader’s own time zone, now and next, and an “Add to calendar” menu for the programme and for each session (calendar files, a session’s link copied). Without `conference` it shows the running conference, else the next, else the last of the series (the one `<conf-history>` marks). Switch language and colour scheme in the toolbar.',
      },
    },
  },
  args: { src: '/feed.json', conference: 'xv-dueren-2019', view: 'list', width: '100%' },
  argTypes: {
    src: { control: 'text' },
    conference: {
      control: 'select',
      options: ['xiii-karlsruhe-baden-baden-2015', 'xiv-krasnodar-2017', 'xv-dueren-2019', 'xvi-kaluga-2021', 'viii-yekaterinburg-2005'],
    },
    view: { control: 'inline-radio', options: ['list', 'grid'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    hashPrefix: { control: 'text' },
    feed: feedArgType,
    width: { control: { type: 'select' }, options: ['100%', '900px', '24rem', '320px'], description: 'Width of the container' },
  },
  beforeEach: clockAt('2026-11-21T12:00:00Z'),
  render: (args) =>
    html`<div style="max-inline-size: ${args.width ?? '100%'}">
      <conf-programme
        src=${args.src}
        conference=${args.conference || nothing}
        view=${args.view ?? nothing}
        heading-level=${args.headingLevel ?? nothing}
        hash-prefix=${args.hashPrefix || nothing}
        .feed=${feedFor(args.feed)}
      ></conf-programme>
    </div>`,
};
export default meta;

type Story = StoryObj<ConfProgrammeArgs>;

/** XV Kreis Düren 2019: the opening in Aachen and seven working groups, three of them without a known day, none with hours. */
export const Dueren2019: Story = {};
export const Dueren2019German: Story = { parameters: OWN_FRAME, globals: { locale: 'de' } };
export const Dueren2019Russian: Story = { parameters: OWN_FRAME, globals: { locale: 'ru' } };

/** XVI Kaluga 2021: working groups and the youth forum as a side event. */
export const Kaluga2021: Story = { args: { conference: 'xvi-kaluga-2021' } };
export const Kaluga2021Russian: Story = { parameters: OWN_FRAME, args: { conference: 'xvi-kaluga-2021' }, globals: { locale: 'ru' } };

/**
 * A generated programme of 300 sessions over three days in parallel rooms, as a grid: a
 * timetable with a row per 5 minutes, each session as tall as it lasts, in its own scroll
 * container whose venue headers and time axis stay in view. Hover a card, or Tab into it,
 * to open it. The clock stands in the middle of the second day, so sessions running now are
 * marked and "Jump to now" appears.
 */
export const LongMultiRoomGrid: Story = {
  parameters: OWN_FRAME,
  beforeEach: clockAt('2025-06-25T09:30:00Z'),
  args: { feed: 'generated: 300 sessions', conference: undefined, view: 'grid' },
};

/** The same programme in a 24rem column: the grid falls back to a list by its own width. */
export const GridInANarrowColumn: Story = {
  parameters: OWN_FRAME,
  beforeEach: clockAt('2025-06-25T09:30:00Z'),
  args: { ...LongMultiRoomGrid.args, width: '24rem' },
};

/**
 * A camp of 79 talks over three days in pretalx's widget format with seven coloured tracks
 * (the schedule the comparison beside pretalx uses), imported: each session names its track,
 * with the track's colour as a stripe and a swatch, and the toolbar offers a track filter.
 */
export const CampWithTracks: Story = { args: { feed: 'pretalx: camp of 79 talks, 7 tracks', conference: undefined, view: 'grid' } };
export const CampWithTracksList: Story = { args: { ...CampWithTracks.args, view: 'list' } };

/**
 * Breaks as pretalx writes them (a talk without a code in each room it applies to), imported: a
 * lunch in all three rooms is one break drawn across the grid, a coffee in one room stays in its
 * column, and a coffee in two rooms beside a talk in the third is among "Other places". Breaks are
 * named "Break" and have no "My programme", calendar or link buttons (`::part(session-break)`).
 */
export const PretalxBreaksGrid: Story = { args: { feed: 'pretalx: a day with breaks', conference: undefined, view: 'grid' } };
/** The same day as a list: each break once, a break of several rooms without a room. */
export const PretalxBreaksList: Story = { args: { ...PretalxBreaksGrid.args, view: 'list' } };

/** A frab / C3VOC `schedule.json` (a hand-written example in that format), imported and shown as a grid. */
export const FrabImport: Story = { args: { src: '/demo/schedule.frab.json', conference: undefined, view: 'grid' } };
export const FrabImportRussian: Story = {
  parameters: OWN_FRAME,
  args: { src: '/demo/schedule.frab.json', conference: undefined, view: 'grid' },
  globals: { locale: 'ru' },
};

/** Only the year is known and no programme was published. */
export const Empty: Story = { args: { conference: 'viii-yekaterinburg-2005' } };

/** The feed is still on its way. */
export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: stayLoading };

/** The feed cannot be loaded: a clear message and a retry button. */
export const Error: Story = { args: { src: '/no-such-feed.json' } };

export const ErrorInGerman: Story = { parameters: OWN_FRAME, args: { src: '/no-such-feed.json' }, globals: { locale: 'de' } };

/** Theming: every story has controls for the CSS custom properties and a rule for each `::part()`; here some are filled in. */
export const Themed: Story = {
  args: {
    '--sp-color-accent': 'light-dark(#8a1538, #f2a7bd)',
    '--conf-programme-gap': '0.5rem',
    'part:session': 'border-radius: 0; border-inline-start-width: 4px',
    'part:tab': 'text-transform: uppercase',
    'part:base': 'font-family: Georgia, serif',
  },
};
