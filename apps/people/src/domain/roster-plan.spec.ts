import { randomUUID } from 'node:crypto';
import type { RosterRow } from './roster-csv';
import {
  normaliseName,
  parseRoles,
  parseYearGroup,
  planCounts,
  planStaffRoster,
  planStudentRoster,
} from './roster-plan';
import type { KnownPerson } from './roster-plan';

const partner = randomUUID();
const elsewhere = randomUUID();
let line = 1;
const row = (r: Partial<RosterRow>): RosterRow => ({
  line: ++line,
  displayName: '',
  yearGroup: '',
  externalId: '',
  roles: '',
  email: '',
  ...r,
});
const student = (p: Partial<KnownPerson>): KnownPerson => ({
  id: randomUUID(),
  partnerId: partner,
  displayName: 'Someone',
  roles: ['STUDENT'],
  yearGroup: 9,
  email: null,
  externalId: null,
  ...p,
});

describe('normaliseName', () => {
  it('ignores case, accents and repeated spaces', () => {
    expect(normaliseName('  Zoë   ADAMS ')).toBe('zoe adams');
    expect(normaliseName('Zoe Adams')).toBe(normaliseName('zoë adams'));
    expect(normaliseName('Chloé-Anne Ó Súilleabháin')).toBe('chloe-anne o suilleabhain');
    expect(normaliseName('Ada Lovelace')).not.toBe(normaliseName('Ada Lovelac'));
  });
});

describe('parseYearGroup', () => {
  it.each([
    ['9', 9],
    ['Y9', 9],
    ['year 10', 10],
    ['Year13', 13],
    ['14', 14],
    ['nine', null],
    ['9.5', null],
    ['', null],
  ])('%s → %s', (cell, want) => expect(parseYearGroup(cell)).toBe(want));
});

describe('parseRoles', () => {
  it('reads known importable roles, split by ; , | or spaces', () => {
    expect(parseRoles('teacher; Ambassador')).toEqual({
      ok: true,
      roles: ['TEACHER', 'AMBASSADOR'],
    });
    expect(parseRoles('TEACHER|TEACHER')).toEqual({ ok: true, roles: ['TEACHER'] });
  });
  it.each(['CHAMPION', 'HEAD', 'FINANCE', 'COORDINATOR', 'STUDENT', 'TEACHER;CHAMPION'])(
    '%s is not importable',
    (cell) => expect(parseRoles(cell)).toMatchObject({ ok: false, reason: 'ROLE_NOT_IMPORTABLE' }),
  );
  it.each(['', 'Janitor'])('"%s" is a bad role', (cell) =>
    expect(parseRoles(cell)).toMatchObject({ ok: false, reason: 'BAD_ROLE' }),
  );
});

describe('planStudentRoster', () => {
  it('refuses each bad row with its reason and plans the rest', () => {
    const rows = [
      row({ displayName: 'Ada Lovelace', yearGroup: '9' }),
      row({ displayName: '', yearGroup: '9' }),
      row({ displayName: 'Bo', yearGroup: '14' }),
      row({ displayName: 'Cy Twelve', yearGroup: 'twelve' }),
      row({ displayName: 'X', yearGroup: '9' }),
      row({ displayName: 'ada  LOVELACE', yearGroup: 'Y9' }),
      row({ displayName: 'Dee Long', yearGroup: '8', externalId: 'x'.repeat(65) }),
      row({ displayName: 'Ed One', yearGroup: '8', externalId: 'E1' }),
      row({ displayName: 'Ed Other', yearGroup: '8', externalId: 'E1' }),
      row({ displayName: 'Six', yearGroup: '6' }),
    ];
    const plan = planStudentRoster(partner, rows, []);
    expect(plan.map((p) => [p.outcome, p.reason, p.field])).toEqual([
      ['CREATED', null, null],
      ['REFUSED', 'MISSING_NAME', 'displayName'],
      ['REFUSED', 'BAD_YEAR_GROUP', 'yearGroup'],
      ['REFUSED', 'BAD_YEAR_GROUP', 'yearGroup'],
      ['REFUSED', 'BAD_NAME', 'displayName'],
      ['REFUSED', 'DUPLICATE_IN_FILE', 'displayName'],
      ['REFUSED', 'BAD_EXTERNAL_ID', 'externalId'],
      ['CREATED', null, null],
      ['REFUSED', 'DUPLICATE_IN_FILE', 'externalId'],
      ['REFUSED', 'BAD_YEAR_GROUP', 'yearGroup'],
    ]);
    expect(plan.map((p) => p.line)).toEqual(rows.map((r) => r.line));
    expect(plan[0].values).toEqual({
      displayName: 'Ada Lovelace',
      roles: ['STUDENT'],
      yearGroup: 9,
      email: null,
      externalId: null,
    });
    // messages say what is wrong, never the value
    expect(plan[6].message).not.toContain('xxxx');
    expect(planCounts(plan)).toEqual({ CREATED: 2, UPDATED: 0, UNCHANGED: 0, REFUSED: 8 });
  });

  it('matches by external id, else by normalised name and year group; the same values are UNCHANGED', () => {
    const byId = student({ displayName: 'Ben Old', yearGroup: 9, externalId: 'B1' });
    const byName = student({ displayName: 'Zoë Adams', yearGroup: 10 });
    const same = student({ displayName: 'Cal Same', yearGroup: 11, externalId: 'C1' });
    const plan = planStudentRoster(
      partner,
      [
        row({ displayName: 'Ben New', yearGroup: '10', externalId: 'B1' }),
        row({ displayName: 'zoe adams', yearGroup: '10', externalId: 'Z1' }),
        row({ displayName: 'Cal Same', yearGroup: '11' }),
        row({ displayName: 'Cal Same', yearGroup: '11', externalId: 'C2' }),
      ],
      [byId, byName, same],
    );
    expect(plan.map((p) => [p.outcome, p.personId])).toEqual([
      ['UPDATED', byId.id],
      ['UPDATED', byName.id],
      ['UNCHANGED', same.id],
      // has an external id of its own that matches nobody, and the name's student has another id
      ['CREATED', null],
    ]);
    expect(plan[0].values).toMatchObject({
      displayName: 'Ben New',
      yearGroup: 10,
      externalId: 'B1',
    });
    expect(plan[1].values).toMatchObject({ displayName: 'zoe adams', externalId: 'Z1' });
  });

  it('re-planning what was applied changes nothing', () => {
    const rows = [
      row({ displayName: 'Ada Lovelace', yearGroup: '9', externalId: 'A1' }),
      row({ displayName: 'Bo Diddley', yearGroup: '12' }),
    ];
    const first = planStudentRoster(partner, rows, []);
    const stored = first.map((p) => student({ ...p.values! }));
    const again = planStudentRoster(partner, rows, stored);
    expect(again.map((p) => p.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
  });

  it('refuses a row two stored students match by name and year group', () => {
    const twins = [student({ displayName: 'Sam Lee' }), student({ displayName: 'Sam  Lee' })];
    const [p] = planStudentRoster(
      partner,
      [row({ displayName: 'Sam Lee', yearGroup: '9' })],
      twins,
    );
    expect(p).toMatchObject({ outcome: 'REFUSED', reason: 'AMBIGUOUS_MATCH' });
  });

  it('refuses a second row that matches a student already claimed by an earlier row', () => {
    const s = student({ displayName: 'Ann Ray', yearGroup: 9, externalId: 'R1' });
    const plan = planStudentRoster(
      partner,
      [
        row({ displayName: 'Ann Ray', yearGroup: '9', externalId: 'R1' }),
        row({ displayName: 'Ann Ray', yearGroup: '9' }),
      ],
      [s],
    );
    expect(plan.map((p) => p.reason)).toEqual([null, 'DUPLICATE_IN_FILE']);
  });
});

describe('planStaffRoster', () => {
  it('refuses bad staff rows with their reasons', () => {
    const other = student({
      partnerId: elsewhere,
      roles: ['TEACHER'],
      yearGroup: null,
      email: 'taken@other.sch.uk',
    });
    const plan = planStaffRoster(
      partner,
      [
        row({ displayName: 'Tia Teach', roles: 'TEACHER', email: 'tia@school.sch.uk' }),
        row({ displayName: 'No Mail', roles: 'TEACHER', email: '' }),
        row({ displayName: 'Bad Mail', roles: 'TEACHER', email: 'not-an-address' }),
        row({ displayName: 'Champ', roles: 'CHAMPION', email: 'champ@school.sch.uk' }),
        row({ displayName: 'Odd Role', roles: 'Janitor', email: 'odd@school.sch.uk' }),
        row({ displayName: 'Tia Again', roles: 'TEACHER', email: 'TIA@school.sch.uk' }),
        row({ displayName: 'Taken', roles: 'TEACHER', email: 'taken@other.sch.uk' }),
        row({ displayName: '', roles: 'TEACHER', email: 'anon@school.sch.uk' }),
      ],
      [other],
    );
    expect(plan.map((p) => [p.outcome, p.reason])).toEqual([
      ['CREATED', null],
      ['REFUSED', 'MISSING_EMAIL'],
      ['REFUSED', 'BAD_EMAIL'],
      ['REFUSED', 'ROLE_NOT_IMPORTABLE'],
      ['REFUSED', 'BAD_ROLE'],
      ['REFUSED', 'DUPLICATE_IN_FILE'],
      ['REFUSED', 'EMAIL_IN_USE'],
      ['REFUSED', 'MISSING_NAME'],
    ]);
  });

  it('keeps the governing roles a person holds, and changes only what the file changes', () => {
    const champ = student({
      displayName: 'Cara Champ',
      roles: ['CHAMPION', 'TEACHER'],
      yearGroup: null,
      email: 'cara@school.sch.uk',
    });
    const coord = student({
      roles: ['COORDINATOR'],
      yearGroup: null,
      email: 'coord@school.sch.uk',
    });
    const plan = planStaffRoster(
      partner,
      [
        row({ displayName: 'Cara Champ', roles: 'TEACHER', email: 'Cara@School.sch.uk' }),
        row({ displayName: 'Cara Champ', roles: 'TEACHER;AMBASSADOR', email: 'x@y.z' }),
        row({ displayName: 'Co Ord', roles: 'TEACHER', email: 'coord@school.sch.uk' }),
      ],
      [champ, coord],
    );
    expect(plan[0]).toMatchObject({ outcome: 'UNCHANGED', personId: champ.id });
    expect(plan[2]).toMatchObject({ outcome: 'REFUSED', reason: 'ROLE_NOT_IMPORTABLE' });
    const amb = planStaffRoster(
      partner,
      [row({ displayName: 'Cara Champ', roles: 'AMBASSADOR', email: 'cara@school.sch.uk' })],
      [champ],
    )[0];
    expect(amb).toMatchObject({
      outcome: 'UPDATED',
      values: { roles: ['CHAMPION', 'AMBASSADOR'] },
    });
  });
});
