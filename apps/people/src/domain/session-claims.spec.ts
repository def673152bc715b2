import type { Role } from '@ekst/auth';
import { accessClaimsChanged } from './session-claims';

const A = 'b0000000-0000-4000-8000-00000000000a';
const B = 'b0000000-0000-4000-8000-00000000000b';
const claims = (roles: Role[], partnerId = A) => ({ partnerId, roles });

describe('accessClaimsChanged', () => {
  it.each([
    ['a role removed', claims(['CHAMPION', 'TEACHER']), claims(['TEACHER'])],
    ['a role added', claims(['TEACHER']), claims(['TEACHER', 'HEAD'])],
    ['a role replaced', claims(['CHAMPION']), claims(['HEAD'])],
    ['another partner', claims(['TEACHER'], A), claims(['TEACHER'], B)],
  ])('is true for %s', (_what, before, after) => {
    expect(accessClaimsChanged(before, after)).toBe(true);
  });

  it.each([
    ['the same roles', claims(['CHAMPION', 'TEACHER']), claims(['CHAMPION', 'TEACHER'])],
    [
      'the same roles in another order',
      claims(['CHAMPION', 'TEACHER']),
      claims(['TEACHER', 'CHAMPION']),
    ],
    ['a repeated role', claims(['TEACHER']), claims(['TEACHER', 'TEACHER'])],
    [
      'the partner id in another case',
      claims(['TEACHER'], A),
      claims(['TEACHER'], A.toUpperCase()),
    ],
  ])('is false for %s', (_what, before, after) => {
    expect(accessClaimsChanged(before, after)).toBe(false);
  });
});
