import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { generateFeed } from '../scripts/generate-feed.mjs';
import '../src/partnership-map/define.js';
import { ESSEN_TWINS, ruhrFeed } from '../test/support/ruhr-feed.js';
import { rightToLeftFeed } from '../test/support/right-to-left-feed.js';
import { allPartnershipsInvalid, citiesSharingNames, clockAt, feedControl, NEVER_ANSWERS, OWN_FRAME, stayLoading } from './support.js';

interface PartnershipMapArgs {
  src: string;
  city?: string;
  country?: string;
  from?: number;
  to?: number;
  view?: 'map' | 'table';
  headingLevel?: number;
  /** A sample feed by name, as the `feed` property. */
  feed?: string;
  /** Theming controls: CSS custom properties (`--…`) and `::part()` rules (`part:…`). */
  [theming: `--${string}` | `part:${string}`]: string | number | boolean | undefined;
  /** Direction of the box around the widget. */
  dir?: 'ltr' | 'rtl';
  /** Width of the box around the widget. */
  width?: string;
}

const meta: Meta<PartnershipMapArgs> = {
  title: 'Widgets/partnership-map',
  component: 'partnership-map',
  tags: ['autodocs'],
  parameters: {
    docs: {
      // The height of a story drawn in a frame of its own (OWN_FRAME).
      story: { height: '640px' },
      description: {
        component:
          'Town partnerships on an offline map (Europe and Russia, or the world when the feed reaches further): markers by country, arcs, clusters that split as you zoom, filters, search in any spelling, details, and a table view. Keyboard: Tab to the map, arrow keys pan, + and − zoom; Tab again to the places. Use the toolbar to switch language (de, ru, en) and colour scheme.',
      },
    },
  },
  args: { src: '/feed.json', view: 'map', width: '100%' },
  argTypes: {
    src: { control: 'text' },
    city: { control: 'text' },
    country: { control: 'text' },
    from: { control: { type: 'number', min: 1950, max: 2030 } },
    to: { control: { type: 'number', min: 1950, max: 2030 } },
    view: { control: { type: 'inline-radio' }, options: ['map', 'table'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
    width: { control: { type: 'select' }, options: ['100%', '900px', '600px', '320px'], description: 'Width of the container' },
    dir: { control: { type: 'inline-radio' }, options: ['ltr', 'rtl'], description: 'Direction of the container (`dir`)' },
    feed: { control: 'select' }, // options: feedControl below
  },
  beforeEach: clockAt('2021-06-01T12:00:00Z'),
  render: (args) =>
    html`<div style="max-inline-size: ${args.width ?? '100%'}" dir=${args.dir ?? nothing}>
      <partnership-map
        src=${args.src}
        city=${args.city || nothing}
        country=${args.country || nothing}
        from=${args.from ?? nothing}
        to=${args.to ?? nothing}
        view=${args.view ?? nothing}
        heading-level=${args.headingLevel ?? nothing}
        .feed=${feedFor(args.feed)}
      ></partnership-map>
    </div>`,
};
export default meta;

type Story = StoryObj<PartnershipMapArgs>;

/** Every city and partnership of the sample feed. */
export const SampleFeed: Story = {};

/** Essen's partners include two Neustadts and, in German, two Alexandrows: each partner's button is named with its country (the a11y panel shows it). */
export const SharedNames: Story = { args: { feed: 'towns that share a name', city: 'essen' } };

/** A town's own website: `city="essen"` fits the map to Essen and Nizhny Novgorod and opens Essen's details. */
export const CityFocus: Story = { args: { city: 'essen' } };

const essenPlaces = ESSEN_TWINS;
const essen = {
  version: 1,
  cities: essenPlaces.map(([id, country, lat, lon]) => ({
    id,
    name: id.replace(/(^|-)(\w)/g, (_, dash: string, c: string) => (dash ? ' ' : '') + c.toUpperCase()),
    country,
    kind: 'city',
    lat,
    lon,
  })),
  partnerships: essenPlaces.slice(1).map(([id]) => ({ id: `essen--${id}`, cities: ['essen', id] })),
};
const { argType: feedArgType, feedFor } = feedControl({
  'generated: 5,000 partnerships': () => generateFeed({ partnerships: 5000, sessions: 0, seed: 1 }),
  'generated: 2,000 partnerships world-wide': () => generateFeed({ partnerships: 2000, sessions: 0, seed: 1, world: true }),
  'generated: 25,000 partnerships world-wide': () => generateFeed({ partnerships: 25_000, sessions: 0, seed: 1, world: true }),
  'generated: 300 partnerships, a fifth undated': () => generateFeed({ partnerships: 300, sessions: 0, seed: 1, undated: 0.2 }),
  'Essen and its partners': () => essen,
  'the Ruhr and its partners': ruhrFeed,
  'names in Arabic and Hebrew': rightToLeftFeed,
  'all partnerships invalid': allPartnershipsInvalid,
  'towns that share a name': citiesSharingNames,
});
meta.argTypes!.feed = feedArgType;

/** 5,000 partnerships from scripts/generate-feed.mjs (seed 1), generated in the browser. */
export const FiveThousandPartnerships: Story = { args: { feed: 'generated: 5,000 partnerships' } };

/** 2,000 partnerships world-wide from scripts/generate-feed.mjs (`world: true`): Equal Earth, the whole globe, great-circle lines, the coarse world geometry. */
export const WorldWide: Story = { args: { feed: 'generated: 2,000 partnerships world-wide' } };

/**
 * A national portal's feed: 25,000 partnerships world-wide (`world: true`), opened on the page of
 * `de-1`, a German town with dozens of partners. Too many lines to draw each: the map draws only
 * the town's, and one line per pair of areas once nothing is selected; the legend says which.
 */
export const DenseNationalFeed: Story = { args: { feed: 'generated: 25,000 partnerships world-wide', city: 'de-1' } };

/**
 * A partnership's other dates (feed field `dates`) under its founding date in the details: Witten and
 * Kursk signed their agreement in Kursk in August 1990 and countersigned it in Witten in March 1991,
 * each date with the feed's own label (Dresden and St Petersburg: reaffirmed in March 1989).
 */
export const OtherDates: Story = { args: { city: 'witten' } };

/** Essen's partners from Sunderland to Changzhou: a regional map (azimuthal equal-area) that opens on all of them. */
export const PartnersBeyondEurope: Story = { args: { feed: 'Essen and its partners', city: 'essen' } };

/**
 * A town's own page among close neighbours: Essen in the Ruhr, whose neighbours form groups at this
 * scale. Essen and each partner stay markers of their own, named, and Essen's lines start at Essen;
 * country names at small scales, other names where there is room. Select Sunderland: its partner
 * Gelsenkirchen leaves its group while Sunderland is selected.
 */
export const TownAmongNeighbours: Story = { args: { feed: 'the Ruhr and its partners', city: 'essen' } };

/** The accessible alternative and the print view: the same filtered partnerships, sortable. */
export const TableView: Story = { args: { view: 'table' } };

/**
 * On a right-to-left page (here a box with `dir="rtl"`) the map and its German, Russian or English
 * texts stay left to right. Cities named in Arabic and Hebrew (made-up partners of Essen) are
 * isolated, as `<bdi>` shows a name: the words and numbers after them keep their order (point at
 * the group near Aleppo: "Azaz and حلب · 2 partnerships", not "2 · حلب"). Try the table view too.
 */
export const RightToLeftPage: Story = { args: { feed: 'names in Arabic and Hebrew', dir: 'rtl' } };

/**
 * The table of the national portal's feed: 25,000 partnerships. Only the rows in view are rendered
 * (scroll the frame, or focus it and press End); sorting by any column is immediate.
 */
export const LargeTable: Story = { args: { feed: 'generated: 25,000 partnerships world-wide', view: 'table' } };

export const German: Story = { parameters: OWN_FRAME, globals: { locale: 'de' }, args: { city: 'essen' } };

export const Russian: Story = { parameters: OWN_FRAME, globals: { locale: 'ru' }, args: { city: 'nizhny-novgorod' } };

export const RussianTable: Story = { parameters: OWN_FRAME, globals: { locale: 'ru' }, args: { view: 'table', country: 'RU', from: 1991, to: 1991 } };

/** Founded 2001–2011 only. */
export const FoundingYears: Story = { args: { from: 2001, to: 2011 } };

export const NarrowContainer: Story = { args: { width: '320px' } };

export const Empty: Story = { args: { country: 'FR' } };

export const Loading: Story = { args: { src: NEVER_ANSWERS }, beforeEach: stayLoading };

/** A feed URL that does not exist: the error names the HTTP status and offers a retry. */
export const Error: Story = { args: { src: '/no-such-feed.json' } };

/** A generated feed where a fifth of the partnerships have no founding date: "founding date unknown" in the details and the table; with from/to they are left out and counted. */
export const WithoutFoundingDates: Story = { args: { feed: 'generated: 300 partnerships, a fifth undated', from: 1990 } };

/** A feed whose partnerships are all invalid (unknown cities): the map says how many were left out and that the console has the details. */
export const AllEntriesInvalid: Story = { args: { feed: 'all partnerships invalid' } };

export const ErrorInGerman: Story = { parameters: OWN_FRAME, args: { src: '/no-such-feed.json' }, globals: { locale: 'de' } };

/**
 * Theming: every story has controls for the CSS custom properties and a rule for each `::part()`; here some are filled in.
 * The markers are HTML boxes, not SVG: their ring is a border (`stroke-width` does nothing on them).
 */
export const Themed: Story = {
  args: {
    '--partnership-map-sea': 'light-dark(#dceaf2, #10202b)',
    '--partnership-map-land': 'light-dark(#f4efe6, #2a2620)',
    '--partnership-map-arc': 'light-dark(#8a1538, #f2a7bd)',
    '--partnership-map-height': '28em',
    '--sp-color-accent': 'light-dark(#8a1538, #f2a7bd)',
    'part:marker': 'border-width: 3px',
    'part:base': 'font-family: Georgia, serif',
  },
};

/** Light marker colours, as a designer may pick them: their counts then take a dark colour of their own, `--partnership-map-on-marker`. */
export const LightMarkers: Story = {
  args: {
    '--partnership-map-color-de': '#fde68a',
    '--partnership-map-color-ru': '#bfdbfe',
    '--partnership-map-color-other': '#e5e7eb',
    '--partnership-map-on-marker': '#1f2937',
  },
};
