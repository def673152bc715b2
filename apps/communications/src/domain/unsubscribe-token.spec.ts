import { signUnsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const secret = 'a'.repeat(40);
const person = '00000000-0000-4000-8000-000000000001';

describe('unsubscribe tokens', () => {
  it('round-trips the person and category', () => {
    const t = signUnsubscribeToken(secret, person, 'ANNOUNCEMENTS');
    expect(verifyUnsubscribeToken(secret, t)).toEqual({
      personId: person,
      category: 'ANNOUNCEMENTS',
    });
  });

  it('refuses another secret, a changed body, and junk', () => {
    const t = signUnsubscribeToken(secret, person, 'ANNOUNCEMENTS');
    expect(verifyUnsubscribeToken('b'.repeat(40), t)).toBeNull();
    const [, mac] = t.split('.');
    const forged = `${Buffer.from(`${person}.WAITLIST`).toString('base64url')}.${mac}`;
    expect(verifyUnsubscribeToken(secret, forged)).toBeNull();
    expect(verifyUnsubscribeToken(secret, 'x')).toBeNull();
    expect(verifyUnsubscribeToken(secret, `${t}.x`)).toBeNull();
  });

  it('carries no address', () => {
    const t = signUnsubscribeToken(secret, person, 'ANNOUNCEMENTS');
    expect(Buffer.from(t.split('.')[0], 'base64url').toString()).toBe(`${person}.ANNOUNCEMENTS`);
  });
});
