/**
 * Widgets inside other components: in a component's shadow root (not slotted), with the inline
 * feed in that same root, as a design system's `<x-page>` renders a city portal's content; and in
 * a modal dialog (`<dialog>` opened with showModal(), as `<sl-dialog>`), where Escape that closes
 * one of the widget's own things must not close the dialog too.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import type { FeedDocument } from '../../src/feed/schema.js';
import { axeViolations } from '../support/axe.js';
import { minimalFeed, sampleFeed } from '../support/feeds.js';
import { createWidget, defineAll, settledSelector, WIDGET_CASES } from '../support/widget-cases.js';
import { deepActiveElement, resetPage, shadow, until } from '../support/widgets.js';
import { openMenu } from '../conf-programme/support.js';

/** A modal dialog holding `element`, opened. */
function modal(element: HTMLElement): HTMLDialogElement {
  const dialog = document.createElement('dialog');
  dialog.append(element);
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

describe('widgets inside other components', () => {
  before(defineAll);
  afterEach(async () => {
    document.body.replaceChildren();
    await resetPage();
  });

  describe('in a component’s shadow root, not slotted', () => {
    for (const widget of WIDGET_CASES) {
      it(`<${widget.tag}> finds its inline feed in that shadow root and shows it, axe-core clean`, async () => {
        const host = document.createElement('div');
        document.body.append(host);
        const root = host.attachShadow({ mode: 'open' });
        const script = document.createElement('script');
        script.type = 'application/json';
        script.id = 'portal-feed';
        script.textContent = JSON.stringify(await sampleFeed());
        root.append(script);
        const element = createWidget(widget, { ...widget.full, src: '#portal-feed' }, root as unknown as Element);
        await until(() => element.shadowRoot?.querySelector(settledSelector(widget)), `<${widget.tag}> did not settle`);
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(shadow(element).querySelector('[part~="error"]'), 'an error instead of the feed').to.equal(null);
        expect(shadow(element).querySelector(widget.content), 'the content').not.to.equal(null);
        expect(await axeViolations(element)).to.deep.equal([]);
      });
    }
  });

  describe('in a modal dialog', () => {
    it('<partnership-map>: Escape in a city’s details closes the details, not the dialog', async () => {
      const element = document.createElement('partnership-map');
      element.feed = minimalFeed() as FeedDocument;
      const dialog = modal(element);
      await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
      await element.updateComplete;
      shadow(element).querySelector<HTMLElement>('[part~="marker"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => shadow(element).querySelector('[part~="panel"]'), 'the details did not open');
      // The focus is in the details (on their heading), where their Escape handler hears it.
      await until(() => shadow(element).querySelector('[part~="panel"]')!.contains(deepActiveElement()), 'the focus is not in the details');
      await sendKeys({ press: 'Escape' });
      await until(() => !shadow(element).querySelector('[part~="panel"]'), 'Escape did not close the details');
      expect(dialog.open, 'the dialog closed with the details').to.equal(true);
      // The focus is back on the marker, its tooltip showing: the next Escape hides the tooltip (WCAG 1.4.13), the one after is the dialog's.
      await until(() => shadow(element).querySelector('[part~="tooltip"]'), 'no tooltip on the marker');
      await sendKeys({ press: 'Escape' });
      await until(() => !shadow(element).querySelector('[part~="tooltip"]'), 'Escape did not hide the tooltip');
      expect(dialog.open, 'the dialog closed with the tooltip').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await until(() => !dialog.open, 'Escape on the map did not close the dialog');
    });

    it('<conf-programme>: Escape in the "Add to calendar" menu closes the menu, not the dialog', async () => {
      const widget = WIDGET_CASES.find((candidate) => candidate.tag === 'conf-programme')!;
      const element = createWidget(widget, widget.full, document.createElement('div')) as ConfProgramme;
      const dialog = modal(element);
      await until(() => element.shadowRoot?.querySelector(widget.content), 'no sessions');
      const menu = await openMenu(element);
      await until(() => menu.contains(deepActiveElement()), 'the focus is not in the menu');
      await sendKeys({ press: 'Escape' });
      await until(() => !menu.isConnected, 'Escape did not close the menu');
      expect(dialog.open, 'the dialog closed with the menu').to.equal(true);
    });
  });
});
