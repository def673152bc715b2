import type { Caller, Role } from '@ekst/auth';
import {
  canManageSurveys,
  newSurveySchema,
  openSurveyProblem,
  surveyTimingProblem,
  visibleSurveyStatuses,
} from './survey';

function caller(roles: Role[]): Caller {
  return {
    kind: 'person',
    subject: 'a0000000-0000-4000-8000-000000000001',
    roles,
    partnerId: null,
  };
}

describe('newSurveySchema', () => {
  const valid = {
    eventId: '9d1e7c3a-2b4f-4e8a-9c0d-1e2f3a4b5c6d',
    phase: 'POST',
    instrument: 'SWEMWBS',
    opensAt: '2025-03-14T16:00:00+00:00',
    closesAt: '2025-03-28T16:00:00+00:00',
  };

  it('accepts a valid survey', () => {
    expect(newSurveySchema.parse(valid)).toEqual(valid);
  });

  it.each([
    [{ closesAt: '2025-03-14T16:00:00+00:00' }, 'closesAt'],
    [{ closesAt: '2025-03-14T16:30:00+01:00' }, 'closesAt'],
    [{ opensAt: '2025-03-14' }, 'opensAt'],
    [{ eventId: 'event-1' }, 'eventId'],
    [{ phase: 'DURING' }, 'phase'],
    [{ instrument: 'PHQ9' }, 'instrument'],
  ])('rejects %j at %s', (patch, field) => {
    const result = newSurveySchema.safeParse({ ...valid, ...patch });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual([field]);
  });
});

describe('surveyTimingProblem', () => {
  const event = {
    status: 'PUBLISHED' as const,
    startsAt: new Date('2025-03-14T09:00:00Z'),
    endsAt: new Date('2025-03-14T15:00:00Z'),
  };

  it.each([
    ['POST opening as the event ends', 'POST', '2025-03-14T15:00:00Z', null],
    ['POST opening a week later', 'POST', '2025-03-21T09:00:00Z', null],
    ['POST opening a minute before the end', 'POST', '2025-03-14T14:59:00Z', 'TOO_EARLY'],
    ['POST opening before the event', 'POST', '2025-03-01T09:00:00Z', 'TOO_EARLY'],
    ['PRE opening a week before', 'PRE', '2025-03-07T09:00:00Z', null],
    ['PRE opening as the event starts', 'PRE', '2025-03-14T09:00:00Z', 'TOO_LATE'],
    ['PRE opening after the event', 'PRE', '2025-03-15T09:00:00Z', 'TOO_LATE'],
  ] as const)('%s: %s', (_what, phase, opensAt, problem) => {
    expect(surveyTimingProblem({ phase, opensAt: new Date(opensAt) }, event)).toBe(problem);
  });

  it.each([['DRAFT'], ['PUBLISHED'], ['COMPLETED']] as const)(
    'allows surveys for a %s event',
    (status) => {
      expect(
        surveyTimingProblem({ phase: 'POST', opensAt: event.endsAt }, { ...event, status }),
      ).toBeNull();
    },
  );

  it('refuses any survey for a cancelled event', () => {
    expect(
      surveyTimingProblem(
        { phase: 'POST', opensAt: event.endsAt },
        { ...event, status: 'CANCELLED' },
      ),
    ).toBe('EVENT_CANCELLED');
    expect(
      surveyTimingProblem(
        { phase: 'PRE', opensAt: new Date('2025-03-01T00:00:00Z') },
        { ...event, status: 'CANCELLED' },
      ),
    ).toBe('EVENT_CANCELLED');
  });
});

describe('openSurveyProblem', () => {
  const event = {
    status: 'PUBLISHED' as const,
    startsAt: new Date('2025-03-14T09:00:00Z'),
    endsAt: new Date('2025-03-14T15:00:00Z'),
  };
  const closesAt = new Date('2025-03-28T15:00:00Z');

  it.each([
    ['a PRE draft a week before the event', 'PRE', 'DRAFT', '2025-03-07T09:00:00Z', null],
    ['a PRE draft a second before it starts', 'PRE', 'DRAFT', '2025-03-14T08:59:59Z', null],
    ['a PRE draft as the event starts', 'PRE', 'DRAFT', '2025-03-14T09:00:00Z', 'TOO_LATE'],
    ['a POST draft during the event', 'POST', 'DRAFT', '2025-03-14T14:59:59Z', 'TOO_EARLY'],
    ['a POST draft before the event', 'POST', 'DRAFT', '2025-03-01T09:00:00Z', 'TOO_EARLY'],
    ['a POST draft as the event ends', 'POST', 'DRAFT', '2025-03-14T15:00:00Z', null],
    ['a POST draft after its window', 'POST', 'DRAFT', '2025-03-28T15:00:00Z', 'WINDOW_ENDED'],
    ['an OPEN survey', 'PRE', 'OPEN', '2025-03-07T09:00:00Z', 'NOT_DRAFT'],
    ['a CLOSED survey', 'POST', 'CLOSED', '2025-03-20T09:00:00Z', 'NOT_DRAFT'],
  ] as const)('%s: %s', (_what, phase, status, now, problem) => {
    expect(openSurveyProblem({ phase, status, closesAt }, event, new Date(now))).toBe(problem);
  });

  it('opens nothing for a cancelled event', () => {
    expect(
      openSurveyProblem(
        { phase: 'PRE', status: 'DRAFT', closesAt },
        { ...event, status: 'CANCELLED' },
        new Date('2025-03-07T09:00:00Z'),
      ),
    ).toBe('EVENT_CANCELLED');
  });
});

describe('survey authorization', () => {
  it.each([
    [['COORDINATOR'], true],
    [['HEAD'], true],
    [['CHAMPION'], true],
    [['TEACHER'], false],
    [['STUDENT'], false],
    [['ASSOCIATE'], false],
    [['AMBASSADOR'], false],
    [['FINANCE'], false],
  ] as Array<[Role[], boolean]>)('%j manages surveys: %s', (roles, allowed) => {
    expect(canManageSurveys(caller(roles))).toBe(allowed);
    expect(visibleSurveyStatuses(caller(roles)).includes('DRAFT')).toBe(allowed);
    expect(visibleSurveyStatuses(caller(roles))).toEqual(
      expect.arrayContaining(['OPEN', 'CLOSED']),
    );
  });
});
