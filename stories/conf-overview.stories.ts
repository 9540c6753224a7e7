import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/conf-overview/define.js';
import { clockAt, NEVER_ANSWERS } from './support.js';

interface ConfOverviewArgs {
  src: string;
  conference?: string;
  variant?: 'full' | 'compact';
  headingLevel?: number;
}

const meta: Meta<ConfOverviewArgs> = {
  title: 'Widgets/conf-overview',
  component: 'conf-overview',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'One conference at a glance. Without `conference` it shows the running conference, else the next, else the latest. Switch language and colour scheme in the toolbar.',
      },
    },
  },
  args: { src: '/feed.json', conference: 'xvi-kaluga-2021', variant: 'full' },
  argTypes: {
    src: { control: 'text' },
    conference: { control: 'select', options: ['xiv-krasnodar-2017', 'xv-dueren-2019', 'xvi-kaluga-2021', 'viii-yekaterinburg-2005'] },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    headingLevel: { control: { type: 'number', min: 2, max: 6 } },
  },
  beforeEach: clockAt('2026-11-21T12:00:00Z'),
  render: (args) =>
    html`<conf-overview
      src=${args.src}
      conference=${args.conference || nothing}
      variant=${args.variant ?? nothing}
      heading-level=${args.headingLevel ?? nothing}
    ></conf-overview>`,
};
export default meta;

type Story = StoryObj<ConfOverviewArgs>;

/** XVI Kaluga 2021: motto, organisers, supporters, contacts, the IV youth forum; registration closed. */
export const Kaluga2021: Story = {};
export const Kaluga2021German: Story = { globals: { locale: 'de' } };
export const Kaluga2021Russian: Story = { globals: { locale: 'ru' } };

/** XV Kreis Düren 2019, opened in Aachen; 700 participants. */
export const Dueren2019: Story = { args: { conference: 'xv-dueren-2019' } };

/** XIV Krasnodar 2017. */
export const Krasnodar2017: Story = { args: { conference: 'xiv-krasnodar-2017' } };

/** Known by its year only: no calendar button. */
export const Yekaterinburg2005: Story = { args: { conference: 'viii-yekaterinburg-2005' } };

/** The clock three weeks before XVI Kaluga. */
export const BeforeTheConference: Story = { beforeEach: clockAt('2021-06-05T09:00:00Z') };

/** The clock on the second day of XVI Kaluga. */
export const DuringTheConference: Story = { beforeEach: clockAt('2021-06-29T09:00:00Z'), globals: { locale: 'de' } };

/** The clock after it. */
export const AfterTheConference: Story = { beforeEach: clockAt('2021-07-05T09:00:00Z'), globals: { locale: 'ru' } };

/** For sidebars: heading, dates, place, status, one link. */
export const Compact: Story = { args: { variant: 'compact' } };

/** Without `conference`: the running, else the next, else the latest. */
export const CurrentConference: Story = { args: { conference: undefined } };

export const Empty: Story = { args: { conference: 'no-such-conference' } };
export const Loading: Story = { args: { src: NEVER_ANSWERS } };
export const Error: Story = { args: { src: '/no-such-feed.json' } };
