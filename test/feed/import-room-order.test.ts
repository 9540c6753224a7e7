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
