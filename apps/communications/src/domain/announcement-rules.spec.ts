import type { Caller } from '@ekst/auth';
import { mayAddress, mayAnnounce } from './announcement-rules';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const as = (roles: Caller['roles'], partnerId: string | null = A): Caller => ({
  kind: 'person',
  subject: '00000000-0000-4000-8000-000000000001',
  roles,
  partnerId,
});

describe('who may announce to whom', () => {
  it('the coordinator, heads and champions announce; teachers, students and API keys do not', () => {
    expect(mayAnnounce(as(['COORDINATOR'], null))).toBe(true);
    expect(mayAnnounce(as(['HEAD']))).toBe(true);
    expect(mayAnnounce(as(['CHAMPION', 'TEACHER']))).toBe(true);
    expect(mayAnnounce(as(['TEACHER']))).toBe(false);
    expect(mayAnnounce(as(['STUDENT']))).toBe(false);
    expect(mayAnnounce({ ...as(['COORDINATOR'], null), kind: 'api-key' })).toBe(false);
  });

  it('the coordinator and heads address everyone, any partner, any event', () => {
    for (const caller of [as(['COORDINATOR'], null), as(['HEAD'])]) {
      expect(mayAddress(caller, { kind: 'EVERYONE', id: null }, null).kind).toBe('allowed');
      expect(mayAddress(caller, { kind: 'PARTNER', id: B }, null).kind).toBe('allowed');
      expect(mayAddress(caller, { kind: 'EVENT', id: A }, B).kind).toBe('allowed');
    }
  });

  it('a champion addresses their own partner and its events only', () => {
    const champion = as(['CHAMPION']);
    expect(mayAddress(champion, { kind: 'PARTNER', id: A }, null).kind).toBe('allowed');
    expect(mayAddress(champion, { kind: 'PARTNER', id: B }, null).kind).toBe('forbidden');
    expect(mayAddress(champion, { kind: 'EVERYONE', id: null }, null).kind).toBe('forbidden');
    expect(mayAddress(champion, { kind: 'EVENT', id: A }, A).kind).toBe('allowed');
    expect(mayAddress(champion, { kind: 'EVENT', id: A }, B).kind).toBe('forbidden');
    expect(mayAddress(champion, { kind: 'EVENT', id: A }, null).kind).toBe('forbidden');
  });

  it('groups are not addressable yet, for anyone', () => {
    expect(mayAddress(as(['COORDINATOR'], null), { kind: 'GROUP', id: A }, null).kind).toBe(
      'unsupported',
    );
  });
});
