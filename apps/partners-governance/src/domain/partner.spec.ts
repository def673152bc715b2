import type { Caller, Role } from '@ekst/auth';
import { ROLES } from '@ekst/auth';
import { PARTNER_KINDS } from '@ekst/contracts';
import { mayAddPartners, newPartnerSchema, sectorForKind } from './partner';

const person = (roles: Role[]): Caller => ({
  kind: 'person',
  subject: '00000000-0000-4000-8000-000000000001',
  roles,
  partnerId: null,
});

describe('mayAddPartners', () => {
  it('lets the coordinator add partners, and no other role', () => {
    for (const role of ROLES) expect(mayAddPartners(person([role]))).toBe(role === 'COORDINATOR');
  });

  it('refuses an API key, whatever it is scoped to', () => {
    expect(mayAddPartners({ ...person(['ASSOCIATE']), kind: 'api-key' })).toBe(false);
  });
});

describe('sectorForKind', () => {
  it.each([
    ['STATE', 'STATE'],
    ['SELECTIVE', 'STATE'],
    ['INDEPENDENT', 'INDEPENDENT'],
    ['UNIVERSITY', 'HIGHER_EDUCATION'],
    ['ASSOCIATE', 'COMMUNITY'],
  ] as const)('%s partners are in the %s sector', (kind, sector) => {
    expect(sectorForKind(kind)).toBe(sector);
  });

  it('covers every partner kind', () => {
    for (const kind of PARTNER_KINDS) expect(sectorForKind(kind)).toBeDefined();
  });
});

describe('newPartnerSchema', () => {
  const valid = { name: 'Canterbury Academy', kind: 'STATE', town: 'Canterbury' };

  it('accepts a minimal partner and trims names', () => {
    expect(newPartnerSchema.parse({ ...valid, name: '  Canterbury Academy ' }).name).toBe(
      'Canterbury Academy',
    );
  });

  it.each([
    [{ name: 'A' }, 'name'],
    [{ town: '' }, 'town'],
    [{ kind: 'PRIVATE' }, 'kind'],
    [{ latitude: 51.28 }, 'latitude'],
    [{ latitude: 91, longitude: 1 }, 'latitude'],
    [{ joinedOn: '01/09/2024' }, 'joinedOn'],
  ])('rejects %j at %s', (patch, field) => {
    const result = newPartnerSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
