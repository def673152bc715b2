import { testCaller } from '@ekst/testing';
import {
  afterRollover,
  alreadyRolled,
  isAcademicYear,
  leaverErasureCutoff,
  mayImportRoster,
  mayRollOver,
} from './rollover';

describe('rollover rules', () => {
  it('moves Years 7–12 up one and Year 13 out', () => {
    expect([7, 8, 9, 10, 11, 12].map(afterRollover)).toEqual(
      [8, 9, 10, 11, 12, 13].map((to) => ({ kind: 'moveUp', to })),
    );
    expect(afterRollover(13)).toEqual({ kind: 'leave' });
  });

  it('rolls a year once, and never one earlier than a year rolled', () => {
    expect(alreadyRolled(2026, null)).toBe(false);
    expect(alreadyRolled(2026, 2025)).toBe(false);
    expect(alreadyRolled(2026, 2026)).toBe(true);
    expect(alreadyRolled(2025, 2026)).toBe(true);
  });

  it('accepts academic years as whole years 2000–2100', () => {
    expect([2026, 2000, 2100].map(isAcademicYear)).toEqual([true, true, true]);
    expect([1999, 2101, 2026.5, Number.NaN].map(isAcademicYear)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('erases leavers who left more than a year ago', () => {
    expect(leaverErasureCutoff(new Date('2027-09-02T10:00:00Z'))).toBe('2026-09-02');
    // 00:30 BST on 2 September is 23:30 UTC on the 1st: London's date counts.
    expect(leaverErasureCutoff(new Date('2027-09-01T23:30:00Z'))).toBe('2026-09-02');
  });

  it('lets the coordinator roll over, and nobody else', () => {
    expect(mayRollOver(testCaller(['COORDINATOR']))).toBe(true);
    for (const role of ['HEAD', 'CHAMPION', 'TEACHER', 'FINANCE'] as const)
      expect(mayRollOver(testCaller([role], { partnerId: 'p' }))).toBe(false);
  });

  it("lets the coordinator and a partner's own champion import its roster", () => {
    expect(mayImportRoster(testCaller(['COORDINATOR']), 'P1')).toBe(true);
    expect(mayImportRoster(testCaller(['CHAMPION'], { partnerId: 'p1' }), 'P1')).toBe(true);
    expect(mayImportRoster(testCaller(['CHAMPION'], { partnerId: 'p2' }), 'p1')).toBe(false);
    expect(mayImportRoster(testCaller(['TEACHER'], { partnerId: 'p1' }), 'p1')).toBe(false);
    expect(mayImportRoster(testCaller(['STUDENT'], { partnerId: 'p1' }), 'p1')).toBe(false);
  });
});
