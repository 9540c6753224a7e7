/**
 * A host page whose Object.prototype carries values (a JSON merge of `{"__proto__": {…}}` in one of
 * its scripts): a feed field an entry leaves out must not take them.
 */
import { expect } from '@open-wc/testing';
import { sampleFeed, SAMPLE_FEED_URL } from '../support/feeds.js';
import { defineAll, WIDGET_CASES } from '../support/widget-cases.js';
import { captureConsole, resetPage, shadow, until } from '../support/widgets.js';

const EVIL = 'https://evil.example/';
const POLLUTION: Record<string, unknown> = {
  url: EVIL,
  logo: `${EVIL}logo.png`,
  onlineUrl: `${EVIL}online`,
  ordinal: 99,
  motto: 'POLLUTED motto',
  description: 'POLLUTED description',
  venue: 'POLLUTED venue',
  notes: 'POLLUTED notes',
  role: 'POLLUTED role',
  shortName: 'POLLUTED short',
  sinceQualifier: 'POLLUTED qualifier',
  email: 'evil@evil.example',
  phone: '+49 666',
  registration: { status: 'open', url: `${EVIL}register` },
  links: [{ url: `${EVIL}link`, label: 'POLLUTED link' }],
  topics: ['POLLUTED topic'],
};

function pollute(): () => void {
  const undo: (() => void)[] = [];
  for (const [key, value] of Object.entries(POLLUTION)) {
    (Object.prototype as Record<string, unknown>)[key] = value;
    undo.push(() => delete (Object.prototype as Record<string, unknown>)[key]);
  }
  return () => undo.forEach((remove) => remove());
}

let runs = 0;
describe('a host page with values on Object.prototype', () => {
  before(defineAll);
  afterEach(resetPage);

  /** What `element` shows once settled, its page polluted meanwhile. */
  async function shown(element: HTMLElement & { feed?: unknown }, content: string, set: () => void): Promise<string> {
    const { value } = await captureConsole(async () => {
      const undo = pollute();
      try {
        set();
        document.body.append(element);
        await until(() => element.shadowRoot?.querySelector(`${content}, [part~="error"]`), `<${element.localName}> did not settle`);
        await (element as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        const html = shadow(element).innerHTML;
        element.remove();
        return html;
      } finally {
        undo();
      }
    });
    return value;
  }

  for (const schedule of ['pretalx-widget.json', 'frab-schedule.json', 'schedule2.json']) {
    it(`<conf-programme> does not show them with ${schedule}`, async () => {
      const element = document.createElement('conf-programme');
      const html = await shown(element, '[part~="session"]', () =>
        element.setAttribute('src', `/test/fixtures/schedules/${schedule}?polluted=${++runs}-${Math.random()}`),
      );
      expect(html).to.match(/part="session/);
      expect(html.match(/.{0,60}(evil|POLLUTED|XCIX).{0,20}/g)).to.equal(null);
    });
  }

  for (const through of ['src', 'feed'] as const) {
    it(`no widget shows them (${through})`, async () => {
      const feed = JSON.stringify(await sampleFeed());
      for (const widget of WIDGET_CASES) {
        const element = document.createElement(widget.tag) as HTMLElement & { feed?: unknown };
        const html = await shown(element, widget.content, () => {
          for (const [name, value] of Object.entries(widget.full)) if (name !== 'src') element.setAttribute(name, value);
          if (through === 'feed') element.feed = JSON.parse(feed);
          else element.setAttribute('src', `${SAMPLE_FEED_URL}?polluted=${++runs}-${Math.random()}`);
        });
        expect(html, `<${widget.tag}> shows its content`).to.match(/part="(entry|card|session|map)/);
        expect(html.match(/.{0,60}(evil|POLLUTED|XCIX).{0,20}/g), `<${widget.tag}>`).to.equal(null);
      }
    });
  }
});
