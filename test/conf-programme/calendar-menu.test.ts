/**
 * Issue 13, "Wording and states", item 5: one calm "Add to calendar" button per session and one
 * for the programme, with the choices in a menu over the page (src/conf-programme/menu.ts): the
 * keyboard paths, a click outside, the menu lying over the next session instead of pushing it,
 * in the list and in the grid's compact cards, copying a session's link with a polite status,
 * and the words in German, Russian and British English. The files themselves: calendar.test.ts.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import type { ConfProgramme } from '../../src/conf-programme/conf-programme.js';
import { setLanguage } from '../../src/i18n/language.js';
import { setClock } from '../../src/shared/clock.js';
import { axeViolations } from '../support/axe.js';
import { catchCalendar } from '../support/calendar.js';
import { minimalFeed } from '../support/feeds.js';
import { captureConsole, shadow, until } from '../support/widgets.js';
import { article, cleanUp, click, container, openMenu, programme, shownIds, stubClipboard, waitForFocus } from './support.js';

const at = (time: string) => `2019-06-25T${time}`;

/** A conference of 25–28 June 2019 in Moscow: three sessions in the Hall, one in Room 1. */
const CONFERENCE = {
  id: 'c',
  ordinal: 15,
  title: 'Conference',
  start: '2019-06-25',
  end: '2019-06-28',
  timeZone: 'Europe/Moscow',
  hostCities: ['essen'],
};
const FEED = minimalFeed({
  conferences: [
    {
      ...CONFERENCE,
      sessions: [
        { id: 'a', kind: 'plenary', title: { en: 'Opening', de: 'Eröffnung', ru: 'Открытие' }, start: at('10:00'), end: at('11:00'), venue: { en: 'Hall' } },
        { id: 'b', kind: 'plenary', title: { en: 'Mayors', de: 'Bürgermeister', ru: 'Мэры' }, start: at('11:00'), end: at('12:00'), venue: { en: 'Hall' } },
        { id: 'c', kind: 'plenary', title: { en: 'Youth', de: 'Jugend', ru: 'Молодёжь' }, start: at('12:00'), end: at('13:00'), venue: { en: 'Hall' } },
        { id: 'd', kind: 'plenary', title: { en: 'Schools', de: 'Schulen', ru: 'Школы' }, start: at('10:00'), end: at('11:00'), venue: { en: 'Room 1' } },
      ],
    },
  ],
});

const WORDS = {
  de: {
    button: 'Zum Kalender hinzufügen',
    session: ['Kalenderdatei herunterladen (.ics)', 'Link zu dieser Veranstaltung kopieren'],
    programme: ['Ganzes Programm', 'Angezeigte Veranstaltungen', 'Mein Programm'],
    link: 'Link zu dieser Veranstaltung',
    copied: 'Link kopiert.',
    created: 'Kalenderdatei erstellt.',
  },
  ru: {
    button: 'Добавить в календарь',
    session: ['Скачать файл календаря (.ics)', 'Скопировать ссылку на это мероприятие'],
    programme: ['Вся программа', 'Показанные мероприятия', 'Моя программа'],
    link: 'Ссылка на это мероприятие',
    copied: 'Ссылка скопирована.',
    created: 'Файл календаря создан.',
  },
  en: {
    button: 'Add to calendar',
    session: ['Download calendar file (.ics)', 'Copy link to this session'],
    programme: ['Whole programme', 'Sessions shown', 'My programme'],
    link: 'Link to this session',
    copied: 'Link copied.',
    created: 'Calendar file created.',
  },
};

const trigger = (element: ConfProgramme, session: string) => article(element, session).querySelector<HTMLButtonElement>('[part~="session-calendar"]')!;
const toolbarTrigger = (element: ConfProgramme) => shadow(element).querySelector<HTMLButtonElement>('[part~="calendar"] > button')!;
const menuOf = (element: ConfProgramme, button: HTMLElement) => shadow(element).getElementById(button.getAttribute('aria-controls')!);
const items = (element: ConfProgramme, button: HTMLElement) => [...(menuOf(element, button)?.querySelectorAll('button') ?? [])];
/** The choices of `button`'s menu, once it shows `count` of them. */
async function choices(element: ConfProgramme, button: HTMLElement, count: number): Promise<HTMLButtonElement[]> {
  await until(() => items(element, button).length === count, 'the menu did not open');
  return items(element, button);
}
const words = (nodes: Iterable<Element>) => [...nodes].map((node) => node.textContent!.trim());

/** The middle of `node` in the page's coordinates, for the mouse. */
function middle(node: Element): [number, number] {
  const box = node.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * The top of `node` once the layout holds still: sessions are content-visibility: auto, and
 * WebKit lays one on screen out at its real size a frame or two after the first render.
 */
async function steadyTop(node: Element): Promise<number> {
  let top = NaN;
  await until(async () => {
    const before = node.getBoundingClientRect().top;
    await frame();
    await frame();
    top = node.getBoundingClientRect().top;
    return top === before;
  }, 'the layout did not settle');
  return top;
}

/** What a reader sees (and clicks) at the middle of `node`: itself (or its text) unless something lies over it or clips it. */
function atMiddle(element: ConfProgramme, node: Element): string {
  const [x, y] = middle(node);
  const found = shadow(element).elementFromPoint(x, y);
  return found === node || (found && node.contains(found)) ? 'itself' : `${found?.outerHTML.slice(0, 80)} at ${x},${y}`;
}

describe('<conf-programme> "Add to calendar" menus', function () {
  this.timeout(30_000);
  beforeEach(() => setClock(() => new Date('2019-05-01T12:00:00Z')));
  afterEach(async () => {
    await resetMouse();
    await cleanUp(() => false);
    await setLanguage('en');
  });

  it('opens a session’s menu with Enter, moves with the arrow keys, and Escape closes it and returns the focus', async () => {
    const element = await programme({ feed: FEED });
    const button = trigger(element, 'a');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(menuOf(element, button), 'closed: no menu').to.equal(null);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'Enter did not open the menu');
    const [download, copy] = await choices(element, button, 2);
    await waitForFocus(element, download, 'the focus did not go to the first choice');
    await sendKeys({ press: 'ArrowDown' });
    await waitForFocus(element, copy, 'ArrowDown did not move to the second choice');
    await sendKeys({ press: 'ArrowDown' });
    await waitForFocus(element, download, 'ArrowDown did not wrap to the first choice');
    await sendKeys({ press: 'End' });
    await waitForFocus(element, copy, 'End did not move to the last choice');
    await sendKeys({ press: 'ArrowUp' });
    await waitForFocus(element, download, 'ArrowUp did not move back');
    await sendKeys({ press: 'Escape' });
    await until(() => button.getAttribute('aria-expanded') === 'false', 'Escape did not close the menu');
    await waitForFocus(element, button, 'Escape did not return the focus to the button');
    expect(menuOf(element, button)).to.equal(null);

    // Space and ArrowDown open it too.
    // ' ' rather than 'Space': Firefox's BiDi keyboard knows keys by the character they type.
    await sendKeys({ press: ' ' });
    await until(() => shadow(element).activeElement === items(element, button)[0], 'Space did not open the menu');
    await sendKeys({ press: 'Escape' });
    await waitForFocus(element, button, 'Escape did not return the focus');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => shadow(element).activeElement === items(element, button)[0], 'ArrowDown did not open the menu');
  });

  it('closes when Tab leaves it, and Tab goes on to the next control', async () => {
    const element = await programme({ feed: FEED });
    const button = trigger(element, 'a');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const last = (await choices(element, button, 2))[1];
    await sendKeys({ press: 'End' });
    await waitForFocus(element, last, 'no last choice');
    await sendKeys({ press: 'Tab' });
    await until(() => button.getAttribute('aria-expanded') === 'false', 'Tab out of the menu did not close it');
    await waitForFocus(element, article(element, 'a').querySelector('[part~="permalink"]'), 'Tab did not go on to the link');
  });

  it('opens the programme’s menu from the keyboard, its choices in reach', async () => {
    const element = await programme({ feed: FEED });
    const button = toolbarTrigger(element);
    expect(button.textContent!.trim()).to.equal('Add to calendar');
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    const shown = await choices(element, button, 3);
    expect(words(shown)).to.deep.equal(WORDS.en.programme);
    await waitForFocus(element, shown[0], 'the focus did not go to "Whole programme"');
    // "My programme" is unavailable without favourites, and the arrows still reach it, so that a screen reader says it is there.
    await sendKeys({ press: 'ArrowDown' });
    await waitForFocus(element, shown[1], 'ArrowDown did not reach "Sessions shown"');
    await sendKeys({ press: 'ArrowDown' });
    await waitForFocus(element, shown[2], 'ArrowDown did not reach the unavailable "My programme"');
    expect(shown[2].getAttribute('aria-disabled')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await waitForFocus(element, shown[0], 'ArrowDown did not wrap to the first choice');
    await sendKeys({ press: 'Escape' });
    await waitForFocus(element, button, 'Escape did not return the focus');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('stays, the focus in it, when the programme narrows to a phone’s width while it is open (a phone turned); the search field too', async () => {
    const box = container('40em');
    const element = await programme({ feed: FEED, container: box });
    const root = shadow(element);
    const button = toolbarTrigger(element);
    button.focus();
    await sendKeys({ press: 'ArrowDown' });
    const shown = await choices(element, button, 3);
    await waitForFocus(element, shown[0], 'the focus did not go to "Whole programme"');
    const frame = () => new Promise((done) => requestAnimationFrame(done));
    // Below 30em the toolbar folds behind its button ("Search, filters and more"); what holds the focus stays until the focus leaves it.
    box.style.inlineSize = '20em';
    await until(() => root.querySelector<HTMLElement>('[part~="tools"]')!.offsetWidth > 0, 'the toolbar did not fold');
    await frame();
    expect(shown[0].offsetWidth, 'the menu is shown').to.be.above(0);
    expect(root.activeElement, 'the focus stayed in the menu').to.equal(shown[0]);
    expect(root.querySelector<HTMLElement>('[part~="search"]')!.offsetWidth, 'the rest of the toolbar folded').to.equal(0);
    await sendKeys({ press: 'Escape' });
    await waitForFocus(element, button, 'Escape did not return the focus');
    expect(button.offsetWidth, 'the button is shown while it has the focus').to.be.above(0);

    box.style.inlineSize = '40em';
    const search = root.querySelector<HTMLInputElement>('[part~="search"]')!;
    await until(() => search.offsetWidth > 0, 'the toolbar did not unfold');
    search.focus();
    box.style.inlineSize = '20em';
    await until(() => root.querySelector<HTMLElement>('[part~="tools"]')!.offsetWidth > 0, 'the toolbar did not fold');
    await frame();
    expect(search.offsetWidth, 'the search field is shown').to.be.above(0);
    expect(root.activeElement, 'the focus stayed in the search field').to.equal(search);
    expect(button.offsetWidth, 'the calendar button folded').to.equal(0);
  });

  it('closes on a click outside, not on a click inside', async () => {
    const element = await programme({ feed: FEED });
    const button = trigger(element, 'a');
    await click(element, button);
    await choices(element, button, 2);
    // Inside: the menu's padding, beside its choices.
    const box = menuOf(element, button)!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + 2), Math.round(box.top + 2)] });
    await element.updateComplete;
    expect(button.getAttribute('aria-expanded'), 'a click inside the menu keeps it open').to.equal('true');
    await sendMouse({ type: 'click', position: middle(shadow(element).querySelector('[part~="title"]')!) });
    await until(() => button.getAttribute('aria-expanded') === 'false', 'a click outside did not close the menu');
    expect(menuOf(element, button)).to.equal(null);
    // The button toggles it.
    await steadyTop(button);
    await sendMouse({ type: 'click', position: middle(button) });
    await until(() => button.getAttribute('aria-expanded') === 'true', 'a click on the button did not open it');
    await sendMouse({ type: 'click', position: middle(button) });
    await until(() => button.getAttribute('aria-expanded') === 'false', 'a second click on the button did not close it');
  });

  it('lies over the following session in the list: nothing moves, and its choices are on top', async () => {
    const element = await programme({ feed: FEED });
    await until(() => article(element, 'b'), 'no session b');
    const next = article(element, 'b');
    const before = await steadyTop(next);
    const menu = await openMenu(element, 'a');
    expect(next.getBoundingClientRect().top, 'the next session did not move').to.equal(before);
    const [download, copy] = menu.querySelectorAll('button');
    expect(menu.getBoundingClientRect().bottom, 'the menu reaches over the next session').to.be.greaterThan(
      article(element, 'a').parentElement!.getBoundingClientRect().bottom,
    );
    expect(atMiddle(element, download), 'the download choice is visible and clickable').to.equal('itself');
    expect(atMiddle(element, copy), 'the copy choice is visible and clickable').to.equal('itself');
  });

  it('stays inside a wrapper that hides its overflow, on a phone: above its button and moved in from the edge, the wrapper not scrolled', async () => {
    // A theme's clearfix (overflow: hidden) as narrow as a phone: the last session's menu would reach
    // below the programme and past its right edge, and focusing its first choice scrolled the wrapper.
    const wrapper = container('320px');
    wrapper.style.overflow = 'hidden';
    const element = await programme({ feed: FEED, container: wrapper });
    const button = trigger(element, shownIds(element).at(-1)!);
    button.focus();
    await sendKeys({ press: 'Enter' });
    const [download, copy] = await choices(element, button, 2);
    await waitForFocus(element, download, 'the focus did not go into the menu');
    const menu = menuOf(element, button)!.getBoundingClientRect();
    const edges = wrapper.getBoundingClientRect();
    expect([wrapper.scrollTop, wrapper.scrollLeft], 'the wrapper was not scrolled').to.deep.equal([0, 0]);
    expect(menu.bottom, 'above its button').to.be.at.most(button.getBoundingClientRect().top);
    expect(menu.top, 'inside the wrapper (top)').to.be.at.least(Math.max(edges.top, 0));
    expect(menu.right, 'inside the wrapper (right)').to.be.at.most(edges.right);
    expect(menu.left, 'inside the wrapper (left)').to.be.at.least(edges.left);
    expect(atMiddle(element, download), 'the download choice is visible and clickable').to.equal('itself');
    expect(atMiddle(element, copy), 'the copy choice is visible and clickable').to.equal('itself');
  });

  for (const [what, make] of [
    // A page builder's wrapper: display: contents, with an overflow left over from another layout.
    ['without a box of its own (display: contents)', () => Object.assign(container('1000px'), { style: 'display: contents; overflow: hidden' })],
    // An inline element, to which overflow does not apply.
    ['that is inline (a <span>)', () => Object.assign(document.body.appendChild(document.createElement('span')), { style: 'overflow: hidden' })],
  ] as const) {
    it(`opens below its button as usual inside a wrapper ${what}, which clips nothing whatever overflow it is given`, async () => {
      const wrapper = make();
      wrapper.dataset.testContainer = '';
      const element = await programme({ feed: FEED, container: wrapper });
      // Room below the button in the window, wherever earlier tests left the page scrolled.
      const room = container('100%');
      room.style.blockSize = '100vh';
      const button = trigger(element, 'a');
      button.scrollIntoView({ block: 'start' });
      button.focus();
      await sendKeys({ press: 'Enter' });
      const [download] = await choices(element, button, 2);
      await waitForFocus(element, download, 'the focus did not go into the menu');
      const menu = menuOf(element, button)!.getBoundingClientRect();
      const anchor = button.getBoundingClientRect();
      expect(menu.top, 'below its button').to.be.at.least(anchor.bottom);
      expect(menu.left, 'at its button’s start').to.be.closeTo(anchor.left, 1);
    });
  }

  /** A long day in one hall, 08:00 to 20:00, for a grid taller than its scroller. */
  const LONG_DAY = minimalFeed({
    conferences: [
      {
        ...CONFERENCE,
        sessions: Array.from({ length: 12 }, (_, hour) => ({
          id: `h${hour}`,
          kind: 'plenary',
          title: { en: `Hour ${hour + 8}` },
          start: at(`${String(hour + 8).padStart(2, '0')}:00`),
          end: at(`${String(hour + 9).padStart(2, '0')}:00`),
          venue: { en: 'Hall' },
        })),
      },
    ],
  });

  for (const [what, setUp] of [
    [
      'a theme’s scroller around the programme',
      async () => {
        const wrapper = container('1000px');
        Object.assign(wrapper.style, { overflow: 'auto', blockSize: '260px' });
        const spacer = () => Object.assign(document.createElement('div'), { style: 'block-size: 400px' });
        wrapper.append(spacer());
        const element = await programme({ feed: FEED, container: wrapper });
        wrapper.append(spacer());
        return { element, scroller: wrapper, button: trigger(element, 'b') };
      },
    ],
    [
      'a scroller in another component’s shadow root, the programme slotted into it (a page built with components)',
      async () => {
        // Like ion-content: the component's shadow root holds the scroller, the page's content is slotted into it.
        if (!customElements.get('test-scroll-panel')) {
          customElements.define(
            'test-scroll-panel',
            class extends HTMLElement {
              constructor() {
                super();
                this.attachShadow({ mode: 'open' }).innerHTML =
                  '<div part="scroller" style="overflow: auto; block-size: 260px"><div style="block-size: 400px"></div><slot></slot><div style="block-size: 400px"></div></div>';
              }
            },
          );
        }
        const panel = container('1000px').appendChild(document.createElement('test-scroll-panel'));
        panel.dataset.testContainer = '';
        const element = await programme({ feed: FEED, container: panel });
        return { element, scroller: panel.shadowRoot!.querySelector<HTMLElement>('[part="scroller"]')!, button: trigger(element, 'b') };
      },
    ],
    [
      'the grid’s own scroller, in the widget’s shadow root',
      async () => {
        const style = Object.assign(container('0'), { innerHTML: '<style>conf-programme::part(grid) { max-block-size: 260px }</style>' });
        style.hidden = true;
        const element = await programme({ feed: LONG_DAY, attributes: { view: 'grid' }, container: container('1000px') });
        await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
        const scroller = shadow(element).querySelector<HTMLElement>('[part~="grid"]')!;
        return { element, scroller, button: trigger(element, 'h6') };
      },
    ],
  ] as const) {
    it(`is placed again when ${what} scrolls with it open: above its button near the bottom`, async () => {
      const { element, scroller, button } = await setUp();
      /** Scrolls until the button's `edge` holds still `at` px from the scroller's top. */
      const scrollButton = (edge: 'top' | 'bottom', at: number) =>
        until(async () => {
          const offset = () => button.getBoundingClientRect()[edge] - scroller.getBoundingClientRect().top - at;
          scroller.scrollTop += offset();
          await frame();
          await frame();
          return Math.abs(offset()) < 1;
        }, `the button did not hold still ${at}px from the scroller’s top`);
      expect(scroller.scrollHeight - scroller.clientHeight, 'the scroller scrolls').to.be.greaterThan(200);
      await scrollButton('top', 10);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const [download] = await choices(element, button, 2);
      await waitForFocus(element, download, 'the focus did not go into the menu');
      const menu = () => menuOf(element, button)!.getBoundingClientRect();
      expect(menu().top, 'first below its button').to.be.at.least(button.getBoundingClientRect().bottom);
      await scrollButton('bottom', scroller.clientHeight - 10);
      await until(() => menu().bottom <= button.getBoundingClientRect().top, 'the menu did not move above its button');
      expect(menu().top, 'inside the scroller').to.be.at.least(scroller.getBoundingClientRect().top);
      expect(shadow(element).activeElement, 'still open, the focus in it').to.equal(download);
    });
  }

  it('works in the grid’s compact cards: Tab reaches the button, the menu opens over the next card', async () => {
    const element = await programme({ feed: FEED, attributes: { view: 'grid' }, container: container('1000px') });
    await until(() => shadow(element).querySelector('[part~="grid"]'), 'the grid');
    const star = article(element, 'a').querySelector<HTMLElement>('[part~="favourite"]')!;
    const next = article(element, 'b').getBoundingClientRect().top;
    star.focus();
    await sendKeys({ press: 'Tab' });
    const button = trigger(element, 'a');
    await waitForFocus(element, button, 'Tab did not reach the card’s "Add to calendar"');
    await sendKeys({ press: 'Enter' });
    const [download, copy] = await choices(element, button, 2);
    await waitForFocus(element, download, 'the focus did not go into the menu');
    expect(article(element, 'b').getBoundingClientRect().top, 'the next card did not move').to.equal(next);
    expect(atMiddle(element, download), 'the download choice is visible over the grid').to.equal('itself');
    expect(atMiddle(element, copy), 'the copy choice is visible over the grid').to.equal('itself');
    await sendKeys({ press: 'Escape' });
    await waitForFocus(element, button, 'Escape did not return the focus');
  });

  it('keeps its edge and covers what is below in forced colours (Chromium emulates them)', async function () {
    // Only Chromium emulates forced colours here (CDP, test/support/forced-colors.mjs); Firefox and WebKit cannot.
    if (!/Chrome\//.test(navigator.userAgent)) this.skip();
    await executeServerCommand('forced-colors', { active: true });
    try {
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
      const element = await programme({ feed: FEED });
      const menu = await openMenu(element, 'a');
      const style = getComputedStyle(menu);
      expect(style.borderTopStyle !== 'none' && parseFloat(style.borderTopWidth) > 0, 'the menu has a drawn edge').to.equal(true);
      expect(style.backgroundColor, 'an opaque background').to.not.match(/transparent|rgba\(0, 0, 0, 0\)/);
      for (const choice of menu.querySelectorAll('button')) expect(atMiddle(element, choice), choice.textContent!.trim()).to.equal('itself');
    } finally {
      await executeServerCommand('forced-colors', { active: false });
    }
  });

  it('copies a session’s link and says so politely; a refused copy says that, with the details in the console', async () => {
    const element = await programme({ feed: FEED });
    const clipboard = stubClipboard();
    try {
      const menu = await openMenu(element, 'b');
      const status = menu.querySelector('[role="status"]')!;
      expect(status.textContent!.trim(), 'nothing said before').to.equal('');
      const [download, copy] = menu.querySelectorAll('button');
      await waitForFocus(element, download, 'the focus did not go into the menu');
      copy.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => status.isConnected && status.textContent!.trim() === 'Link copied.', 'no "Link copied."');
      expect(clipboard.written).to.deep.equal([article(element, 'b').querySelector<HTMLAnchorElement>('[part~="permalink"]')!.href]);
      expect(shadow(element).activeElement, 'the focus stays on the choice').to.equal(copy);
    } finally {
      clipboard.restore();
    }
    const refused = stubClipboard(true);
    try {
      const menu = await openMenu(element, 'c');
      const status = menu.querySelector('[role="status"]')!;
      const { logged } = await captureConsole(async () => {
        await click(element, menu.querySelectorAll('button')[1]);
        await until(() => status.textContent!.trim() === 'The link could not be copied.', 'no message on the page');
      });
      expect(logged.join('\n')).to.match(/could not be copied.*NotAllowedError|NotAllowedError.*could not be copied/s);
    } finally {
      refused.restore();
    }
  });

  for (const language of ['de', 'ru', 'en'] as const) {
    it(`${language}: says "${WORDS[language].button}" and its choices in plain words, and is axe-clean open`, async () => {
      await setLanguage(language);
      const element = await programme({ feed: FEED });
      const expected = WORDS[language];
      const button = trigger(element, 'a');
      expect(button.textContent!.trim()).to.equal(expected.button);
      expect(article(element, 'a').querySelector('[part~="permalink"]')!.textContent!.trim()).to.equal(expected.link);
      expect(toolbarTrigger(element).textContent!.trim()).to.equal(expected.button);
      expect(words((await openMenu(element, 'a')).querySelectorAll('button'))).to.deep.equal(expected.session);
      expect(await axeViolations(element)).to.deep.equal([]);
      expect(words((await openMenu(element)).querySelectorAll('button'))).to.deep.equal(expected.programme);
      expect(trigger(element, 'a').getAttribute('aria-expanded'), 'one menu open at a time').to.equal('false');
      expect(await axeViolations(element)).to.deep.equal([]);
      const clipboard = stubClipboard();
      try {
        const menu = await openMenu(element, 'a');
        await click(element, menu.querySelectorAll('button')[1]);
        await until(() => menu.querySelector('[role="status"]')!.textContent!.trim() === expected.copied, `no "${expected.copied}"`);
      } finally {
        clipboard.restore();
      }
      // A calendar file made is said in the menu, the programme's as a session's.
      const menu = await openMenu(element);
      expect(menu.querySelector('[role="status"]')!.textContent!.trim(), 'nothing said before').to.equal('');
      await catchCalendar(element, menu.querySelector('button')!);
      await until(() => menu.querySelector('[role="status"]')?.textContent!.trim() === expected.created, `no "${expected.created}"`);
    });
  }

  it('says in the menu when a calendar file could not be made, with the details in the console, and again after the next file', async () => {
    const element = await programme({ feed: FEED });
    const menu = await openMenu(element, 'a');
    const download = menu.querySelector('button')!;
    const said = () => menu.querySelector('[role="status"]')!.textContent!.trim();
    const create = URL.createObjectURL;
    URL.createObjectURL = () => {
      throw new Error('refused by the test');
    };
    try {
      const { logged } = await captureConsole(async () => {
        download.click();
        await until(() => said() === 'The calendar file could not be created. The browser console has the details.', 'no message on the page');
      });
      expect(logged.join('\n')).to.match(/calendar file could not be made.*refused by the test/s);
    } finally {
      URL.createObjectURL = create;
    }
    await catchCalendar(element, download);
    await until(() => said() === 'Calendar file created.', 'no "Calendar file created."');
  });
});
