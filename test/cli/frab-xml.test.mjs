/** The XML reader behind `import schedule.xml` (bin/frab-xml.mjs): what frab writes, and what it refuses. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frabXmlToJson, readXml } from '../../bin/frab-xml.mjs';

/** An element as plain data: name, attributes, children. */
const shape = (node) => (typeof node === 'string' ? node : [node.name, node.attributes, node.children.map(shape)]);

describe('readXml', () => {
  it('reads elements, attributes, text, entities, character references and CDATA; skips declarations and comments', () => {
    const xml =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE schedule [ <!ELEMENT schedule ANY> ]>\n<!-- a comment -->\n' +
      `<a x="1 &lt; 2 > 0" y='&quot;q&quot;'>A &amp; B &#x41;&#1082;<b/><c><![CDATA[<p>&amp;</p>]]></c><!-- inside --></a>\n`;
    assert.deepEqual(shape(readXml(xml)), ['a', { x: '1 < 2 > 0', y: '"q"' }, ['A & B Aк', ['b', {}, []], ['c', {}, ['<p>&amp;</p>']]]]);
  });

  for (const [xml, message] of [
    ['<a>\n<b>\n</a>', /^line 3: <\/a> closes <b>$/],
    ['<a>\n<b>', /^line 2: <b> is not closed$/],
    ['<a>AT&T</a>', /^line 1: "&" that starts no entity/],
    ['<a>&nbsp;</a>', /^line 1: unknown entity &nbsp;$/],
    ['<a></a>\n<b></b>', /^line 2: a second root element$/],
    ['<a></a>\ntext', /^line 2: text outside the root element$/],
    ['<a><!-- open', /^line 1: a comment is not closed$/],
    ['<a 1="x"></a>', /^line 1: a tag that cannot be read$/],
    ['', /^line 1: no element$/],
  ])
    it(`refuses ${JSON.stringify(xml)}`, () =>
      assert.throws(
        () => readXml(xml),
        (error) => error instanceof SyntaxError && message.test(error.message),
      ));
});

describe('frabXmlToJson', () => {
  it("gives frab's JSON shape: conference fields, days with rooms of events, persons and links; empty fields null", () => {
    const xml = `<schedule><version>2</version>
      <conference><acronym>c</acronym><title>T</title><days>1</days><time_zone_name>Europe/Berlin</time_zone_name></conference>
      <day index="1" date="2024-06-26" start="2024-06-26T08:00:00+02:00" end="2024-06-27T03:00:00+02:00">
        <room name="Saal &amp; Foyer"><event guid="g-1" id="7"><date>2024-06-26T10:00:00+02:00</date><start>10:00</start><duration>01:00</duration>
          <title>Talk</title><subtitle/><recording><license/><optout>false</optout></recording>
          <persons><person id="3">Anna</person><person guid="p-9">Olga</person></persons>
          <links><link href="https://example.org/a">Slides</link></links></event></room>
        <room name="Leer"/>
      </day></schedule>`;
    assert.deepEqual(frabXmlToJson(xml), {
      schedule: {
        version: '2',
        conference: {
          rooms: [{ name: 'Saal & Foyer' }, { name: 'Leer' }],
          acronym: 'c',
          title: 'T',
          days: [
            {
              index: 1,
              date: '2024-06-26',
              day_start: '2024-06-26T08:00:00+02:00',
              day_end: '2024-06-27T03:00:00+02:00',
              rooms: {
                'Saal & Foyer': [
                  {
                    id: 7,
                    guid: 'g-1',
                    date: '2024-06-26T10:00:00+02:00',
                    start: '10:00',
                    duration: '01:00',
                    title: 'Talk',
                    subtitle: null,
                    persons: [
                      { id: 3, public_name: 'Anna' },
                      { guid: 'p-9', public_name: 'Olga' },
                    ],
                    links: [{ url: 'https://example.org/a', title: 'Slides' }],
                  },
                ],
                Leer: [],
              },
            },
          ],
          time_zone_name: 'Europe/Berlin',
        },
      },
    });
  });

  it('lists the rooms in the file’s order, which the days’ room groups lose when rooms are named by numbers', () => {
    const xml = `<schedule><conference><title>T</title></conference>
      <day index="1" date="2024-06-26"><room name="Aula"/><room name="101"/></day>
      <day index="2" date="2024-06-27"><room name="Werkstatt"/><room name="7"/><room name="Aula"/></day></schedule>`;
    const { conference } = frabXmlToJson(xml).schedule;
    assert.deepEqual(Object.keys(conference.days[0].rooms), ['101', 'Aula']);
    assert.deepEqual(conference.rooms, [{ name: 'Aula' }, { name: '101' }, { name: 'Werkstatt' }, { name: '7' }]);
  });

  it('keeps an abstract or description whose markup is XML elements as HTML, and a title with markup as its text', () => {
    const xml = `<schedule><conference><title>T</title></conference>
      <day index="1" date="2024-06-26"><room name="A"><event id="1"><title>Intro to <i>Lit</i></title>
        <abstract>
          <p>Welcome &amp; opening: 1 &lt; 2.</p>
          <p>Second<br/>line, <a href="https://example.org/?a=1&amp;b=&quot;2&quot;">a link</a></p>
        </abstract>
        <description><ul><li>one</li><li>two</li></ul></description></event></room></day></schedule>`;
    const [talk] = frabXmlToJson(xml).schedule.conference.days[0].rooms.A;
    assert.equal(talk.title, 'Intro to Lit');
    assert.equal(
      talk.abstract,
      '<p>Welcome &#38; opening: 1 &#60; 2.</p>\n          <p>Second<br>line, <a href="https://example.org/?a=1&#38;b=&#34;2&#34;">a link</a></p>',
    );
    assert.equal(talk.description, '<ul><li>one</li><li>two</li></ul>');
  });

  it('reads speakers written as <person> in the event itself, without <persons>', () => {
    const xml = `<schedule><conference><title>T</title></conference>
      <day index="1" date="2024-06-26"><room name="A"><event id="1"><title>Talk</title><person>Anna Petrova</person><person id="4">Olga</person></event></room></day></schedule>`;
    const [talk] = frabXmlToJson(xml).schedule.conference.days[0].rooms.A;
    assert.deepEqual(talk.persons, [{ public_name: 'Anna Petrova' }, { id: 4, public_name: 'Olga' }]);
    assert.equal(Object.hasOwn(talk, 'person'), false);
  });
});
