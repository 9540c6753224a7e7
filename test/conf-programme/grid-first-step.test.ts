/**
 * The grid's first step (issue 14, the long task before the first session): the update that first
 * shows a day's grid draws each card with its time, title, speakers and venue only; its folded
 * description and its buttons (hidden in the grid until the card is hovered or focused) follow
 * after the frame that painted it (`drawing.painted`, held here), the panel busy until then. The
 * cards' final markup is the same; the list view draws whole cards at once (they would grow).
 * Nothing is timed: the test counts what each update drew.
 */
import { expect } from '@open-wc/testing';
import { venuesOnOneDay } from '../../scripts/freeze-feeds.mjs';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import '../../src/conf-programme/define.js';
import { nextTask } from '../../src/feed/next-task.js';
import { shadow, until } from '../support/widgets.js';
import { cleanUp, holdSteps } from './support.js';

/** Twelve sessions in four rooms on one day, each with a description and a link. */
function feed(): Record<string, unknown> {
  const document = venuesOnOneDay(12) as { conferences: { sessions: Record<string, unknown>[] }[] } & Record<string, unknown>;
  document.conferences[0].sessions.forEach((session, index) => {
    session.venue = { en: `Room ${index % 4}` };
    session.description = { en: `First paragraph of ${index}.\n\nSecond paragraph.` };
    session.links = [{ url: `https://example.org/${index}`, label: { en: 'Slides' } }];
  });
  return document;
}

/** The widget with `view`; resolves once its first update with sessions is rendered, without waiting for updateComplete. */
async function shown(view?: string): Promise<ConfProgramme> {
  const element = document.createElement('conf-programme');
  element.feed = feed() as never;
  if (view) element.setAttribute('view', view);
  document.body.append(element);
  await until(() => shadow(element).querySelector('[part~="panel"] article'), 'no session was drawn');
  return element;
}

const count = (element: Element, selector: string) => shadow(element).querySelectorAll(`[part~="panel"] ${selector}`).length;
const busy = (element: Element) => shadow(element).querySelector('[part~="panel"]')!.getAttribute('aria-busy');

describe('<conf-programme view="grid"> draws its cards\' hidden parts after the first paint', function () {
  this.timeout(60_000);
  let steps: ReturnType<typeof holdSteps>;
  beforeEach(() => (steps = holdSteps()));
  afterEach(async () => {
    steps.restore();
    await cleanUp((key) => key.startsWith('staedtepartner'));
  });

  it('draws time, title and venue first, the descriptions and buttons in the next step, busy until then', async () => {
    const element = await shown('grid');
    let complete = false;
    void element.updateComplete.then(() => (complete = true));
    expect(shadow(element).querySelector('.grid-sessions'), 'the grid').to.exist;
    expect(count(element, 'li.session')).to.equal(12);
    expect(count(element, '[part~="session-title"]')).to.equal(12);
    expect(count(element, '[part~="session-time"]')).to.equal(12);
    expect(count(element, '[part~="venue"]')).to.equal(12);
    expect(count(element, '[part~="description"]'), 'descriptions in the first step').to.equal(0);
    expect(count(element, '[part~="favourite"], [part~="session-calendar"], [part~="permalink"]'), 'buttons in the first step').to.equal(0);
    expect(busy(element)).to.equal('true');
    await nextTask();
    expect(complete, 'updateComplete resolved before the cards were whole').to.equal(false);

    expect(steps.waiting()).to.equal(1);
    steps.release();
    await element.updateComplete;
    expect(complete).to.equal(true);
    expect(count(element, '[part~="description"]')).to.equal(12);
    expect(count(element, '[part~="description"] p')).to.equal(24);
    expect(count(element, '[part~="favourite"]')).to.equal(12);
    expect(count(element, '[part~="session-calendar"]')).to.equal(12);
    expect(count(element, '[part~="permalink"]')).to.equal(12);
    expect(busy(element)).to.equal('false');
    // Whole from now on: a search or another day draws whole cards in its first update.
    const markup = shadow(element).querySelector('[part~="panel"]')!.innerHTML;
    element.requestUpdate();
    await element.updateComplete;
    expect(steps.waiting()).to.equal(0);
    expect(shadow(element).querySelector('[part~="panel"]')!.innerHTML).to.equal(markup);
  });

  it('draws whole cards at once in the list view', async () => {
    const element = await shown();
    expect(count(element, '[part~="description"]')).to.equal(12);
    expect(count(element, '[part~="favourite"]')).to.equal(12);
    expect(busy(element)).to.equal('false');
    expect(steps.waiting()).to.equal(0);
  });
});
