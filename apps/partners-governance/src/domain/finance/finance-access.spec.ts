import { ROLES } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';
import { mayDoFinance } from './finance-access';
import type { FinanceOperation } from './finance-access';

const person = (role: Role): Caller => ({
  kind: 'person',
  subject: 'p1',
  roles: [role],
  partnerId: null,
});

/** The whole rule, role by role: R read, A audit log, W write, O open, C close, X reopen. */
const TABLE: Record<Role, string> = {
  COORDINATOR: 'RAWOCX',
  FINANCE: 'RAWOC',
  HEAD: 'RA',
  CHAMPION: '',
  TEACHER: '',
  STUDENT: '',
  AMBASSADOR: '',
  ASSOCIATE: '',
  DATA_PROTECTION_LEAD: '',
};
const LETTER: Record<FinanceOperation, string> = {
  READ: 'R',
  READ_AUDIT_LOG: 'A',
  WRITE: 'W',
  OPEN_PERIOD: 'O',
  CLOSE_PERIOD: 'C',
  REOPEN_PERIOD: 'X',
};

describe('who may do what with finance', () => {
  it('covers every role', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...ROLES].sort());
  });

  const cases = ROLES.flatMap((role) =>
    (Object.keys(LETTER) as FinanceOperation[]).map(
      (op) => [role, op, TABLE[role].includes(LETTER[op])] as const,
    ),
  );
  it.each(cases)('%s %s → %p', (role, op, allowed) => {
    expect(mayDoFinance(person(role), op)).toBe(allowed);
  });

  it('never lets an API key in, whatever roles it carries', () => {
    const key: Caller = { kind: 'api-key', subject: 'k1', roles: ['COORDINATOR'], partnerId: null };
    expect(mayDoFinance(key, 'READ')).toBe(false);
    expect(mayDoFinance(key, 'WRITE')).toBe(false);
  });

  it('lets a holder of several roles do what any of them may', () => {
    const both: Caller = { ...person('TEACHER'), roles: ['TEACHER', 'FINANCE'] };
    expect(mayDoFinance(both, 'WRITE')).toBe(true);
    expect(mayDoFinance(both, 'REOPEN_PERIOD')).toBe(false);
  });
});
