import { londonDate } from '@ekst/subgraph-kit';
import { testCaller } from '@ekst/testing';
import type { Role } from '@ekst/auth';
import { parseFocusGroupNote } from '../use-cases/record-focus-group-note.use-case';
import {
  academicYearDates,
  mayRecordFocusGroupNotes,
  normaliseTheme,
  noteReadScope,
  noteWriteScope,
} from './focus-group';

const NOW = new Date('2026-03-14T12:00:00Z');
const PARTNER = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const valid = {
  eventId: null,
  partnerId: PARTNER,
  heldOn: '2026-03-10',
  aims: ['CONFIDENCE'],
  themes: ['Careers advice'],
  summary: 'Most said the workshop made university feel possible.',
  participantCount: 8,
};

describe('parseFocusGroupNote', () => {
  it('accepts a valid note and normalises its tags', () => {
    const r = parseFocusGroupNote(
      {
        ...valid,
        aims: ['CONFIDENCE', 'WELLBEING', 'CONFIDENCE'],
        themes: ['  Careers   Advice ', 'careers advice', 'PEER SUPPORT'],
        summary: '  Trimmed.  ',
      },
      NOW,
    );
    expect(r).toEqual({
      ok: true,
      value: {
        ...valid,
        aims: ['CONFIDENCE', 'WELLBEING'],
        themes: ['careers advice', 'peer support'],
        summary: 'Trimmed.',
      },
    });
  });

  it('accepts the limits: 10 themes of 40 characters, a 5000-character summary, one participant, today', () => {
    const themes = Array.from({ length: 10 }, (_, i) => `${i}`.padEnd(40, 'x'));
    const r = parseFocusGroupNote(
      { ...valid, themes, summary: 's'.repeat(5000), participantCount: 1, heldOn: '2026-03-14' },
      NOW,
    );
    expect(r.ok).toBe(true);
  });

  it.each([
    ['no aim', { aims: [] }, 'INVALID', 'aims'],
    ['an aim that does not exist', { aims: ['HAPPINESS'] }, 'INVALID', 'aims.0'],
    ['no theme', { themes: [] }, 'INVALID', 'themes'],
    ['a blank theme', { themes: ['ok', '   '] }, 'INVALID', 'themes.1'],
    ['a theme of 41 characters', { themes: ['x'.repeat(41)] }, 'INVALID', 'themes.0'],
    [
      '11 distinct themes',
      { themes: Array.from({ length: 11 }, (_, i) => `t${i}`) },
      'INVALID',
      'themes',
    ],
    ['a blank summary', { summary: '  ' }, 'INVALID', 'summary'],
    ['a summary of 5001 characters', { summary: 's'.repeat(5001) }, 'INVALID', 'summary'],
    ['no participants', { participantCount: 0 }, 'INVALID', 'participantCount'],
    ['a fractional count', { participantCount: 2.5 }, 'INVALID', 'participantCount'],
    ['a date that is not a date', { heldOn: '2026-02-30' }, 'INVALID', 'heldOn'],
    ['a date-time', { heldOn: '2026-03-10T10:00:00Z' }, 'INVALID', 'heldOn'],
    ['a date after today (London)', { heldOn: '2026-03-15' }, 'IN_THE_FUTURE', 'heldOn'],
    ['an event id that is not an id', { eventId: 'e1' }, 'INVALID', 'eventId'],
    ['a partner id that is not an id', { partnerId: 'p1' }, 'INVALID', 'partnerId'],
  ])('refuses %s', (_what, change, code, field) => {
    const r = parseFocusGroupNote({ ...valid, ...change }, NOW);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContainEqual(expect.objectContaining({ code, field }));
  });

  it('11 themes that normalise to 10 are fine', () => {
    const themes = [...Array.from({ length: 10 }, (_, i) => `t${i}`), 'T0'];
    const r = parseFocusGroupNote({ ...valid, themes }, NOW);
    expect(r.ok && r.value.themes).toHaveLength(10);
  });
});

describe('normaliseTheme', () => {
  it.each([
    ['Careers Advice', 'careers advice'],
    ['  peer\tsupport \n', 'peer support'],
    ['STEM', 'stem'],
  ])('%j → %j', (raw, out) => expect(normaliseTheme(raw)).toBe(out));
});

describe('dates', () => {
  it("uses London's date: 00:30 BST on 1 June is already 1 June", () => {
    expect(londonDate(new Date('2026-05-31T23:30:00Z'))).toBe('2026-06-01');
  });
  it('an academic year runs from 1 September to 31 August', () => {
    expect(academicYearDates(2025)).toEqual({ from: '2025-09-01', to: '2026-09-01' });
  });
});

describe('focus group note access', () => {
  const as = (roles: Role[], partnerId: string | null = PARTNER) =>
    testCaller(roles, { partnerId });

  it.each([
    [['COORDINATOR'], { kind: 'all' }],
    [['HEAD'], { kind: 'partner', partnerId: PARTNER }],
    [['CHAMPION', 'TEACHER'], { kind: 'partner', partnerId: PARTNER }],
  ] as Array<[Role[], object]>)('%j reads %j', (roles, scope) => {
    expect(noteReadScope(as(roles))).toEqual(scope);
  });

  it.each([[['STUDENT']], [['ASSOCIATE']], [['TEACHER']], [['AMBASSADOR']], [['FINANCE']]] as Array<
    [Role[]]
  >)('%j reads nothing', (roles) => {
    expect(noteReadScope(as(roles)).kind).toBe('forbidden');
  });

  it('a head without a partner reads nothing', () => {
    expect(noteReadScope(as(['HEAD'], null)).kind).toBe('forbidden');
  });

  it('an API key reads nothing, whatever its roles', () => {
    expect(noteReadScope(testCaller(['COORDINATOR'], { kind: 'api-key' })).kind).toBe('forbidden');
  });

  it('the coordinator writes for any partner or none; heads and champions for their own', () => {
    expect(noteWriteScope(as(['COORDINATOR']), OTHER)).toEqual({ kind: 'ok', partnerId: OTHER });
    expect(noteWriteScope(as(['COORDINATOR']), null)).toEqual({ kind: 'ok', partnerId: null });
    expect(noteWriteScope(as(['HEAD']), null)).toEqual({ kind: 'ok', partnerId: PARTNER });
    expect(noteWriteScope(as(['CHAMPION']), PARTNER)).toEqual({ kind: 'ok', partnerId: PARTNER });
    expect(noteWriteScope(as(['CHAMPION']), OTHER).kind).toBe('forbidden');
    expect(noteWriteScope(as(['STUDENT']), PARTNER).kind).toBe('forbidden');
  });

  it('records at all exactly when it reads: the coordinator, heads and champions with a partner', () => {
    expect(mayRecordFocusGroupNotes(as(['COORDINATOR'], null))).toBe(true);
    expect(mayRecordFocusGroupNotes(as(['HEAD']))).toBe(true);
    expect(mayRecordFocusGroupNotes(as(['CHAMPION']))).toBe(true);
    expect(mayRecordFocusGroupNotes(as(['HEAD'], null))).toBe(false);
    expect(mayRecordFocusGroupNotes(as(['TEACHER']))).toBe(false);
    expect(mayRecordFocusGroupNotes(testCaller(['COORDINATOR'], { kind: 'api-key' }))).toBe(false);
  });
});
