import type { Caller, Role } from '@ekst/auth';
import { canSeeNonResponders, reportScope, seesUnpublishedSummaries } from './report-access';

const PARTNER = 'b0000000-0000-4000-8000-000000000001';
const OTHER = 'b0000000-0000-4000-8000-000000000002';
function caller(roles: Role[], over: Partial<Caller> = {}): Caller {
  return {
    kind: 'person',
    subject: 'a0000000-0000-4000-8000-000000000001',
    roles,
    partnerId: PARTNER,
    ...over,
  };
}

describe('reportScope', () => {
  it('gives the coordinator every partner, or the one asked for', () => {
    expect(reportScope(caller(['COORDINATOR']), null)).toEqual({ kind: 'all' });
    expect(reportScope(caller(['COORDINATOR']), OTHER)).toEqual({
      kind: 'partner',
      partnerId: OTHER,
    });
  });

  it.each([['HEAD'], ['CHAMPION']] as Array<[Role]>)('limits a %s to their own partner', (role) => {
    expect(reportScope(caller([role]), null)).toEqual({ kind: 'partner', partnerId: PARTNER });
    expect(reportScope(caller([role]), PARTNER)).toEqual({ kind: 'partner', partnerId: PARTNER });
    expect(reportScope(caller([role]), OTHER).kind).toBe('forbidden');
    expect(reportScope(caller([role], { partnerId: null }), null).kind).toBe('forbidden');
  });

  it.each([['STUDENT'], ['TEACHER'], ['AMBASSADOR'], ['FINANCE'], ['ASSOCIATE']] as Array<[Role]>)(
    'refuses a %s',
    (role) => {
      expect(reportScope(caller([role]), null).kind).toBe('forbidden');
    },
  );

  it('refuses an API key even with a coordinator role', () => {
    expect(reportScope(caller(['COORDINATOR'], { kind: 'api-key' }), null).kind).toBe('forbidden');
  });
});

describe('reminders and summaries', () => {
  it.each([
    [['COORDINATOR'], true, true],
    [['CHAMPION'], true, false],
    [['HEAD'], false, false],
    [['STUDENT'], false, false],
    [['ASSOCIATE'], false, false],
  ] as Array<[Role[], boolean, boolean]>)(
    '%j: non-responders %s, unpublished %s',
    (roles, nr, un) => {
      expect(canSeeNonResponders(caller(roles))).toBe(nr);
      expect(seesUnpublishedSummaries(caller(roles))).toBe(un);
    },
  );
});
