/**
 * WCAG 2.4.3: a page that gives a widget another feed (`src` or `feed` set again) while the reader's
 * focus is in it. The loading state, or a feed without the focused session, replaced the focused
 * control, and the focus fell to the page's `<body>`: the next Tab started at the top of the page.
 * It now stays in the widget (its base while the feed loads, the content's start when the focused
 * session is gone), as after **Try again**.
 */
import { expect } from '@open-wc/testing';
import { SAMPLE_FEED_URL, sampleFeed } from '../support/feeds.js';
import { createWidget, defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { resetPage, shadow, until } from '../support/widgets.js';
import { programme, XV } from '../conf-programme/support.js';

const CONTROLS = 'a[href], button:not([disabled]), input, select, [tabindex]';

describe('the focus when a widget gets another feed', () => {
  before(defineAll);
  afterEach(async () => {
    document.body.replaceChildren();
    await resetPage();
  });

  for (const widget of WIDGET_CASES) {
    it(`<${widget.tag}>: another src keeps the focus in the widget, while it loads and after`, async () => {
      const element = createWidget(widget, widget.full) as HTMLElement & { src: string; updateComplete: Promise<unknown> };
      await until(() => shadow(element).querySelector(widget.content), 'no content');
      await element.updateComplete;
      const control =
        shadow(element).querySelector<HTMLElement>(`:is(${widget.content}) :is(${CONTROLS}), :is(${widget.content}):is(${CONTROLS})`) ??
        shadow(element).querySelector<HTMLElement>(CONTROLS)!;
      control.focus();
      expect(shadow(element).activeElement, 'focused before').to.equal(control);

      element.src = `${SAMPLE_FEED_URL}?again=${widget.tag}`;
      await element.updateComplete;
      expect(control.isConnected, 'the loading state replaced the control').to.equal(false);
      expect(document.activeElement, 'while loading').to.equal(element);
      expect(shadow(element).activeElement, 'while loading').not.to.equal(null);

      await until(() => shadow(element).querySelector(widget.content), 'no content from the new src');
      await element.updateComplete;
      expect(document.activeElement, 'once loaded').to.equal(element);
      expect(shadow(element).activeElement, 'once loaded').not.to.equal(null);
    });
  }

  it('<conf-programme>: a feed object without the focused session moves the focus to the title', async () => {
    const feed = (await sampleFeed()) as { conferences: { id: string; sessions?: { id: string }[] }[] };
    const element = await programme({ conference: XV, feed });
    const star = shadow(element).querySelector<HTMLElement>('[part~="panel"] [data-action="favourite"]')!;
    const id = star.dataset.session!;
    star.focus();

    const next = structuredClone(feed);
    const conference = next.conferences.find((candidate) => candidate.id === XV)!;
    conference.sessions = conference.sessions!.filter((session) => session.id !== id);
    element.feed = next as never;
    await until(() => !shadow(element).getElementById(`session-${id}`), 'the session is still shown');
    await element.updateComplete;
    expect(document.activeElement).to.equal(element);
    expect(shadow(element).activeElement).to.equal(shadow(element).querySelector('[part~="title"]'));
  });
});
