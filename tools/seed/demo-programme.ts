import { devUserToken, retryUntil } from '@ekst/testing';
import { SUBJECTS } from './demo-data';
import { attendeesOf, eventKey } from './demo-plan';
import type { PlannedEvent, PlannedPerson } from './demo-plan';
import type { SeedContext } from './seed-context';

type Seeded = PlannedPerson & { id: string };

/** Student events are open to every secondary year group: a mixed-age programme. */
const STUDENT_YEAR_GROUPS = [7, 8, 9, 10, 11, 12, 13];

export interface ExistingEvent {
  id: string;
  title: string;
  startsAt: string;
  status: string;
  hostPartner: { id: string } | null;
}

/** Every event the coordinator sees (drafts included), a page of 200 at a time. */
export async function listEvents(ctx: SeedContext): Promise<ExistingEvent[]> {
  const all: ExistingEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const page: {
      events: {
        edges: Array<{ node: ExistingEvent }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await ctx.read(
      'events',
      `query($after: String) { events(first: 200, after: $after) { edges { node { id title startsAt status hostPartner { id } } } pageInfo { hasNextPage endCursor } } }`,
      { after },
    );
    all.push(...page.events.edges.map((e) => e.node));
    if (!page.events.pageInfo.hasNextPage) return all;
    after = page.events.pageInfo.endCursor;
  }
}

/**
 * The programme: each planned event is created unless an event with its title, host and start
 * exists; then published, its people registered (ALREADY_REGISTERED counts as done) and its
 * pre-event survey created unless it has one. Re-running after an interruption finishes it.
 */
export async function seedProgramme(
  ctx: SeedContext,
  plan: readonly PlannedEvent[],
  people: { students: readonly Seeded[]; teachers: readonly Seeded[] },
): Promise<{ events: number; registrations: number }> {
  const existing = new Map(
    (await listEvents(ctx)).map((e) => [
      eventKey({ ...e, hostPartnerId: e.hostPartner?.id ?? null }),
      e,
    ]),
  );
  let registrations = 0;
  const upcoming: string[] = [];
  for (const planned of plan) {
    let event = existing.get(eventKey(planned));
    if (!event) {
      const id = await ctx.untilAccepted(`event ${planned.title}`, async () => {
        const r = await ctx.q<{ createEvent: { event: { id: string } | null; errors: unknown[] } }>(
          `mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { code field message } } }`,
          {
            input: {
              title: planned.title,
              kind: planned.kind,
              audience: planned.audience,
              yearGroups: planned.forStudents ? STUDENT_YEAR_GROUPS : [],
              hostPartnerId: planned.hostPartnerId,
              startsAt: planned.startsAt.toISOString(),
              endsAt: planned.endsAt.toISOString(),
              aims: planned.aims,
              capacity: planned.capacity,
              partnerQuota: planned.partnerQuota,
            },
          },
        );
        return {
          value: r.data?.createEvent.event?.id ?? null,
          errors: r.errors ?? r.data?.createEvent.errors,
        };
      });
      event = {
        id,
        title: planned.title,
        startsAt: planned.startsAt.toISOString(),
        status: 'DRAFT',
        hostPartner: { id: planned.hostPartnerId },
      };
    }
    if (!planned.publish) continue;
    if (event.status === 'DRAFT') {
      const r = await ctx.q<{ publishEvent: { errors: unknown[] } }>(
        `mutation($id: ID!) { publishEvent(id: $id) { errors { code message } } }`,
        { id: event.id },
      );
      ctx.check(`publish ${planned.title}`, r, r.data?.publishEvent.errors);
    }
    for (const person of attendeesOf(planned, people.students, people.teachers)) {
      await ctx.untilAccepted('registration', async () => {
        const r = await ctx.q<{
          registerForEvent: {
            registration: { status: string } | null;
            errors: Array<{ code: string }>;
          };
        }>(
          `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { registration { status } errors { code message } } }`,
          { e: event.id, p: person.id },
        );
        const errors = r.data?.registerForEvent.errors ?? [];
        const already = errors.some((e) => e.code === 'ALREADY_REGISTERED');
        return {
          value: already
            ? 'ALREADY_REGISTERED'
            : (r.data?.registerForEvent.registration?.status ?? null),
          errors: r.errors ?? errors,
        };
      });
      registrations += 1;
    }
    // Only an event that has not started yet gets a baseline survey.
    if (planned.forStudents && planned.startsAt.getTime() > Date.now()) upcoming.push(event.id);
  }
  await awaitPreSurveys(ctx, upcoming);
  return { events: plan.length, registrations };
}

/**
 * Evaluation opens a published event's PRE surveys by itself (its survey-windows job, every
 * SURVEY_WINDOW_TICK_MS), one per age band of the event's year groups: Stirling for years 7–10,
 * SWEMWBS for years 11–13, so the demo's mixed-age events give every student a scale validated
 * for their age. The seed only waits, once for all events, until they are there, so the demo it
 * reports as done has them.
 */
async function awaitPreSurveys(ctx: SeedContext, eventIds: readonly string[]): Promise<void> {
  const expected = new Set<string>();
  if (STUDENT_YEAR_GROUPS.some((y) => y <= 10)) expected.add('STIRLING');
  if (STUDENT_YEAR_GROUPS.some((y) => y >= 11)) expected.add('SWEMWBS');
  let missing: string[] = [];
  await retryUntil(
    async () => {
      missing = [];
      for (const eventId of eventIds) {
        const r = await ctx.q<{ surveys: Array<{ phase: string; instrument: string }> }>(
          `query($e: ID!) { surveys(eventId: $e) { phase instrument } }`,
          { e: eventId },
        );
        const have = new Set(
          (r.data?.surveys ?? []).filter((s) => s.phase === 'PRE').map((s) => s.instrument),
        );
        if (![...expected].every((i) => have.has(i))) missing.push(eventId);
      }
      return missing.length === 0 ? true : null;
    },
    'demo seed: pre-event surveys per age band',
    // the job's first run after a publication comes within one tick (a minute by default)
    { timeoutMs: 180_000, detail: () => ({ missing }) },
  );
}

/** Teacher swap offers from both sectors: every other teacher, unless they already offered. */
export async function seedSwapOffers(
  ctx: SeedContext,
  teachers: readonly Seeded[],
): Promise<number> {
  const current = await ctx.read<{ swapOffers: Array<{ teacher: { id: string } | null }> }>(
    'swap offers',
    `{ swapOffers { teacher { id } } }`,
  );
  const offered = new Set(current.swapOffers.map((o) => o.teacher?.id));
  let offers = 0;
  for (const [k, t] of teachers.entries()) {
    if (k % 2 === 1) continue;
    offers += 1;
    if (offered.has(t.id)) continue;
    const token = await devUserToken({ sub: t.id, roles: ['TEACHER'], partnerId: t.partnerId });
    const from = new Date(Date.now() + (14 + k) * 86400000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + (60 + k) * 86400000).toISOString().slice(0, 10);
    await ctx.untilAccepted('swap offer', async () => {
      const r = await ctx.q<{
        createSwapOffer: { swapOffer: { id: string } | null; errors: unknown[] };
      }>(
        `mutation($input: CreateSwapOfferInput!) { createSwapOffer(input: $input) { swapOffer { id } errors { code field message } } }`,
        {
          input: {
            subjects: [SUBJECTS[k % SUBJECTS.length]],
            phase: k % 3 === 0 ? 'KS3' : 'KS4',
            availableFrom: from,
            availableTo: to,
            maxTravelMiles: 15 + k,
          },
        },
        token,
      );
      return {
        value: r.data?.createSwapOffer.swapOffer?.id ?? null,
        errors: r.errors ?? r.data?.createSwapOffer.errors,
      };
    });
  }
  return offers;
}

/** Focus groups the Student Voice Group ran last term, summarised by the coordinator. */
const NOTES = [
  {
    aims: ['WIDENING_HORIZONS', 'CONFIDENCE'],
    themes: ['university', 'travel', 'meeting new people'],
    summary:
      'Year 12 students said the taster day made university feel possible; several had never visited a campus. Travel across East Kent was the main barrier mentioned.',
  },
  {
    aims: ['WELLBEING', 'COMMUNITY'],
    themes: ['exam stress', 'friendships'],
    summary:
      'Students valued hearing that students at other schools felt the same pressure; they asked for a follow-up session before mocks.',
  },
  {
    aims: ['RAISING_ASPIRATIONS'],
    themes: ['careers', 'role models'],
    summary:
      'Undergraduate ambassadors were the most mentioned part of the day; students asked for more contact with them.',
  },
];

export async function seedFocusGroupNotes(
  ctx: SeedContext,
  schools: ReadonlyArray<{ id: string }>,
): Promise<number> {
  const current = await ctx.read<{
    focusGroupNotes: { edges: Array<{ node: { summary: string } }> };
  }>('focus-group notes', `{ focusGroupNotes(first: 200) { edges { node { summary } } } }`);
  const recorded = new Set(current.focusGroupNotes.edges.map((e) => e.node.summary));
  for (const [i, note] of NOTES.entries()) {
    if (recorded.has(note.summary)) continue;
    const heldOn = new Date(Date.now() - (60 - i * 14) * 86400000).toISOString().slice(0, 10);
    const r = await ctx.q<{ recordFocusGroupNote: { errors: unknown[] } }>(
      `mutation($input: RecordFocusGroupNoteInput!) { recordFocusGroupNote(input: $input) { errors { code field message } } }`,
      {
        input: {
          ...note,
          heldOn,
          partnerId: schools[i % schools.length].id,
          participantCount: 8 + i,
        },
      },
    );
    ctx.check('focus-group note', r, r.data?.recordFocusGroupNote.errors);
  }
  return NOTES.length;
}
