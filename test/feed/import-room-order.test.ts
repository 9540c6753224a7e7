/**
 * The organiser's order of rooms survives a pretalx import (issue 13, pretalx comparison): the
 * feed has no list of venues, so the grid orders its columns by their first appearance in the
 * feed's sessions, and the importer lists the talks in the order of the file's `rooms`.
 */
import { expect } from '@open-wc/testing';
import { importSchedule } from '../../src/feed/import/index.js';
import type { Session } from '../../src/feed/schema.js';

describe('pretalx import: room order', () => {
  it('lists the sessions in the order of the file’s rooms, each room’s talks in the file’s order', () => {
    const talk = (code: string, room: number | undefined, start: string) => ({
      code,
      title: `Talk ${code}`,
      room,
      start: `2024-06-25T${start}:00+02:00`,
      end: `2024-06-25T${start.slice(0, 2)}:30:00+02:00`,
      speakers: [],
    });
    const result = importSchedule({
      slug: 'camp',
      timezone: 'Europe/Berlin',
      rooms: [
        { id: 7, name: 'Großer Saal' },
        { id: 2, name: 'Raum 2' },
      ],
      talks: [talk('A', 2, '09:00'), talk('B', 7, '11:00'), talk('C', undefined, '08:00'), talk('D', 2, '10:00'), talk('E', 7, '10:00')],
    });
    if (!result || typeof result !== 'object') throw new Error('not recognised');
    const sessions = (result.document.conferences?.[0]?.sessions ?? []) as Session[];
    expect(sessions.map((session) => [session.venue, session.id.replace(/^.*-/, '')])).to.deep.equal([
      ['Großer Saal', 'B'],
      ['Großer Saal', 'E'],
      ['Raum 2', 'A'],
      ['Raum 2', 'D'],
      [undefined, 'C'],
    ]);
  });
});

describe('frab import: room order', () => {
  const event = (id: number, start: string, room: string) => ({
    id,
    guid: `b0000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    date: `${start}:00+02:00`,
    start: start.slice(11),
    duration: '00:45',
    room,
    title: `Talk ${id}`,
    type: 'lecture',
    persons: [],
    links: [],
  });
  /** The order of the venues as the grid takes it: their first appearance in the feed's sessions. */
  const venues = (document: unknown) => {
    const result = importSchedule(document);
    if (!result) throw new Error('not recognised');
    return [...new Set((result.document.conferences?.[0]?.sessions ?? []).map((session) => session.venue))];
  };

  it('keeps the order of the conference’s rooms list, which a day’s room groups lose to JSON.parse when rooms are numbers, or when a room has nothing on the first day', () => {
    // As pretalx's frab export and C3VOC write it: the rooms in the organiser's order, each day's room groups in that order too.
    const text = JSON.stringify({
      schedule: {
        version: '1.0',
        conference: {
          acronym: 'uni-2024',
          title: 'Uni 2024',
          start: '2024-06-25',
          end: '2024-06-26',
          time_zone_name: 'Europe/Berlin',
          rooms: [
            { name: 'Aula', guid: 'r1' },
            { name: '101', guid: 'r2' },
            { name: 'Werkstatt', guid: 'r3' },
            { name: '7', guid: 'r4' },
          ],
          days: [
            {
              index: 1,
              date: '2024-06-25',
              rooms: { Aula: [event(1, '2024-06-25T10:00', 'Aula')], '101': [event(2, '2024-06-25T10:00', '101')], '7': [event(3, '2024-06-25T10:00', '7')] },
            },
            {
              index: 2,
              date: '2024-06-26',
              rooms: { Aula: [event(4, '2024-06-26T10:00', 'Aula')], Werkstatt: [event(5, '2024-06-26T10:00', 'Werkstatt')] },
            },
          ],
        },
      },
    });
    const document: unknown = JSON.parse(text);
    // What the importer is given: the numbered rooms first, in number order.
    expect(Object.keys((document as { schedule: { conference: { days: { rooms: object }[] } } }).schedule.conference.days[0].rooms)).to.deep.equal([
      '7',
      '101',
      'Aula',
    ]);
    expect(venues(document)).to.deep.equal(['Aula', '101', 'Werkstatt', '7']);

    // Without a rooms list, the day's groups as given.
    delete (document as { schedule: { conference: { rooms?: unknown } } }).schedule.conference.rooms;
    expect(venues(document)).to.deep.equal(['7', '101', 'Aula', 'Werkstatt']);
  });
});
