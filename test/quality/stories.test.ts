/**
 * The Storybook stories as a designer previews them: each widget can be seen in a sidebar's
 * column, where its narrow layout applies (the overview's facts stack below 24em, the history's
 * timeline turns vertical), without resizing the window. Each story is drawn as Storybook draws
 * it (its file's `render` with the file's and the story's args); its feed is one that never
 * answers, since only the width of its box is measured.
 */
import { expect, fixture } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import * as confHistory from '../../stories/conf-history.stories.js';
import * as confOverview from '../../stories/conf-overview.stories.js';
import * as confProgramme from '../../stories/conf-programme.stories.js';
import * as jubileeList from '../../stories/jubilee-list.stories.js';
import * as partnershipMap from '../../stories/partnership-map.stories.js';
import { NEVER_ANSWERS } from '../../stories/support.js';

interface StoryModule {
  default: { component?: string; args?: Record<string, unknown>; render?: (args: Record<string, unknown>) => TemplateResult };
  [story: string]: unknown;
}

const FILES = { confHistory, confOverview, confProgramme, jubileeList, partnershipMap } as unknown as Record<string, StoryModule>;

/** A sidebar's column, in the widget's em: a 20rem sidebar, or the overview's breakpoint. */
const SIDEBAR_EM = 24;

describe('Storybook stories', () => {
  for (const [file, module] of Object.entries(FILES)) {
    const { component, args, render: renderStory } = module.default;

    it(`${file}: a story shows <${component}> in a sidebar's column (at most ${SIDEBAR_EM}em wide)`, async () => {
      const host = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const widths: Record<string, number> = {};
      for (const [name, story] of Object.entries(module)) {
        if (name === 'default' || typeof story !== 'object' || story === null) continue;
        const storyArgs = { ...args, ...((story as { args?: Record<string, unknown> }).args ?? {}), src: NEVER_ANSWERS, feed: undefined };
        render(renderStory!(storyArgs), host);
        const widget = host.querySelector(component!) as HTMLElement;
        widths[name] = Math.round(widget.getBoundingClientRect().width / parseFloat(getComputedStyle(widget).fontSize));
        render(html``, host);
      }
      expect(Object.keys(widths).length, 'stories').to.be.greaterThan(3);
      expect(Math.min(...Object.values(widths)), JSON.stringify(widths)).to.be.at.most(SIDEBAR_EM);
    });
  }
});
