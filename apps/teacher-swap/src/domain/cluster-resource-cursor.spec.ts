import {
  decodeResourceCursor,
  encodeResourceCursor,
  resourcePageSize,
} from './cluster-resource-cursor';

describe('cluster resource cursors', () => {
  it('round-trips a position', () => {
    const c = { createdAt: '2026-03-02T10:00:00.123Z', id: '2f1c1f43-8d36-4c55-9b8e-2ad0e0b0a001' };
    expect(decodeResourceCursor(encodeResourceCursor(c))).toEqual(c);
  });
  it.each(['', 'not-base64!', Buffer.from('["x","y"]').toString('base64url')])(
    'takes %p as no cursor',
    (text) => {
      expect(decodeResourceCursor(text)).toBeNull();
    },
  );
  it.each<[number | null, number | null]>([
    [null, 20],
    [1, 1],
    [100, 100],
    [101, 100],
    [0, null],
    [2.5, null],
  ])('pages %p as %p', (first, size) => {
    expect(resourcePageSize(first)).toBe(size);
  });
});
