/**
 * A printed programme names the zone of its times. On paper the toolbar is gone, and with it the
 * time-zone switch; the note above the programme ("Times in the conference’s local time (GMT+10).",
 * or "in your time zone" after the switch) is all that says which clock "10:00" is on, for a reader
 * who prints the programme of a conference far away and takes it along.
 */
import { expect } from '@open-wc/testing';
import '../../src/conf-programme/define.js';
import { setClock } from '../../src/shared/clock.js';
import { shadow } from '../support/widgets.js';
import { cleanUp, conferenceOf, GENERATED, generated, printMedia, programme, screenMedia } from './support.js';

describe('<conf-programme> printed', function () {
  this.timeout(60_000);
  beforeEach(() => setClock(() => new Date('2025-03-01T12:00:00Z')));
  afterEach(async () => {
    await screenMedia();
    await cleanUp(() => false);
  });

  it('keeps the note that names the zone of the times, where the switch is not printed', async () => {
    const data = generated();
    conferenceOf(data, GENERATED).timeZone = 'Asia/Vladivostok';
    const element = await programme({ feed: data });
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    await printMedia(element, 'toolbar');
    const root = shadow(element);
    const note = root.querySelector<HTMLElement>('[part~="zone-note"]')!;
    expect(note.textContent).to.contain('local time');
    expect(getComputedStyle(root.querySelector('[part~="toolbar"]')!).display, 'the toolbar is not printed').to.equal('none');
    expect(getComputedStyle(note).display, 'the zone note is printed').to.not.equal('none');
    expect(note.getBoundingClientRect().height).to.be.greaterThan(0);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
  });
});
