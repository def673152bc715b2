import { ageBandOfYearGroup, INSTRUMENT_REGISTRY, instrumentSuitsAgeBand } from './instruments';
import {
  answerWindowProblem,
  instrumentForRespondent,
  instrumentsForEvent,
  inviteeInstrument,
  postSurveyWindow,
  preSurveyCloseAfterMove,
  preSurveyWindow,
  surveyStatusAt,
} from './survey-windows';

const t = (iso: string) => new Date(iso);
const DAY = 86_400_000;

describe('instrumentForRespondent: year group → age band → instrument', () => {
  it.each([
    [4, 'STIRLING'],
    [7, 'STIRLING'],
    [8, 'STIRLING'],
    [9, 'STIRLING'],
    [10, 'STIRLING'],
    [11, 'SWEMWBS'],
    [12, 'SWEMWBS'],
    [13, 'SWEMWBS'],
  ] as const)('year %i answers %s', (year, instrument) => {
    expect(instrumentForRespondent(year)).toBe(instrument);
  });

  it.each([1, 2, 3])(
    'year %i (under 8) gets the custom items: no validated scale covers it',
    (y) => {
      expect(instrumentForRespondent(y)).toBe('CUSTOM');
    },
  );

  it('an adult (no year group) gets the custom items', () => {
    expect(instrumentForRespondent(null)).toBe('CUSTOM');
  });

  it('every year group gets an instrument validated for its whole age band', () => {
    for (let year = 1; year <= 13; year += 1) {
      const code = instrumentForRespondent(year);
      expect(instrumentSuitsAgeBand(INSTRUMENT_REGISTRY[code], ageBandOfYearGroup(year))).toBe(
        true,
      );
    }
  });

  it('refuses a year group that does not exist', () => {
    expect(() => instrumentForRespondent(14)).toThrow(RangeError);
  });
});

describe('instrumentsForEvent', () => {
  it('a mixed-age event has one instrument per age band', () => {
    expect(
      instrumentsForEvent({ audience: 'STUDENTS', yearGroups: [7, 8, 9, 10, 11, 12, 13] }),
    ).toEqual(['STIRLING', 'SWEMWBS']);
  });

  it('a sixth-form event has SWEMWBS only, a year 7–9 event Stirling only', () => {
    expect(instrumentsForEvent({ audience: 'STUDENTS', yearGroups: [12, 13] })).toEqual([
      'SWEMWBS',
    ]);
    expect(instrumentsForEvent({ audience: 'STUDENTS', yearGroups: [7, 8, 9] })).toEqual([
      'STIRLING',
    ]);
  });

  it('teachers, and events without year groups, get the custom items', () => {
    expect(instrumentsForEvent({ audience: 'TEACHERS', yearGroups: [] })).toEqual(['CUSTOM']);
    expect(instrumentsForEvent({ audience: 'TEACHERS', yearGroups: [9] })).toEqual(['CUSTOM']);
    expect(instrumentsForEvent({ audience: 'STUDENTS', yearGroups: [] })).toEqual(['CUSTOM']);
  });

  it('an event for students and teachers adds the custom items for the adults', () => {
    expect(instrumentsForEvent({ audience: 'BOTH', yearGroups: [12] })).toEqual([
      'CUSTOM',
      'SWEMWBS',
    ]);
  });
});

describe('inviteeInstrument', () => {
  const students = { audience: 'STUDENTS' } as const;

  it('a student answers the instrument of their band', () => {
    expect(inviteeInstrument(students, { known: true, yearGroup: 8, preInstrument: null })).toBe(
      'STIRLING',
    );
    expect(inviteeInstrument(students, { known: true, yearGroup: 12, preInstrument: null })).toBe(
      'SWEMWBS',
    );
  });

  it('after a year-group change the POST survey stays on the PRE instrument (the pair stays comparable)', () => {
    // PRE taken in year 10 (Stirling); moved up to year 11 before the POST survey.
    expect(
      inviteeInstrument(students, { known: true, yearGroup: 11, preInstrument: 'STIRLING' }),
    ).toBe('STIRLING');
  });

  it('waits for someone people has not told evaluation about yet', () => {
    expect(
      inviteeInstrument(students, { known: false, yearGroup: null, preInstrument: null }),
    ).toBeNull();
  });

  it('an adult at a students’ event is staff, not a respondent; at a teachers’ event everyone answers the custom items', () => {
    expect(
      inviteeInstrument(students, { known: true, yearGroup: null, preInstrument: null }),
    ).toBeNull();
    expect(
      inviteeInstrument(
        { audience: 'TEACHERS' },
        { known: false, yearGroup: null, preInstrument: null },
      ),
    ).toBe('CUSTOM');
    expect(
      inviteeInstrument(
        { audience: 'BOTH' },
        { known: true, yearGroup: null, preInstrument: null },
      ),
    ).toBe('CUSTOM');
  });
});

describe('windows', () => {
  const startsAt = t('2026-03-14T09:00:00Z');

  it('PRE opens at publication and closes at the start; none once the event has started', () => {
    const published = t('2026-03-01T12:00:00Z');
    expect(preSurveyWindow({ startsAt }, published)).toEqual({
      opensAt: published,
      closesAt: startsAt,
    });
    expect(preSurveyWindow({ startsAt }, startsAt)).toBeNull();
    expect(preSurveyWindow({ startsAt }, t('2026-03-14T10:00:00Z'))).toBeNull();
  });

  describe('preSurveyCloseAfterMove: a rescheduled event takes its PRE close with it', () => {
    const opened = t('2026-03-01T12:00:00Z');
    const pre = {
      phase: 'PRE' as const,
      status: 'OPEN' as const,
      opensAt: opened,
      closesAt: startsAt,
    };

    it.each([
      ['postponed a week', '2026-03-21T09:00:00Z', '2026-03-21T09:00:00Z'],
      ['brought forward a day', '2026-03-13T09:00:00Z', '2026-03-13T09:00:00Z'],
      ['moved by a minute', '2026-03-14T09:01:00Z', '2026-03-14T09:01:00Z'],
    ])('a survey closing at the start follows it when the event is %s', (_why, moved, closes) => {
      expect(preSurveyCloseAfterMove(pre, startsAt, t(moved))).toEqual(t(closes));
      expect(preSurveyCloseAfterMove({ ...pre, status: 'DRAFT' }, startsAt, t(moved))).toEqual(
        t(closes),
      );
    });

    it('a hand-set close before the start stays unless the new start comes before it', () => {
      const handSet = { ...pre, closesAt: t('2026-03-10T17:00:00Z') };
      expect(preSurveyCloseAfterMove(handSet, startsAt, t('2026-03-21T09:00:00Z'))).toBeNull();
      expect(preSurveyCloseAfterMove(handSet, startsAt, t('2026-03-12T09:00:00Z'))).toBeNull();
      expect(preSurveyCloseAfterMove(handSet, startsAt, t('2026-03-09T09:00:00Z'))).toEqual(
        t('2026-03-09T09:00:00Z'),
      );
    });

    it('leaves POST surveys, closed surveys, an unmoved start, and a start before the survey opened', () => {
      const later = t('2026-03-21T09:00:00Z');
      expect(preSurveyCloseAfterMove({ ...pre, phase: 'POST' }, startsAt, later)).toBeNull();
      expect(preSurveyCloseAfterMove({ ...pre, status: 'CLOSED' }, startsAt, later)).toBeNull();
      expect(preSurveyCloseAfterMove(pre, startsAt, startsAt)).toBeNull();
      expect(preSurveyCloseAfterMove(pre, startsAt, opened)).toBeNull();
      expect(preSurveyCloseAfterMove(pre, startsAt, t('2026-02-20T09:00:00Z'))).toBeNull();
    });
  });

  it('POST opens at completion and closes after the configured days', () => {
    const completedAt = t('2026-03-14T16:00:00Z');
    expect(postSurveyWindow(completedAt, 14)).toEqual({
      opensAt: completedAt,
      closesAt: new Date(completedAt.getTime() + 14 * DAY),
    });
    expect(postSurveyWindow(completedAt, 3).closesAt).toEqual(t('2026-03-17T16:00:00Z'));
  });

  describe('answerWindowProblem', () => {
    const window = { opensAt: t('2026-03-01T12:00:00Z'), closesAt: startsAt };
    it.each([
      ['OPEN', '2026-03-01T11:59:59Z', 'SURVEY_NOT_OPEN'],
      ['OPEN', '2026-03-01T12:00:00Z', null],
      ['OPEN', '2026-03-14T08:59:59Z', null],
      ['OPEN', '2026-03-14T09:00:00Z', 'SURVEY_CLOSED'],
      ['OPEN', '2026-03-20T09:00:00Z', 'SURVEY_CLOSED'],
      ['DRAFT', '2026-03-05T12:00:00Z', 'SURVEY_NOT_OPEN'],
      ['DRAFT', '2026-03-15T12:00:00Z', 'SURVEY_CLOSED'],
      ['CLOSED', '2026-03-05T12:00:00Z', 'SURVEY_CLOSED'],
    ] as const)('%s at %s: %s', (status, now, problem) => {
      expect(answerWindowProblem({ status, ...window }, t(now))).toBe(problem);
    });
  });

  describe('surveyStatusAt (what the windows job applies)', () => {
    const event = { cancelled: false, completed: false, startsAt };
    const pre = {
      phase: 'PRE' as const,
      opensAt: t('2026-03-01T12:00:00Z'),
      closesAt: startsAt,
    };
    const post = {
      phase: 'POST' as const,
      opensAt: t('2026-03-14T16:00:00Z'),
      closesAt: t('2026-03-28T16:00:00Z'),
    };

    it('an open survey closes when its window passes', () => {
      expect(surveyStatusAt({ ...pre, status: 'OPEN' }, event, t('2026-03-10T00:00:00Z'))).toBe(
        'OPEN',
      );
      expect(surveyStatusAt({ ...pre, status: 'OPEN' }, event, startsAt)).toBe('CLOSED');
      expect(
        surveyStatusAt(
          { ...post, status: 'OPEN' },
          { ...event, completed: true },
          t('2026-03-28T16:00:00Z'),
        ),
      ).toBe('CLOSED');
    });

    it('a PRE survey closes at the start even when its window was typed to run later', () => {
      const late = { ...pre, closesAt: t('2026-03-20T00:00:00Z'), status: 'OPEN' as const };
      expect(surveyStatusAt(late, event, t('2026-03-14T09:00:01Z'))).toBe('CLOSED');
    });

    it('a draft opens when its window comes, a POST draft only once the event completed', () => {
      expect(surveyStatusAt({ ...pre, status: 'DRAFT' }, event, t('2026-03-01T11:00:00Z'))).toBe(
        'DRAFT',
      );
      expect(surveyStatusAt({ ...pre, status: 'DRAFT' }, event, t('2026-03-01T12:00:00Z'))).toBe(
        'OPEN',
      );
      const later = t('2026-03-15T00:00:00Z');
      expect(surveyStatusAt({ ...post, status: 'DRAFT' }, event, later)).toBe('DRAFT');
      expect(
        surveyStatusAt({ ...post, status: 'DRAFT' }, { ...event, completed: true }, later),
      ).toBe('OPEN');
    });

    it('a cancelled event closes its open surveys and leaves drafts alone', () => {
      const cancelled = { ...event, cancelled: true };
      const now = t('2026-03-05T00:00:00Z');
      expect(surveyStatusAt({ ...pre, status: 'OPEN' }, cancelled, now)).toBe('CLOSED');
      expect(surveyStatusAt({ ...pre, status: 'DRAFT' }, cancelled, now)).toBe('DRAFT');
    });

    it('nothing reopens a closed survey', () => {
      expect(surveyStatusAt({ ...pre, status: 'CLOSED' }, event, t('2026-03-05T00:00:00Z'))).toBe(
        'CLOSED',
      );
    });
  });
});
