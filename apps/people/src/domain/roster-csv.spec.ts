import { looksLikeDateOfBirth, readRoster, ROSTER_LIMITS } from './roster-csv';

describe('looksLikeDateOfBirth', () => {
  it.each([
    'dob',
    'DOB',
    'D.O.B.',
    'd.o.b',
    'Date of Birth',
    'date_of_birth',
    'DateOfBirth',
    'birthdate',
    'Birth Date',
    'Birthday',
    'born',
    'Born on',
    'Pupil DOB',
    'Student D.O.B.',
    'dob (dd/mm/yyyy)',
    'B-day',
  ])('%s is a date of birth', (h) => expect(looksLikeDateOfBirth(h)).toBe(true));
  it.each(['Name', 'Year group', 'External id', 'Email', 'Roles', 'Year', 'Year of entry'])(
    '%s is not',
    (h) => expect(looksLikeDateOfBirth(h)).toBe(false),
  );
});

describe('readRoster', () => {
  it('reads a students roster with a BOM, CRLF line ends and blank lines, numbering lines as an editor does', () => {
    const csv =
      '\uFEFFDisplay name,Year group,MIS id\r\nAda Lovelace,9,A1\r\n\r\n  Zoë Adams , Y10 ,\r\n';
    const read = readRoster('STUDENTS', csv);
    expect(read).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          displayName: 'Ada Lovelace',
          yearGroup: '9',
          externalId: 'A1',
          roles: '',
          email: '',
        },
        {
          line: 4,
          displayName: 'Zoë Adams',
          yearGroup: 'Y10',
          externalId: '',
          roles: '',
          email: '',
        },
      ],
    });
  });

  it('refuses a file with a date-of-birth column whole, without repeating any value', () => {
    const read = readRoster('STUDENTS', 'name,year,D.O.B\nAda Lovelace,9,2011-03-04\n');
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problem.code).toBe('DATE_OF_BIRTH_COLUMN');
    expect(read.problem.message).not.toMatch(/2011|Ada/);
  });

  it('needs a header row and the required columns', () => {
    expect(readRoster('STUDENTS', '')).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    expect(readRoster('STUDENTS', 'name\nAda\n')).toMatchObject({
      ok: false,
      problem: { code: 'INVALID', message: expect.stringContaining('yearGroup') },
    });
    expect(readRoster('STAFF', 'name,email\nA,a@b.c\n')).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('roles') },
    });
  });

  it('takes in no column a roster does not hold (students have no e-mail; nothing unknown)', () => {
    expect(readRoster('STUDENTS', 'name,year,email\nAda,9,a@b.c\n')).toMatchObject({
      ok: false,
      problem: { code: 'INVALID' },
    });
    expect(readRoster('STUDENTS', 'name,year,address\nAda,9,1 High St\n')).toMatchObject({
      ok: false,
      problem: { code: 'INVALID', message: expect.not.stringContaining('High') },
    });
    expect(readRoster('STUDENTS', 'name,year,name\nAda,9,Ada\n')).toMatchObject({ ok: false });
  });

  it('refuses text that is not CSV without quoting it', () => {
    const read = readRoster('STUDENTS', 'name,year\n"Secret Name,9\nBob,8,extra\n');
    expect(read).toMatchObject({ ok: false, problem: { code: 'INVALID' } });
    if (!read.ok) expect(read.problem.message).not.toContain('Secret');
    expect(readRoster('STUDENTS', 'name,year\nAda,9,extra\n')).toMatchObject({ ok: false });
  });

  it('refuses a file over the size or row limits', () => {
    expect(readRoster('STUDENTS', 'x'.repeat(ROSTER_LIMITS.maxChars + 1))).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('larger') },
    });
    const rows = Array.from({ length: ROSTER_LIMITS.maxRows + 1 }, (_, i) => `Student ${i},9`);
    expect(readRoster('STUDENTS', `name,year\n${rows.join('\n')}\n`)).toMatchObject({
      ok: false,
      problem: { message: expect.stringContaining('rows') },
    });
    expect(readRoster('STUDENTS', `name,year\n${rows.slice(1).join('\n')}\n`).ok).toBe(true);
  });
});
