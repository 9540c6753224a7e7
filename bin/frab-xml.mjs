/**
 * frab's `schedule.xml` (also written by pretalx and C3VOC) in the shape of frab's
 * `schedule.json`, which the widgets' importer reads: `staedtepartner-widgets import
 * schedule.xml`. Node-only: no widget loads this file, and the widgets read no XML.
 *
 * The reader takes the XML that frab writes: elements, attributes, text, CDATA sections, the
 * five named entities and numeric character references; it skips the declaration, processing
 * instructions, comments and a DOCTYPE. Anything else (an unknown entity, a tag left open or
 * closed in the wrong place) is refused with its line number.
 */

const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** A start tag at `lastIndex`: its name, attributes and whether it closes itself. */
const TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;

/** `text` with its entities and character references replaced; throws on an unknown one. */
function decode(text, line) {
  return text.replace(/&([^;\s&]*);?/g, (all, name) => {
    if (!all.endsWith(';')) throw new SyntaxError(`line ${line}: "&" that starts no entity (write &amp;)`);
    if (Object.hasOwn(NAMED, name)) return NAMED[name];
    const code = /^#x[0-9a-f]+$/i.test(name) ? parseInt(name.slice(2), 16) : /^#\d+$/.test(name) ? Number(name.slice(1)) : NaN;
    if (!(code >= 0 && code <= 0x10ffff)) throw new SyntaxError(`line ${line}: unknown entity &${name};`);
    return String.fromCodePoint(code);
  });
}

/** The root element of `text` as `{ name, attributes, children }`, children being elements and strings. */
export function readXml(text) {
  const root = { name: '#document', attributes: {}, children: [] };
  const open = [root];
  let line = 1;
  let at = 0;
  const lineAt = (index) => {
    for (; at < index; at++) if (text.charCodeAt(at) === 10) line++;
    return line;
  };
  const fail = (index, message) => {
    throw new SyntaxError(`line ${lineAt(index)}: ${message}`);
  };
  const skipTo = (index, end, what) => {
    const found = text.indexOf(end, index);
    if (found < 0) fail(index, `${what} is not closed`);
    return found + end.length;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const end = lt < 0 ? text.length : lt;
    if (end > i) {
      const chunk = text.slice(i, end);
      if (open.length > 1) open.at(-1).children.push(decode(chunk, lineAt(i)));
      else if (chunk.trim()) fail(i + chunk.search(/\S/), 'text outside the root element');
    }
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) i = skipTo(lt + 4, '-->', 'a comment');
    else if (text.startsWith('<?', lt)) i = skipTo(lt + 2, '?>', 'a declaration');
    else if (text.startsWith('<![CDATA[', lt)) {
      i = skipTo(lt + 9, ']]>', 'a CDATA section');
      if (open.length === 1) fail(lt, 'CDATA outside the root element');
      open.at(-1).children.push(text.slice(lt + 9, i - 3));
    } else if (text.startsWith('<!', lt)) {
      // <!DOCTYPE …>, with an internal subset in [ … ] if any.
      const bracket = text.indexOf('[', lt);
      const close = text.indexOf('>', lt);
      i = bracket >= 0 && bracket < close ? skipTo(skipTo(bracket, ']', 'a DOCTYPE'), '>', 'a DOCTYPE') : skipTo(lt, '>', 'a DOCTYPE');
    } else if (text[lt + 1] === '/') {
      const match = /^<\/([^\s>]+)\s*>/.exec(text.slice(lt, lt + 300));
      if (!match) fail(lt, 'a closing tag that does not end');
      const element = open.pop();
      if (open.length === 0 || element.name !== match[1]) fail(lt, `</${match[1]}> closes <${element.name}>`);
      i = lt + match[0].length;
    } else {
      TAG.lastIndex = lt;
      const tag = TAG.exec(text);
      if (!tag) fail(lt, 'a tag that cannot be read');
      if (open.length === 1 && root.children.length) fail(lt, 'a second root element');
      const attributes = {};
      for (const [, name, double, single] of tag[2].matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
        attributes[name] = decode(double ?? single, lineAt(lt));
      const element = { name: tag[1], attributes, children: [] };
      open.at(-1).children.push(element);
      if (!tag[3]) open.push(element);
      i = lt + tag[0].length;
    }
  }
  if (open.length > 1) fail(text.length, `<${open.at(-1).name}> is not closed`);
  const [element] = root.children;
  if (!element) fail(0, 'no element');
  return element;
}

const elements = (element, name) => element.children.filter((child) => typeof child !== 'string' && (name === undefined || child.name === name));
const textOf = (element) => element.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');
const number = (text) => (/^\d+$/.test(text) ? Number(text) : text);

const escapeHtml = (text) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
/** What `element` holds, written as HTML: an abstract or description whose markup is XML elements, not escaped text. */
const markupOf = (element) =>
  element.children
    .map((child) => {
      if (typeof child === 'string') return escapeHtml(child);
      const tag =
        child.name +
        Object.entries(child.attributes)
          .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
          .join('');
      return /^(br|hr|img|wbr)$/i.test(child.name) ? `<${tag}>` : `<${tag}>${markupOf(child)}</${child.name}>`;
    })
    .join('');

/**
 * The simple fields of `element` (children holding text only), by name; an empty one is null, as in
 * frab's JSON. A title or subtitle with markup in it is taken as its text, an abstract or description
 * as HTML (the importer reads that); other children with elements (persons, links, recording) are not
 * fields.
 */
function fields(element) {
  const result = {};
  for (const child of elements(element)) {
    if (Object.hasOwn(result, child.name)) continue;
    const text =
      elements(child).length === 0 || /^(sub)?title$/.test(child.name)
        ? textOf(child)
        : /^(abstract|description)$/.test(child.name)
          ? markupOf(child)
          : undefined;
    if (text !== undefined) result[child.name] = text.trim() || null;
  }
  return result;
}

/** An event: its fields, id and guid from the attributes, persons and links as frab's JSON has them. */
function event(element) {
  const result = { ...fields(element) };
  if (element.attributes.id !== undefined) result.id = number(element.attributes.id);
  if (element.attributes.guid !== undefined) result.guid = element.attributes.guid;
  // Speakers in <persons>, or (a schedule.xml written by hand or a site generator) as <person> in the event itself.
  const [persons = elements(element, 'person').length ? element : undefined] = elements(element, 'persons');
  delete result.person;
  if (persons)
    result.persons = elements(persons, 'person').map((person) => ({
      ...(person.attributes.id === undefined ? {} : { id: number(person.attributes.id) }),
      ...(person.attributes.guid === undefined ? {} : { guid: person.attributes.guid }),
      public_name: textOf(person).trim(),
    }));
  const [links] = elements(element, 'links');
  if (links) result.links = elements(links, 'link').map((link) => ({ url: link.attributes.href ?? '', title: textOf(link).trim() }));
  return result;
}

/** frab's schedule.xml (its text) as the frab `schedule.json` document; throws a SyntaxError naming the line. */
export function frabXmlToJson(text) {
  const schedule = readXml(text);
  if (schedule.name !== 'schedule') throw new SyntaxError(`the root element is <${schedule.name}>, not frab's <schedule>`);
  const [conference] = elements(schedule, 'conference');
  if (!conference) throw new SyntaxError('no <conference> in <schedule>');
  const days = elements(schedule, 'day').map((day) => ({
    index: number(day.attributes.index ?? ''),
    date: day.attributes.date,
    day_start: day.attributes.start,
    day_end: day.attributes.end,
    rooms: Object.fromEntries(elements(day, 'room').map((room) => [room.attributes.name ?? '', elements(room, 'event').map(event)])),
  }));
  const { version } = fields(schedule);
  // The rooms in the file's order, as frab's JSON lists them: the days' room groups are objects, whose keys
  // a JSON reader puts out of that order when rooms are named by numbers ("101" before "Aula").
  const rooms = [...new Set(elements(schedule, 'day').flatMap((day) => elements(day, 'room').map((room) => room.attributes.name ?? '')))];
  return { schedule: { ...(version === undefined ? {} : { version }), conference: { rooms: rooms.map((name) => ({ name })), ...fields(conference), days } } };
}
