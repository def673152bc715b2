import { today } from './governance-use-case';

describe("governance's today", () => {
  it('is the UK date: a membership ended at 00:30 BST is dated that day, not UTC’s day before', () => {
    expect(today({ now: () => new Date('2026-09-01T23:30:00Z') })).toBe('2026-09-02');
  });

  it('in GMT it is the UTC date', () => {
    expect(today({ now: () => new Date('2026-12-01T23:30:00Z') })).toBe('2026-12-01');
  });
});
