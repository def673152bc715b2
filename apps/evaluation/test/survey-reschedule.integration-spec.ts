import { randomUUID } from 'node:crypto';
import { startTestSubgraph, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { runSurveyWindows } from '../src/jobs/survey-windows.job';
import { evaluationModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Moving an event moves the close of its PRE surveys (issue 15): events announces the new start
 * in EventScheduled over real Kafka, evaluation's handler moves every open PRE survey's close with
 * it in the same transaction, and the windows job then closes them at the new start, not the
 * old one. A stale EventScheduled (older than the projection) moves nothing back.
 */
describe('evaluation: a rescheduled event moves its PRE window', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);

  beforeAll(async () => {
    sg = await startTestSubgraph(evaluationModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  const preSurveys = async (eventId: string) =>
    (await sg.running.dataSource.query(
      `SELECT instrument, status, closes_at FROM survey WHERE event_id = $1 AND phase = 'PRE'
       ORDER BY instrument`,
      [eventId],
    )) as Array<{ instrument: string; status: string; closes_at: Date }>;
  const runJob = (now: Date) => runSurveyWindows({ dataSource: sg.running.dataSource, now }, 14);

  /** A published mixed-age event with a year 8 and a year 12 registrant, its PRE surveys open. */
  async function publishedWithOpenPre(startsAt: Date) {
    const event = await upstream.eventScheduled({
      audience: 'STUDENTS',
      yearGroups: [8, 12],
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * HOUR).toISOString(),
    });
    const partnerId = randomUUID();
    const students = [randomUUID(), randomUUID()];
    await upstream.personRegistered({
      personId: students[0],
      partnerId,
      roles: ['STUDENT'],
      yearGroup: 8,
    });
    await upstream.personRegistered({
      personId: students[1],
      partnerId,
      roles: ['STUDENT'],
      yearGroup: 12,
    });
    await upstream.registered(event.eventId, students);
    await runJob(new Date());
    expect(
      (await preSurveys(event.eventId)).map((s) => [s.instrument, s.status, s.closes_at]),
    ).toEqual([
      ['STIRLING', 'OPEN', startsAt],
      ['SWEMWBS', 'OPEN', startsAt],
    ]);
    return event;
  }

  it('a postponed event keeps its PRE surveys open past the old start and closes them at the new one', async () => {
    const oldStart = new Date(Math.ceil((Date.now() + 10 * DAY) / 1000) * 1000);
    const newStart = new Date(oldStart.getTime() + 7 * DAY);
    const event = await publishedWithOpenPre(oldStart);

    await upstream.eventScheduled({
      ...event,
      startsAt: newStart.toISOString(),
      endsAt: new Date(newStart.getTime() + 3 * HOUR).toISOString(),
    });
    expect((await preSurveys(event.eventId)).map((s) => s.closes_at)).toEqual([newStart, newStart]);

    // The old start passes: still open (the job used to close them here).
    await runJob(new Date(oldStart.getTime() + HOUR));
    expect((await preSurveys(event.eventId)).map((s) => s.status)).toEqual(['OPEN', 'OPEN']);
    // The new start: closed.
    await runJob(newStart);
    expect((await preSurveys(event.eventId)).map((s) => s.status)).toEqual(['CLOSED', 'CLOSED']);
  });

  it('an event brought forward closes its PRE surveys at the earlier start; a stale message moves nothing back', async () => {
    const oldStart = new Date(Math.ceil((Date.now() + 10 * DAY) / 1000) * 1000);
    const earlier = new Date(oldStart.getTime() - 3 * DAY);
    const event = await publishedWithOpenPre(oldStart);

    await upstream.eventScheduled({
      ...event,
      startsAt: earlier.toISOString(),
      endsAt: new Date(earlier.getTime() + 3 * HOUR).toISOString(),
    });
    expect((await preSurveys(event.eventId)).map((s) => s.closes_at)).toEqual([earlier, earlier]);

    // A redelivered older state (the original start) is older than the projection: ignored.
    await upstream.eventScheduled(event, new Date(Date.now() - DAY));
    expect((await preSurveys(event.eventId)).map((s) => s.closes_at)).toEqual([earlier, earlier]);

    await runJob(earlier);
    expect((await preSurveys(event.eventId)).map((s) => s.status)).toEqual(['CLOSED', 'CLOSED']);

    // Once closed, a later move does not reopen or move a PRE survey.
    const later = new Date(oldStart.getTime() + 7 * DAY);
    await upstream.eventScheduled({
      ...event,
      startsAt: later.toISOString(),
      endsAt: new Date(later.getTime() + 3 * HOUR).toISOString(),
    });
    expect((await preSurveys(event.eventId)).map((s) => [s.status, s.closes_at])).toEqual([
      ['CLOSED', earlier],
      ['CLOSED', earlier],
    ]);
  });
});
