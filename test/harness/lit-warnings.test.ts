/**
 * The harness's reading of Lit's dev-mode warnings: root-hooks.ts fails a test
 * for each one but the "dev mode" notice, and the console-capturing helpers
 * pass them on to it instead of swallowing them.
 */
import { expect } from '@open-wc/testing';
import { litWarningCode } from '../support/root-hooks.js';
import { isLitWarning } from '../support/widgets.js';

const CHANGE_IN_UPDATE =
  'Element partnership-map scheduled an update (generally because a property was set) after an update completed, causing a new update to be scheduled. ' +
  'This is inefficient and should be avoided unless the next update can only be scheduled as a side effect of the previous update. ' +
  'See https://lit.dev/msg/change-in-update for more information.';
const DEV_MODE = 'Lit is in dev mode. Not recommended for production! See https://lit.dev/msg/dev-mode for more information.';

describe('Lit dev-mode warnings in the harness', () => {
  it('names the code of a warning that fails the test, and lets the dev-mode notice pass', () => {
    expect(litWarningCode(CHANGE_IN_UPDATE)).to.equal('change-in-update');
    expect(litWarningCode('Multiple versions of Lit loaded. See https://lit.dev/msg/multiple-versions for more information.')).to.equal('multiple-versions');
    expect(litWarningCode(DEV_MODE)).to.equal(undefined);
    expect(litWarningCode('[staedtepartner-widgets] 2 problem(s) in the feed')).to.equal(undefined);
  });

  it('tells Lit warnings from the widgets’ own warnings when the console is captured', () => {
    expect(isLitWarning([CHANGE_IN_UPDATE])).to.equal(true);
    expect(isLitWarning(['[staedtepartner-widgets] 2 problem(s) in the feed', 'https://example.org/feed.json'])).to.equal(false);
  });
});

describe('Failed assertions in the harness', () => {
  it('can be sent to the runner when they compare a DOM node or a function', () => {
    const caught: { actual?: unknown; expected?: unknown }[] = [];
    for (const check of [
      () => expect(document.createElement('section'), 'error state').to.equal(null),
      () => expect(null).to.equal(document.body),
      () => expect(() => 1).to.equal(2),
    ]) {
      try {
        check();
      } catch (error) {
        caught.push(error as { actual?: unknown; expected?: unknown });
      }
    }
    expect(caught).to.have.length(3);
    for (const error of caught) expect(() => structuredClone({ actual: error.actual, expected: error.expected })).not.to.throw();
    expect(String(caught[0]!.actual)).to.contain('section');
    expect(caught[1]!.expected).to.be.a('string');
  });
});
