import type { Caller, Role } from '@ekst/auth';
import {
  mayDownloadAnnualReport,
  mayPublishImpactSummaries,
  reminderCountScope,
  reportScope,
  seesUnpublishedSummaries,
} from './report-access';

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

describe('reminderCountScope', () => {
  it('counts everyone for the coordinator', () => {
    expect(reminderCountScope(caller(['COORDINATOR']))).toEqual({ kind: 'all' });
    expect(reminderCountScope(caller(['COORDINATOR'], { partnerId: null }))).toEqual({
      kind: 'all',
    });
  });

  it.each([['HEAD'], ['CHAMPION'], ['HEAD', 'TEACHER'], ['CHAMPION', 'TEACHER']] as Array<Role[]>)(
    "counts a %s's own school only",
    (...roles) => {
      expect(reminderCountScope(caller(roles))).toEqual({ kind: 'partner', partnerId: PARTNER });
      expect(reminderCountScope(caller(roles, { partnerId: PARTNER.toUpperCase() }))).toEqual({
        kind: 'partner',
        partnerId: PARTNER,
      });
    },
  );

  it('counts nothing for a head or champion without a partner', () => {
    expect(reminderCountScope(caller(['HEAD'], { partnerId: null })).kind).toBe('none');
    expect(reminderCountScope(caller(['CHAMPION'], { partnerId: null })).kind).toBe('none');
  });

  it.each([['STUDENT'], ['TEACHER'], ['AMBASSADOR'], ['FINANCE'], ['ASSOCIATE']] as Array<[Role]>)(
    'counts nothing for a %s',
    (role) => {
      expect(reminderCountScope(caller([role])).kind).toBe('none');
    },
  );

  it('counts nothing for an API key, whatever its roles', () => {
    expect(reminderCountScope(caller(['COORDINATOR'], { kind: 'api-key' })).kind).toBe('none');
  });
});

describe('unpublished summaries', () => {
  it.each([
    [['COORDINATOR'], true],
    [['CHAMPION'], false],
    [['HEAD'], false],
    [['STUDENT'], false],
    [['ASSOCIATE'], false],
  ] as Array<[Role[], boolean]>)('%j: %s', (roles, un) => {
    expect(seesUnpublishedSummaries(caller(roles))).toBe(un);
  });
});

describe('mayPublishImpactSummaries', () => {
  it('is the coordinator only, and never an API key', () => {
    expect(mayPublishImpactSummaries(caller(['COORDINATOR']))).toBe(true);
    for (const roles of [
      ['HEAD'],
      ['CHAMPION'],
      ['FINANCE'],
      ['ASSOCIATE'],
      ['STUDENT'],
    ] as Role[][])
      expect(mayPublishImpactSummaries(caller(roles))).toBe(false);
    expect(mayPublishImpactSummaries(caller(['COORDINATOR'], { kind: 'api-key' }))).toBe(false);
  });
});

describe('mayDownloadAnnualReport', () => {
  it('lets the coordinator and heads have the annual report', () => {
    expect(mayDownloadAnnualReport(caller(['COORDINATOR'], { partnerId: null }))).toBe(true);
    expect(mayDownloadAnnualReport(caller(['HEAD']))).toBe(true);
    expect(mayDownloadAnnualReport(caller(['TEACHER', 'HEAD']))).toBe(true);
  });

  it.each([
    ['CHAMPION'],
    ['TEACHER'],
    ['STUDENT'],
    ['FINANCE'],
    ['AMBASSADOR'],
    ['ASSOCIATE'],
  ] as Array<[Role]>)('refuses a %s', (role) => {
    expect(mayDownloadAnnualReport(caller([role]))).toBe(false);
  });

  it('refuses an API key even with a head role in it', () => {
    expect(mayDownloadAnnualReport(caller(['HEAD'], { kind: 'api-key' }))).toBe(false);
  });
});
