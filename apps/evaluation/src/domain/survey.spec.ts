import type { Caller, Role } from '@ekst/auth';
import {
  canManageSurveys,
  newSurveySchema,
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
