import { partnersNeeded, partnersRepresented, quorum } from './quorum';

const A = 'a';
const B = 'b';
const C = 'c';
const D = 'd';

describe('quorum counts partners, not people', () => {
  it('three people of one partner make one partner represented', () => {
    expect(
      partnersRepresented([
        { partnerId: A, status: 'PRESENT' },
        { partnerId: A, status: 'PRESENT' },
        { partnerId: A, status: 'PRESENT' },
      ]),
    ).toEqual([A]);
  });

  it('apologies do not count', () => {
    expect(
      partnersRepresented([
        { partnerId: A, status: 'APOLOGIES' },
        { partnerId: B, status: 'PRESENT' },
      ]),
    ).toEqual([B]);
  });

  it.each([
    [50, 4, 2],
    [50, 5, 3],
    [34, 3, 2],
    [100, 3, 3],
    [50, 0, 1],
    [1, 1, 1],
  ])('%i%% of %i member partners needs %i', (percent, members, needed) => {
    expect(partnersNeeded({ kind: 'PERCENT_OF_MEMBER_PARTNERS', value: percent }, members)).toBe(
      needed,
    );
  });

  it('a minimum number of partners ignores how many are members', () => {
    expect(partnersNeeded({ kind: 'MIN_PARTNERS', value: 3 }, 10)).toBe(3);
  });

  it('is quorate exactly when enough member partners are present', () => {
    const rule = { kind: 'PERCENT_OF_MEMBER_PARTNERS', value: 50 } as const;
    const members = [A, B, C, D];
    const two = [
      { partnerId: A, status: 'PRESENT' as const },
      { partnerId: A, status: 'PRESENT' as const },
      { partnerId: B, status: 'PRESENT' as const },
    ];
    expect(quorum(rule, two, members)).toEqual({
      partnersRepresented: [A, B],
      partnersNeeded: 2,
      quorate: true,
    });
    expect(quorum(rule, two.slice(0, 2), members).quorate).toBe(false);
  });

  it('a guest from a partner outside the group does not make up the numbers', () => {
    const answer = quorum(
      { kind: 'MIN_PARTNERS', value: 2 },
      [
        { partnerId: A, status: 'PRESENT' },
        { partnerId: 'guest', status: 'PRESENT' },
      ],
      [A, B],
    );
    expect(answer).toEqual({ partnersRepresented: [A], partnersNeeded: 2, quorate: false });
  });
});
