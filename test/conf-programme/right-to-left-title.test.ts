/**
 * A session title in Arabic or Hebrew in the grid, whose compact card cuts it after a few lines with
 * an ellipsis (-webkit-line-clamp): the ellipsis ends the title's last shown line, at its left end
 * where the line is read from the right. The widget's own layout stays left to right
 * (`direction: ltr`), also inside a `dir="rtl"` part of the page, as here.
 */
import { expect } from '@open-wc/testing';
import { venuesOnOneDay } from '../../scripts/freeze-feeds.mjs';
import '../../src/conf-programme/define.js';
import { shadow, until } from '../support/widgets.js';
import { article, cleanUp, container, programme } from './support.js';

const DAY = '2030-06-26';
const ARABIC =
  'ورشة العمل 3: الشباب والتبادل المدرسي بين المدن الشريكة في ألمانيا وروسيا والتعاون البلدي في المناطق الريفية والمدن الصغيرة والمتوسطة مع أمثلة من مدن كثيرة';
const HEBREW = 'קבוצת עבודה 3: חילופי נוער ותרבות בין ערים תאומות בגרמניה וברוסיה ושיתוף פעולה עירוני באזורים כפריים ובערים קטנות ובינוניות עם דוגמאות רבות';
const GERMAN =
  'Arbeitsgruppe 3: Jugend- und Schulaustausch zwischen den Partnerstädten in Deutschland und Russland sowie kommunale Zusammenarbeit im ländlichen Raum';

function feed(): Record<string, unknown> {
  const document = venuesOnOneDay(1) as { conferences: { sessions: unknown[] }[] } & Record<string, unknown>;
  document.conferences[0].sessions = Object.entries({ arabic: ARABIC, hebrew: HEBREW, german: GERMAN }).map(([id, title], index) => ({
    id,
    kind: 'other',
    title,
    venue: { en: `Room ${index + 1}` },
    start: `${DAY}T10:00`,
    end: `${DAY}T10:30`,
  }));
  return document;
}

/** The left and right end of each line of `heading` that is shown (not cut off below its last shown line), top to bottom. */
function shownLines(heading: HTMLElement): { left: number; right: number }[] {
  const box = heading.getBoundingClientRect();
  const range = document.createRange();
  range.selectNodeContents(heading);
  const lines = new Map<number, { left: number; right: number }>();
  for (const rect of range.getClientRects()) {
    if (rect.width === 0 || rect.top >= box.bottom - 1) continue;
    const key = Math.round(rect.top + rect.height / 2);
    const line = [...lines.keys()].find((top) => Math.abs(top - key) < rect.height / 2);
    const found = line === undefined ? undefined : lines.get(line);
    if (found) {
      found.left = Math.min(found.left, rect.left);
      found.right = Math.max(found.right, rect.right);
    } else lines.set(key, { left: rect.left, right: rect.right });
  }
  return [...lines.entries()].sort(([a], [b]) => a - b).map(([, line]) => line);
}

describe('<conf-programme view="grid">: a title in a right-to-left script cut short', function () {
  this.timeout(60_000);
  afterEach(() => cleanUp(() => false));

  it('reads from the right, its last shown line ending in the ellipsis at the left; a German title still from the left', async () => {
    const box = container('1200px');
    box.dir = 'rtl';
    const element = await programme({ feed: feed(), attributes: { view: 'grid' }, container: box });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    for (const [id, reads] of [
      ['arabic', 'right'],
      ['hebrew', 'right'],
      ['german', 'left'],
    ] as const) {
      const heading = article(element, id).querySelector<HTMLElement>('[part~="session-title"]')!;
      await until(() => heading.scrollHeight > heading.clientHeight + 1, `the ${id} title is not cut short`);
      const lines = shownLines(heading);
      expect(lines.length, `the ${id} title's shown lines`).to.be.at.least(2);
      const style = getComputedStyle(heading);
      const { left, right } = heading.getBoundingClientRect();
      const start = reads === 'right' ? right - parseFloat(style.paddingRight) : left + parseFloat(style.paddingLeft);
      // The last shown line first: in a left-to-right box the ellipsis took its right end, where a line read from the right begins.
      for (const [index, line] of [...lines.entries()].reverse()) {
        const edge = reads === 'right' ? line.right : line.left;
        expect(Math.abs(edge - start), `line ${index + 1} of ${lines.length} shown of the ${id} title begins at the ${reads}`).to.be.at.most(1.5);
      }
    }
  });
});
