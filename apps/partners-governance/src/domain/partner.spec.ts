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

  it('accepts an East Kent site at the edge of the UK box, and no site at all', () => {
    expect(
      newPartnerSchema.parse({ ...valid, latitude: 51.2802, longitude: 1.0789 }),
    ).toMatchObject({ latitude: 51.2802, longitude: 1.0789 });
    expect(newPartnerSchema.safeParse({ ...valid, latitude: 49.8, longitude: 1.8 }).success).toBe(
      true,
    );
    expect(newPartnerSchema.safeParse({ ...valid, latitude: null, longitude: null }).success).toBe(
      true,
    );
  });

  it.each([
    [{ name: 'A' }, 'name'],
    [{ town: '' }, 'town'],
    [{ kind: 'PRIVATE' }, 'kind'],
    [{ latitude: 51.28 }, 'latitude'],
    [{ latitude: 91, longitude: 1 }, 'latitude'],
    // Outside the UK: Paris, a swapped sign, latitude and longitude exchanged.
    [{ latitude: 48.86, longitude: 2.35 }, 'latitude'],
    [{ latitude: 51.28, longitude: 12.5 }, 'longitude'],
    [{ latitude: 1.08, longitude: 51.28 }, 'latitude'],
    [{ joinedOn: '01/09/2024' }, 'joinedOn'],
  ])('rejects %j at %s', (patch, field) => {
    const result = newPartnerSchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path[0])).toContain(field);
  });
});
