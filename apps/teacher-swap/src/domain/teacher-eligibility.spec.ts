import type { Role } from '@ekst/auth';
import type { Sector } from '@ekst/contracts';
import { checkEligibility } from './teacher-eligibility';

const teacher = { roles: ['TEACHER'] as Role[] };
const school = (sector: Sector, status: 'ACTIVE' | 'LEFT' = 'ACTIVE') => ({ sector, status });

describe('checkEligibility', () => {
  it.each([
    ['a state school teacher', teacher, school('STATE'), 'STATE'],
    ['an independent school teacher', teacher, school('INDEPENDENT'), 'INDEPENDENT'],
    [
      'a champion who also teaches',
      { roles: ['CHAMPION', 'TEACHER'] as Role[] },
      school('STATE'),
      'STATE',
    ],
  ])('accepts %s, in the %s sector', (_name, person, partner, sector) => {
    expect(checkEligibility(person, partner)).toEqual({ eligible: true, sector });
  });

  it.each([
    ['someone not known yet', null, school('STATE'), 'UNKNOWN_TEACHER'],
    ['a head who does not teach', { roles: ['HEAD'] as Role[] }, school('STATE'), 'NOT_A_TEACHER'],
    ['a teacher of an unknown partner', teacher, null, 'UNKNOWN_PARTNER'],
    ['a teacher of a partner that left', teacher, school('STATE', 'LEFT'), 'PARTNER_LEFT'],
    ['a university lecturer', teacher, school('HIGHER_EDUCATION'), 'WRONG_SECTOR'],
    ['an associate partner', teacher, school('COMMUNITY'), 'WRONG_SECTOR'],
  ])('refuses %s', (_name, person, partner, code) => {
    expect(checkEligibility(person, partner)).toMatchObject({ eligible: false, code });
  });
});
