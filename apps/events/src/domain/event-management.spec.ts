import type { Caller, Role } from '@ekst/auth';
import { ROLES } from '@ekst/auth';
import type { EventRoleKind } from './event-role';
import { mayManageEvent, mayPlaceEvent } from './event-management';

const A = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a0a';
const B = '6f1c1f0e-8a4b-4a53-9a6e-1d1b7b0f2a0b';

function person(role: Role, partnerId: string | null): Caller {
  return {
    kind: 'person',
    subject: 'd1b7b0f2-0000-4000-8000-000000000001',
    roles: [role],
    partnerId,
  };
}

/** Where the caller stands relative to the event. */
const OWNERSHIP = [
  'host staff', // the caller's partner hosts the event
  'other school', // the event is hosted by another partner
  'external venue', // no host partner
] as const;
type Ownership = (typeof OWNERSHIP)[number];

function eventFor(ownership: Ownership): { hostPartnerId: string | null } {
  switch (ownership) {
    case 'host staff':
      return { hostPartnerId: A };
    case 'other school':
      return { hostPartnerId: B };
    case 'external venue':
      return { hostPartnerId: null };
  }
}

/** Expected answer of mayManageEvent for a caller of partner A holding no role at the event. */
const MANAGES: Record<Role, Record<Ownership, boolean>> = {
  COORDINATOR: { 'host staff': true, 'other school': true, 'external venue': true },
  CHAMPION: { 'host staff': true, 'other school': false, 'external venue': false },
  HEAD: { 'host staff': true, 'other school': false, 'external venue': false },
  FINANCE: { 'host staff': false, 'other school': false, 'external venue': false },
  TEACHER: { 'host staff': false, 'other school': false, 'external venue': false },
  STUDENT: { 'host staff': false, 'other school': false, 'external venue': false },
  AMBASSADOR: { 'host staff': false, 'other school': false, 'external venue': false },
  ASSOCIATE: { 'host staff': false, 'other school': false, 'external venue': false },
  DATA_PROTECTION_LEAD: { 'host staff': false, 'other school': false, 'external venue': false },
};

const cases = ROLES.flatMap((role) =>
  OWNERSHIP.map((o) => [role, o, MANAGES[role][o]] as [Role, Ownership, boolean]),
);

describe('mayManageEvent: role × event ownership', () => {
  it('has an expectation for every role', () => {
    expect(Object.keys(MANAGES).sort()).toEqual([...ROLES].sort());
  });

  it.each(cases)('%s of partner A, %s event, no event role: %s', (role, ownership, allowed) => {
    expect(mayManageEvent(person(role, A), eventFor(ownership), [])).toBe(allowed);
  });

  it.each(cases.map(([role, o]) => [role, o] as const))(
    '%s of partner A organising a %s event: allowed',
    (role, ownership) => {
      expect(mayManageEvent(person(role, A), eventFor(ownership), ['ORGANISER'])).toBe(true);
    },
  );

  it.each(['TEACHER_IN_CHARGE', 'AMBASSADOR'] as EventRoleKind[])(
    'a %s of another school runs the day but does not manage the event',
    (eventRole) => {
      expect(mayManageEvent(person('TEACHER', B), { hostPartnerId: A }, [eventRole])).toBe(false);
    },
  );

  it('does not let a champion or head without a partner manage any hosted event', () => {
    expect(mayManageEvent(person('CHAMPION', null), { hostPartnerId: A }, [])).toBe(false);
    expect(mayManageEvent(person('HEAD', null), { hostPartnerId: null }, [])).toBe(false);
  });

  it('gives an API key no management, even with staff roles and a partner', () => {
    const key: Caller = { kind: 'api-key', subject: 'key-1', roles: ['CHAMPION'], partnerId: A };
    expect(mayManageEvent(key, { hostPartnerId: A }, ['ORGANISER'])).toBe(false);
  });
});

describe('mayPlaceEvent: who puts an event on the programme at a host', () => {
  const PLACES: Partial<Record<Role, Record<Ownership, boolean>>> = {
    COORDINATOR: { 'host staff': true, 'other school': true, 'external venue': true },
    CHAMPION: { 'host staff': true, 'other school': false, 'external venue': false },
  };
  it.each(
    ROLES.flatMap((role) =>
      OWNERSHIP.map((o) => [role, o, PLACES[role]?.[o] ?? false] as [Role, Ownership, boolean]),
    ),
  )('%s of partner A, %s: %s', (role, ownership, allowed) => {
    expect(mayPlaceEvent(person(role, A), eventFor(ownership))).toBe(allowed);
  });
});
