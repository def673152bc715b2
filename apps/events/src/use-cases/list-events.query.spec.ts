import { decodeEventCursor, encodeEventCursor } from './list-events.query';

describe('event cursors', () => {
  const event = {
    startsAt: new Date('2025-03-14T09:00:00.250Z'),
    id: '3b0b8a1e-1d2c-4f5e-8a9b-0c1d2e3f4a5b',
  };

  it('round-trips (starts_at, id) to the millisecond', () => {
    expect(decodeEventCursor(encodeEventCursor(event))).toEqual(event);
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['a bare id', Buffer.from(event.id).toString('base64url')],
    ['a bad date', Buffer.from(`yesterday|${event.id}`).toString('base64url')],
    ['a bad id', Buffer.from('2025-03-14T09:00:00.000Z|1 OR 1=1').toString('base64url')],
    ['extra parts', Buffer.from(`2025-03-14T09:00:00.000Z|${event.id}|x`).toString('base64url')],
  ])('rejects %s', (_what, cursor) => {
    expect(decodeEventCursor(cursor)).toBeNull();
  });
});
