/**
 * What the hostile fixtures reveal beyond "harmless": that the console names
 * each problem at its real place in the document, and that dates are shown
 * as the feed gives them. Both were bugs in src when the corpus came, fixed
 * with it (c8e0779).
 */
import { expect } from '@open-wc/testing';
import { buildHostPage, captureLogs, deepText, FIXTURE_DIR, mountWidget, quietPeriod, warningPaths, type MountedWidget } from '../support/hostile.js';
import { defineAll, WIDGET_CASES, type WidgetCase } from '../support/widget-cases.js';
import { resetPage } from '../support/widgets.js';

async function fixtureDocument(file: string): Promise<unknown> {
  return JSON.parse(await (await fetch(FIXTURE_DIR + file)).text());
}

describe('hostile feeds: reporting and dates', () => {
  let page: ReturnType<typeof buildHostPage>;

  before(defineAll);
  beforeEach(async () => {
    await resetPage();
    page = buildHostPage();
  });
  afterEach(async () => {
    page.remove();
    await resetPage();
  });

  async function mountOn(widget: WidgetCase, file: string): Promise<{ mounted: MountedWidget; warnings: string[] }> {
    const { value: mounted, warnings } = await captureLogs(async () => {
      const widgetOnFeed = await mountWidget(widget, { feed: await fixtureDocument(file) }, page.stage);
      await quietPeriod(20);
      return widgetOnFeed;
    });
    return { mounted, warnings };
  }

  for (const widget of WIDGET_CASES) {
    describe(`<${widget.tag}>`, () => {
      it('names the first bad entry of a list by its index (data-urls.json)', async () => {
        const { mounted } = await mountOn(widget, 'data-urls.json');
        expect(warningPaths(mounted.warnings)).to.include('$.conferences[0].links[0].url');
      });

      it('names every bad entry of a list by its own index', async () => {
        const { mounted, warnings } = await mountOn(widget, 'data-urls.json');
        const paths = warningPaths(mounted.warnings);
        for (const list of ['$.conferences[0].links', '$.conferences[0].sessions[0].links', '$.conferences[0].sideEvents[0].links']) {
          for (let index = 0; index < 6; index++) {
            expect(paths, 'feed-ready warnings').to.include(`${list}[${index}].url`);
            expect(warnings.join('\n'), 'console').to.contain(`  ${list}[${index}].url: `);
          }
        }
      });

      // Date.UTC(year, …) would read the years 0–99 as 1900–1999.
      it('shows years before 100 as they are, not as 19xx', async () => {
        const { mounted } = await mountOn(widget, 'ancient-years.json');
        expect(mounted.root.querySelector(widget.content) !== null, 'content').to.equal(true);
        const text = deepText(mounted.root);
        for (const wrong of ['1901', '1911', '1921', '1981']) expect(text, `a year the feed does not contain`).not.to.contain(wrong);
        expect(warningPaths(mounted.warnings), 'the leap day of year 0 is a real date').not.to.include('$.partnerships[4].since');
      });
    });
  }
});
