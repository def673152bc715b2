import { CATEGORIES, channelsFor, effectiveMode, isMandatory, mayChooseMode } from './categories';

describe('notification categories and preferences', () => {
  it('safeguarding and account messages are mandatory, the rest are not', () => {
    expect(CATEGORIES.filter(isMandatory)).toEqual(['SAFEGUARDING', 'ACCOUNT']);
  });

  it('a mandatory category can only be IMMEDIATE; others take any mode', () => {
    for (const c of CATEGORIES)
      for (const m of ['IMMEDIATE', 'DAILY_DIGEST', 'IN_APP_ONLY'] as const)
        expect(mayChooseMode(c, m)).toBe(!isMandatory(c) || m === 'IMMEDIATE');
  });

  it('a stored choice is ignored for a mandatory category; nothing chosen means IMMEDIATE', () => {
    expect(effectiveMode('ACCOUNT', 'IN_APP_ONLY')).toBe('IMMEDIATE');
    expect(effectiveMode('ANNOUNCEMENTS', undefined)).toBe('IMMEDIATE');
    expect(effectiveMode('ANNOUNCEMENTS', 'DAILY_DIGEST')).toBe('DAILY_DIGEST');
  });

  it('students are told in the app only, whatever the category', () => {
    for (const c of CATEGORIES)
      expect(channelsFor({ isStudent: true }, c, undefined)).toEqual({ inApp: true, email: null });
  });

  it('adults by e-mail now, held for the digest, or not at all, as they chose', () => {
    const adult = { isStudent: false };
    expect(channelsFor(adult, 'WAITLIST', undefined)).toEqual({ inApp: true, email: 'NOW' });
    expect(channelsFor(adult, 'WAITLIST', 'DAILY_DIGEST')).toEqual({
      inApp: true,
      email: 'DIGEST',
    });
    expect(channelsFor(adult, 'WAITLIST', 'IN_APP_ONLY')).toEqual({ inApp: true, email: null });
    expect(channelsFor(adult, 'SAFEGUARDING', 'IN_APP_ONLY')).toEqual({
      inApp: true,
      email: 'NOW',
    });
  });
});
