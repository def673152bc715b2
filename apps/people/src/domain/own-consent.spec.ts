import { isOwnDecision, ownConsentIssues, ownGiver } from './own-consent';

describe('own consent', () => {
  it('lets a person refuse or withdraw, never grant', () => {
    expect(isOwnDecision('WITHDRAWN')).toBe(true);
    expect(isOwnDecision('REFUSED')).toBe(true);
    expect(isOwnDecision('GRANTED')).toBe(false);
    expect(isOwnDecision(undefined)).toBe(false);
  });

  it('names a student STUDENT and an adult SELF', () => {
    expect(ownGiver(true)).toBe('STUDENT');
    expect(ownGiver(false)).toBe('SELF');
  });

  it('accepts an online decision for now by the right giver', () => {
    expect(ownConsentIssues(true, { givenBy: 'STUDENT', method: 'ONLINE' })).toEqual([]);
    expect(ownConsentIssues(false, { givenBy: 'SELF', method: 'ONLINE' })).toEqual([]);
    expect(ownConsentIssues(true, { method: 'ONLINE' })).toEqual([]);
  });

  it('refuses a parent named by the student, paper, and a backdated decision', () => {
    expect(
      ownConsentIssues(true, {
        givenBy: 'PARENT_CARER',
        method: 'PAPER',
        givenAt: '2025-01-01T00:00:00Z',
      }).map((i) => i.field),
    ).toEqual(['givenBy', 'method', 'givenAt']);
    expect(ownConsentIssues(false, { givenBy: 'STUDENT', method: 'ONLINE' })).toEqual([
      { field: 'givenBy', message: 'you record your own decision: use SELF' },
    ]);
  });
});
