import { checkEligibility } from '../domain/teacher-eligibility';
import { listingStillStands } from './person-updated.handler';

describe('listingStillStands (a teacher changed partner or roles)', () => {
  const teacher = { roles: ['TEACHER' as const] };
  const state = { sector: 'STATE' as const, status: 'ACTIVE' as const };
  const independent = { sector: 'INDEPENDENT' as const, status: 'ACTIVE' as const };

  it.each([
    ['still a teacher in the same sector', checkEligibility(teacher, state), 'STATE', true],
    ['moved across sectors', checkEligibility(teacher, independent), 'STATE', false],
    ['no longer a teacher', checkEligibility({ roles: ['HEAD'] }, state), 'STATE', false],
    [
      'moved to a partner that left',
      checkEligibility(teacher, { ...state, status: 'LEFT' }),
      'STATE',
      false,
    ],
    [
      'moved to the university',
      checkEligibility(teacher, { sector: 'HIGHER_EDUCATION', status: 'ACTIVE' }),
      'STATE',
      false,
    ],
    ['moved to a partner not known yet', checkEligibility(teacher, null), 'STATE', true],
  ] as const)('%s', (_case, now, sector, stands) => {
    expect(listingStillStands(now, sector)).toBe(stands);
  });
});
