/**
 * Widgets inside other components: in a component's shadow root (not slotted), with the inline
 * feed in that same root, as a design system's `<x-page>` renders a city portal's content; and in
 * a modal (a native `<dialog>`, or a script modal as Bootstrap's, Ionic's or Shoelace's), where
 * Escape that closes one of the widget's own things must not close the modal too.
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

/** A modal that closes: `open()` says whether it is still open. */
interface Modal {
  open(): boolean;
}

/**
 * The two ways modals around a widget hear Escape: the native `<dialog>` opened with showModal()
 * (and `<sl-dialog>` where the browser has CloseWatcher) closes on an Escape whose keydown was not
 * prevented; a script modal closes on every Escape keydown that bubbles up to it, prevented or not
 * (Bootstrap's modal listens on itself; Ionic's overlays, and `<sl-dialog>` without CloseWatcher, on
 * the document). Escape that closes one of the widget's own things must reach neither.
 */
const MODALS: { name: string; around(element: HTMLElement): Modal }[] = [
  {
    name: 'a modal <dialog>',
    around(element) {
      const dialog = document.createElement('dialog');
      dialog.append(element);
      document.body.append(dialog);
      dialog.showModal();
      return { open: () => dialog.open };
    },
  },
  {
    name: 'a script modal that closes on any Escape keydown (Bootstrap, Ionic, Shoelace)',
    around(element) {
      const modal = document.createElement('div');
      modal.setAttribute('role', 'dialog');
      modal.append(element);
      document.body.append(modal);
      let open = true;
      modal.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') open = false;
      });
      return { open: () => open };
    },
  },
];

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

  for (const kind of MODALS) {
    describe(`in ${kind.name}`, () => {
      it('<partnership-map>: Escape in a city’s details, on its tooltip and on its marker closes them, not the modal', async () => {
        const element = document.createElement('partnership-map');
        element.feed = minimalFeed() as FeedDocument;
        const modal = kind.around(element);
        await until(() => element.shadowRoot?.querySelector('[part~="marker"]'), 'no markers');
        await element.updateComplete;
        const marker = () => shadow(element).querySelector<HTMLElement>('[part~="marker"]')!;
        const tooltip = () => shadow(element).querySelector('[part~="tooltip"]');
        const panel = () => shadow(element).querySelector('[part~="panel"]');
        marker().focus();
        await sendKeys({ press: 'Enter' });
        await until(panel, 'the details did not open');
        // The focus is in the details (on their heading), where their Escape handler hears it.
        await until(() => panel()!.contains(deepActiveElement()), 'the focus is not in the details');
        await sendKeys({ press: 'Escape' });
        await until(() => !panel(), 'Escape did not close the details');
        expect(modal.open(), 'the modal closed with the details').to.equal(true);
        // The focus is back on the marker, its tooltip showing: the next Escape hides the tooltip (WCAG 1.4.13).
        await until(tooltip, 'no tooltip on the marker');
        await sendKeys({ press: 'Escape' });
        await until(() => !tooltip(), 'Escape did not hide the tooltip');
        expect(modal.open(), 'the modal closed with the tooltip').to.equal(true);
        // Opened again and the focus put back on the marker: Escape there closes the details (the map's own key).
        await sendKeys({ press: 'Enter' });
        await until(() => panel()?.contains(deepActiveElement()), 'the details did not open again');
        marker().focus();
        await until(() => deepActiveElement() === marker(), 'the marker did not take the focus');
        if (tooltip()) {
          await sendKeys({ press: 'Escape' });
          await until(() => !tooltip(), 'Escape did not hide the tooltip');
        }
        await sendKeys({ press: 'Escape' });
        await until(() => !panel(), 'Escape on the marker did not close the details');
        expect(modal.open(), 'the modal closed with the details').to.equal(true);
        // Nothing of the map's left open: this Escape is the modal's.
        await sendKeys({ press: 'Escape' });
        await until(() => !modal.open(), 'Escape on the map did not close the modal');
      });

      it('<conf-programme>: Escape in the "Add to calendar" menu closes the menu, not the modal', async () => {
        const widget = WIDGET_CASES.find((candidate) => candidate.tag === 'conf-programme')!;
        const element = createWidget(widget, widget.full, document.createElement('div')) as ConfProgramme;
        const modal = kind.around(element);
        await until(() => element.shadowRoot?.querySelector(widget.content), 'no sessions');
        const menu = await openMenu(element);
        await until(() => menu.contains(deepActiveElement()), 'the focus is not in the menu');
        await sendKeys({ press: 'Escape' });
        await until(() => !menu.isConnected, 'Escape did not close the menu');
        expect(modal.open(), 'the modal closed with the menu').to.equal(true);
      });
    });
  }
});
