import type { PartnerKind, Sector } from '@ekst/contracts';
import { createServiceDataSource } from '@ekst/persistence';
import type { DataSource } from 'typeorm';
// The demo rows of last year go straight into two services' databases: their seed modules live
// beside each app (apps/<service>/seed/, outside src/, so never in a build) and this tool is
// tagged type:app-tool to reach them and the two modules' entities.
import { evaluationModule } from '../../apps/evaluation/src/module';
import { seedDemo as seedEvaluation } from '../../apps/evaluation/seed/demo';
import { seedDemoResponses } from '../../apps/evaluation/seed/demo-responses';
import { eventsModule } from '../../apps/events/src/module';
import { seedDemo as seedEvents } from '../../apps/events/seed/demo';
import type { DemoEvent } from '../../apps/events/seed/demo';

export interface PastYearInput {
  eventsDatabaseUrl: string;
  evaluationDatabaseUrl: string;
  topicPrefix: string;
  partners: ReadonlyArray<{
    id: string;
    name: string;
    kind: PartnerKind;
    sector: Sector;
    joinedOn: string;
  }>;
  students: ReadonlyArray<{ id: string; partnerId: string; yearGroup: number }>;
  teachers: ReadonlyArray<{ id: string; partnerId: string }>;
}

const TITLES = [
  'Well-being day: exam stress',
  'Mindfulness on the beach',
  'Well-being day: friendships online',
  'Sleep and screens workshop',
  'Well-being day: moving on to sixth form',
  'Resilience through rowing',
];

/** Last year's events are for the whole school, years 7–13 (mixed-age: two instruments each). */
const PAST_YEAR_GROUPS = [7, 8, 9, 10, 11, 12, 13];

/**
 * Last academic year's completed programme, with attendance and survey responses, which the API
 * cannot create (registration closes when an event starts): six mixed-age well-being events for
 * years 7–13, each surveyed with the validated instrument of each age band (Stirling for years
 * 7–10, SWEMWBS for 11–13); sixth-former k attends the first (k mod 5) + 1 of the first five,
 * and the keenest fifth the sixth too, so doses 1, 2, 3, 4 and 6 each cover about a fifth of
 * them; the smaller younger band comes in quarters at doses 1, 2, 3 and 6. Responses come from evaluation's stated models (change grows with dose), so the
 * impact report shows the partnership's dose-response effect on both scales, in separate cells.
 * Written through each service's own seed code; events announces the programme through its outbox
 * as usual. The sixth-formers come first in the cohort so that the younger band, added later,
 * left their attendance and answers as they were.
 */
export async function seedPastYear(input: PastYearInput, log: (m: string) => void): Promise<void> {
  const sixthFormers = input.students.filter((s) => s.yearGroup >= 11).length;
  const programme: DemoEvent[] = TITLES.map((title, e) => ({
    key: `past-year-${e}`,
    title,
    kind: 'WELLBEING',
    audience: 'STUDENTS',
    yearGroups: PAST_YEAR_GROUPS,
    host: e % input.partners.length,
    venue: null,
    day: -380 + e * 40,
    hours: [9, 15],
    aims: ['WELLBEING', 'RAISING_ASPIRATIONS'],
    capacity: 500,
    status: 'COMPLETED',
    pick: (index: number) =>
      index < sixthFormers
        ? // events 0-4 reach students whose index mod 5 is at least e; the last the keenest fifth
          e < 5
          ? index % 5 >= e
          : index % 5 === 4
        : // years 7-10, a smaller band: quarters at doses 1, 2, 3 and 6, so each dose band of the
          // Stirling cells holds at least 10 respondents
          youngerPicks((index - sixthFormers) % 4, e),
  }));
  const events = await open('events', input.eventsDatabaseUrl);
  const evaluation = await open('evaluation', input.evaluationDatabaseUrl);
  // Sixth-formers first (see above); `pick` tells the bands apart by index.
  const cohort = [
    ...input.students.filter((s) => s.yearGroup >= 11),
    ...input.students.filter((s) => s.yearGroup < 11),
  ];
  try {
    await seedEvents(
      events,
      { ...input, students: cohort },
      { topicPrefix: input.topicPrefix, programme },
    );
    const rows = (await events.query(
      `SELECT e.id, e.title, e.kind, e.host_partner_id, e.starts_at, e.ends_at, e.status,
              coalesce(array_agg(r.person_id) FILTER (WHERE r.status = 'ATTENDED'), '{}') AS attendees
       FROM event e LEFT JOIN registration r ON r.event_id = e.id
       WHERE e.status = 'COMPLETED' GROUP BY e.id`,
    )) as Array<{
      id: string;
      title: string;
      kind: DemoEvent['kind'];
      host_partner_id: string | null;
      starts_at: Date;
      ends_at: Date;
      status: DemoEvent['status'];
      attendees: string[];
    }>;
    await retryOnDeadlock(() =>
      seedEvaluation(evaluation, {
        partners: input.partners,
        events: rows.map((r) => ({
          id: r.id,
          title: r.title,
          kind: r.kind,
          hostPartnerId: r.host_partner_id,
          startsAt: r.starts_at,
          endsAt: r.ends_at,
          status: r.status,
          yearGroups: PAST_YEAR_GROUPS,
        })),
      }),
    );
    const { pairs, pairsByInstrument, quotes } = await retryOnDeadlock(() =>
      seedDemoResponses(evaluation, {
        students: cohort,
        attendance: rows.map((r) => ({ eventId: r.id, attendeeIds: r.attendees })),
        responseRate: 0.85,
        seed: 2025,
      }),
    );
    log(
      `last year: ${rows.length} completed events with attendance, ${pairs} pre/post survey pairs ` +
        `(${Object.entries(pairsByInstrument)
          .map(([i, n]) => `${i} ${n}`)
          .join(', ')}), ${quotes} reflections`,
    );
  } finally {
    await events.destroy();
    await evaluation.destroy();
  }
}

/** Whether a younger student of quarter `q` (0–3) attends event `e` (0–5): doses 1, 2, 3, 6. */
function youngerPicks(q: number, e: number): boolean {
  if (e === 0) return true;
  if (e === 1) return q >= 1;
  if (e === 2) return q >= 2;
  return q === 3;
}

async function open(service: 'events' | 'evaluation', url: string): Promise<DataSource> {
  const module = service === 'events' ? eventsModule : evaluationModule;
  const { dataSource } = createServiceDataSource(
    { url, applicationName: `demo-seed-${service}`, poolMax: 2 },
    { entities: module.entities, migrations: [] },
  );
  return dataSource.initialize();
}

/**
 * The seed writes evaluation's projections directly while evaluation's consumers apply the same
 * events from Kafka (in batches, with impact_pair's triggers), so PostgreSQL may pick the seed's
 * transaction as a deadlock victim (40P01). Each seeding transaction is all-or-nothing and
 * idempotent (ON CONFLICT DO NOTHING), so it is run again.
 */
async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 5): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (err) {
      const code = (err as { driverError?: { code?: string }; code?: string }).driverError?.code;
      if (code !== '40P01' || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}
