import type { Caller, Role } from '@ekst/auth';
import { mayDo } from './governance-policy';
import type { GovernanceOperation } from './governance-policy';

const OWN = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

function caller(role: Role, kind: Caller['kind'] = 'person'): Caller {
  return { kind, subject: 'p', roles: [role], partnerId: OWN };
}

const ROLES = [
  'COORDINATOR',
  'HEAD',
  'CHAMPION',
  'FINANCE',
  'TEACHER',
  'STUDENT',
  'AMBASSADOR',
  'ASSOCIATE',
] as const;

type Row = [GovernanceOperation, 'own' | 'other' | null, readonly Role[]];

/**
 * The whole table: role × operation (and, where it matters, the caller's own partner or another)
 * → allowed. Every role not listed in a row is refused.
 */
const TABLE: Row[] = [
  ['partner.create', null, ['COORDINATOR']],
  ['partner.update', null, ['COORDINATOR']],
  ['partner.leave', null, ['COORDINATOR']],
  ['partner.rejoin', null, ['COORDINATOR']],
  ['governance.read', null, ['COORDINATOR', 'HEAD', 'CHAMPION']],
  ['mou.publish', null, ['COORDINATOR']],
  ['mou.sign', 'own', ['COORDINATOR', 'HEAD']],
  ['mou.sign', 'other', ['COORDINATOR']],
  ['termCalendar.read', 'other', ['COORDINATOR', 'HEAD', 'CHAMPION', 'TEACHER']],
  ['termCalendar.edit', 'own', ['COORDINATOR', 'HEAD', 'CHAMPION']],
  ['termCalendar.edit', 'other', ['COORDINATOR']],
  ['associate.record', null, ['COORDINATOR']],
  ['associate.decide', null, ['COORDINATOR', 'HEAD']],
  ['contribution.record', null, ['COORDINATOR']],
  ['contribution.read', 'own', ['COORDINATOR', 'HEAD', 'CHAMPION', 'ASSOCIATE']],
  ['contribution.read', 'other', ['COORDINATOR', 'HEAD', 'CHAMPION']],
  ['priority.edit', null, ['COORDINATOR', 'HEAD']],
  ['priority.read', null, ROLES],
  ['aims.read', null, ROLES],
];

describe('governance policy: role × operation', () => {
  const cases = TABLE.flatMap(([op, target, allowed]) =>
    ROLES.map((role) => [op, target, role, allowed.includes(role)] as const),
  );
  it.each(cases)('%s (%s partner) by %s → %s', (op, target, role, expected) => {
    const partnerId = target === 'own' ? OWN : target === 'other' ? OTHER : undefined;
    expect(mayDo(caller(role), op, { partnerId })).toBe(expected);
  });

  it('gives an anonymous caller nothing, not even the aims', () => {
    const anonymous: Caller = { kind: 'anonymous', subject: '', roles: [], partnerId: null };
    for (const [op] of TABLE) expect(mayDo(anonymous, op, { partnerId: OWN })).toBe(false);
  });

  it('does not let a head or champion without a partner edit any calendar', () => {
    const head: Caller = { kind: 'person', subject: 'h', roles: ['HEAD'], partnerId: null };
    expect(mayDo(head, 'termCalendar.edit', { partnerId: OWN })).toBe(false);
    expect(mayDo(head, 'termCalendar.edit', { partnerId: null })).toBe(false);
  });

  it('lets an associate partner’s API key read its own contributions only', () => {
    const key = caller('ASSOCIATE', 'api-key');
    expect(mayDo(key, 'contribution.read', { partnerId: OWN })).toBe(true);
    expect(mayDo(key, 'contribution.read', { partnerId: OTHER })).toBe(false);
  });
});
