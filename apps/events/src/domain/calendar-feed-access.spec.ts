import type { Caller, Role } from '@ekst/auth';
import { ROLES } from '@ekst/auth';
import { mayKeepCalendarFeed } from './calendar-feed-access';

const A = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a0a';
const B = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a0b';
const ME = 'd1b7b0f2-0000-4000-8000-000000000001';
const SOMEONE = 'd1b7b0f2-0000-4000-8000-000000000002';

function person(role: Role, partnerId: string | null = A): Caller {
  return { kind: 'person', subject: ME, roles: [role], partnerId };
}

const STAFF: readonly Role[] = ['TEACHER', 'CHAMPION', 'HEAD'];

describe('mayKeepCalendarFeed', () => {
  it.each(ROLES.map((r) => [r]))('a %s keeps their own person feed', (role) => {
    expect(mayKeepCalendarFeed(person(role), { scope: 'PERSON', ownerId: ME })).toBe(true);
  });

  it.each(ROLES.map((r) => [r]))(
    "a %s keeps someone else's person feed only as the coordinator",
    (role) => {
      expect(mayKeepCalendarFeed(person(role), { scope: 'PERSON', ownerId: SOMEONE })).toBe(
        role === 'COORDINATOR',
      );
    },
  );

  it.each(ROLES.map((r) => [r]))("a %s keeps their own partner's feed only as staff", (role) => {
    expect(mayKeepCalendarFeed(person(role), { scope: 'PARTNER', ownerId: A })).toBe(
      STAFF.includes(role) || role === 'COORDINATOR',
    );
  });

  it.each(ROLES.map((r) => [r]))(
    "a %s keeps another partner's feed only as the coordinator",
    (role) => {
      expect(mayKeepCalendarFeed(person(role), { scope: 'PARTNER', ownerId: B })).toBe(
        role === 'COORDINATOR',
      );
    },
  );

  it('staff without a partner keep no partner feed', () => {
    expect(mayKeepCalendarFeed(person('CHAMPION', null), { scope: 'PARTNER', ownerId: A })).toBe(
      false,
    );
  });

  it("an API key keeps no one's person feed, even one named like its subject", () => {
    const key: Caller = { kind: 'api-key', subject: ME, roles: ['TEACHER'], partnerId: A };
    expect(mayKeepCalendarFeed(key, { scope: 'PERSON', ownerId: ME })).toBe(false);
  });
});
