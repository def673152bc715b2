import { decodeCursor, encodeCursor, pageSize } from './person-cursor';

describe('person cursors', () => {
  it('round-trips, including names with non-ASCII characters', () => {
    const c = { displayName: 'Zoë O’Brien', id: '5b1d7c3e-0000-4a2b-9c00-0000000000e1' };
    const encoded = encodeCursor(c);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(encoded)).toEqual(c);
  });

  it.each([
    '',
    'not-base64!',
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from('["x","not-a-uuid"]').toString('base64url'),
  ])('rejects %j', (cursor) => {
    expect(decodeCursor(cursor)).toBeNull();
  });
});

describe('pageSize', () => {
  it.each([
    [undefined, 50],
    [null, 50],
    [1, 1],
    [100, 100],
    [101, 100],
    [10_000, 100],
    [0, null],
    [-5, null],
    [2.5, null],
  ])('first=%s gives %s', (first, size) => {
    expect(pageSize(first)).toBe(size);
  });
});
