import {
  changesGoverningRoles,
  mayChangeCoordinatorGrantedRoles,
  mayRegisterGoverningRoles,
  rolesAfterMembershipChange,
} from './governing-roles';

describe('governing roles in people', () => {
  it('a change grants or removes a governing role only when the set of them differs', () => {
    expect(changesGoverningRoles(['TEACHER'], ['TEACHER', 'CHAMPION'])).toBe(true);
    expect(changesGoverningRoles(['HEAD'], ['TEACHER'])).toBe(true);
    expect(changesGoverningRoles(['CHAMPION', 'TEACHER'], ['TEACHER', 'CHAMPION'])).toBe(false);
    expect(changesGoverningRoles(['CHAMPION', 'TEACHER'], ['CHAMPION', 'AMBASSADOR'])).toBe(false);
  });

  it('only the coordinator registers someone with a governing role', () => {
    expect(mayRegisterGoverningRoles(true, ['HEAD'])).toBe(true);
    expect(mayRegisterGoverningRoles(false, ['HEAD'])).toBe(false);
    expect(mayRegisterGoverningRoles(false, ['FINANCE', 'TEACHER'])).toBe(false);
    expect(mayRegisterGoverningRoles(false, ['TEACHER'])).toBe(true);
  });

  const mgmt = { groupKind: 'MANAGEMENT', role: 'CHAMPION' } as const;
  it('a champion membership adds CHAMPION and keeps the other roles', () => {
    expect(
      rolesAfterMembershipChange(['TEACHER'], {
        ...mgmt,
        change: 'STARTED',
        governingRoles: ['CHAMPION'],
      }),
    ).toEqual(['TEACHER', 'CHAMPION']);
  });
  it('ending it removes CHAMPION unless another open membership still grants it', () => {
    expect(
      rolesAfterMembershipChange(['TEACHER', 'CHAMPION'], {
        ...mgmt,
        change: 'ENDED',
        governingRoles: [],
      }),
    ).toEqual(['TEACHER']);
    expect(
      rolesAfterMembershipChange(['TEACHER', 'CHAMPION'], {
        ...mgmt,
        change: 'ENDED',
        governingRoles: ['CHAMPION'],
      }),
    ).toEqual(['TEACHER', 'CHAMPION']);
  });
  it('leaves a HEAD given at registration alone when a Management membership ends', () => {
    expect(
      rolesAfterMembershipChange(['HEAD', 'CHAMPION'], {
        ...mgmt,
        change: 'ENDED',
        governingRoles: [],
      }),
    ).toEqual(['HEAD']);
  });
  it('a person left with no role keeps TEACHER; a student is never given a governing role', () => {
    expect(
      rolesAfterMembershipChange(['FINANCE'], {
        groupKind: 'FINANCE',
        role: 'MEMBER',
        change: 'ENDED',
        governingRoles: [],
      }),
    ).toEqual(['TEACHER']);
    expect(
      rolesAfterMembershipChange(['STUDENT'], {
        ...mgmt,
        change: 'STARTED',
        governingRoles: ['CHAMPION'],
      }),
    ).toEqual(['STUDENT']);
  });
  it('Student Voice and OTHER groups grant nothing', () => {
    expect(
      rolesAfterMembershipChange(['TEACHER'], {
        groupKind: 'OTHER',
        role: 'CHAIR',
        change: 'STARTED',
        governingRoles: [],
      }),
    ).toEqual(['TEACHER']);
  });
});

describe('mayChangeCoordinatorGrantedRoles (DATA_PROTECTION_LEAD)', () => {
  it('lets only the coordinator grant or remove the data protection lead role', () => {
    expect(
      mayChangeCoordinatorGrantedRoles(true, ['TEACHER'], ['TEACHER', 'DATA_PROTECTION_LEAD']),
    ).toBe(true);
    expect(
      mayChangeCoordinatorGrantedRoles(false, ['TEACHER'], ['TEACHER', 'DATA_PROTECTION_LEAD']),
    ).toBe(false);
    expect(mayChangeCoordinatorGrantedRoles(false, ['DATA_PROTECTION_LEAD'], ['TEACHER'])).toBe(
      false,
    );
    expect(mayChangeCoordinatorGrantedRoles(true, ['DATA_PROTECTION_LEAD'], ['TEACHER'])).toBe(
      true,
    );
  });

  it('leaves other changes of roles to the other rules', () => {
    expect(mayChangeCoordinatorGrantedRoles(false, ['TEACHER'], ['TEACHER', 'AMBASSADOR'])).toBe(
      true,
    );
    expect(
      mayChangeCoordinatorGrantedRoles(
        false,
        ['DATA_PROTECTION_LEAD', 'TEACHER'],
        ['DATA_PROTECTION_LEAD'],
      ),
    ).toBe(true);
  });
});
