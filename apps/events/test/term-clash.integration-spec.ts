import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import type { TermCalendarChangedV1 } from '@ekst/contracts';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

/**
 * Term-calendar clashes on the real events subgraph: partners-governance's TermCalendarChanged
 * arrives over the real broker into the projection, and an event on a participating partner's
 * INSET day, holiday or exam period carries a warning on the event and in the create/update
 * payload. Warnings never block.
 */
const CLASH = 'clashWarnings { partner { id } kind startsOn endsOn message }';
const CREATE = `mutation($input: CreateEventInput!) {
  createEvent(input: $input) { event { id ${CLASH} } warnings { partner { id } kind startsOn } errors { code } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateEventInput!) {
  updateEvent(id: $id, input: $input) { event { id } warnings { partner { id } kind startsOn } errors { code } } }`;

interface Clash {
  partner: { id: string };
  kind: string;
  startsOn: string;
  endsOn?: string;
  message?: string;
}

function day(offset: number): string {
  const d = new Date(Date.now() + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
}
function academicYearOf(date: string): string {
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 8 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

describe('events: term-calendar clash warnings', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  let host: string;
  let visitor: string;
  const inset = day(30);
  const holiday = day(40);

  async function calendar(partnerId: string, entries: TermCalendarChangedV1['entries']) {
    // one academic year per message, as partners-governance sends them
    const years = [...new Set([inset, holiday].map(academicYearOf))];
    for (const academicYear of years) {
      const e = await upstream.publish(
        'partners-governance',
        GovernanceEvents.termCalendarChanged,
        partnerId,
        {
          partnerId,
          academicYear,
          entries: entries.filter((x) => academicYearOf(x.startsOn) === academicYear),
        },
      );
      await upstream.applied(e.id);
    }
  }

  async function create(date: string) {
    const res = await sg.query<{
      createEvent: {
        event: { id: string; clashWarnings: Clash[] };
        warnings: Clash[];
        errors: unknown[];
      };
    }>(CREATE, {
      input: {
        title: 'Year 9 STEM day',
        kind: 'OTHER',
        audience: 'STUDENTS',
        yearGroups: [9],
        hostPartnerId: host,
        startsAt: `${date}T09:00:00Z`,
        endsAt: `${date}T15:00:00Z`,
        aims: ['WIDENING_HORIZONS'],
        capacity: 20,
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createEvent.errors).toEqual([]);
    return res.data!.createEvent;
  }

  async function warningsOf(id: string, caller = testCaller(['COORDINATOR'])): Promise<Clash[]> {
    const res = await sg.query<{ event: { clashWarnings: Clash[] } }>(
      `query($id: ID!) { event(id: $id) { ${CLASH} } }`,
      { id },
      caller,
    );
    expect(res.errors).toBeUndefined();
    return res.data!.event.clashWarnings;
  }

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.connect();
    host = await upstream.partnerJoined({ name: 'Charles Dickens School' });
    visitor = await upstream.partnerJoined({ name: 'Kent College' });
    await calendar(host, [
      { kind: 'INSET_DAY', startsOn: inset, endsOn: inset, label: 'Staff training' },
    ]);
    await calendar(visitor, [
      { kind: 'HOLIDAY', startsOn: holiday, endsOn: day(44), label: 'Half term' },
    ]);
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  it("warns, on the event and in the create payload, for the host's INSET day", async () => {
    const created = await create(inset);
    const expected = {
      partner: { id: host },
      kind: 'INSET_DAY',
      startsOn: inset,
      endsOn: inset,
      message: `A participating partner has an INSET (staff training) day (Staff training) on ${inset}.`,
    };
    expect(created.warnings).toEqual([
      { partner: { id: host }, kind: 'INSET_DAY', startsOn: inset },
    ]);
    expect(created.event.clashWarnings).toEqual([expected]);
    expect(await warningsOf(created.event.id)).toEqual([expected]);
  });

  it('gives an event on a clear day no warning, and a moved event its new warnings in the update payload', async () => {
    const created = await create(day(31));
    expect(created.warnings).toEqual([]);
    expect(await warningsOf(created.event.id)).toEqual([]);
    const moved = await sg.query<{ updateEvent: { warnings: Clash[]; errors: unknown[] } }>(
      UPDATE,
      {
        id: created.event.id,
        input: { startsAt: `${inset}T10:00:00Z`, endsAt: `${inset}T12:00:00Z` },
      },
    );
    expect(moved.data!.updateEvent).toMatchObject({
      warnings: [{ partner: { id: host }, kind: 'INSET_DAY', startsOn: inset }],
      errors: [],
    });
  });

  it("warns for a visiting partner's holiday once its people take part, and stops when the calendar changes", async () => {
    const created = await create(holiday);
    // only the host takes part so far, and the host is in school that day
    expect(created.warnings).toEqual([]);
    await sg.query(`mutation($id: ID!) { publishEvent(id: $id) { errors { code } } }`, {
      id: created.event.id,
    });
    const student = await upstream.personRegistered(visitor, ['STUDENT'], 9, randomUUID());
    const reg = await sg.query<{ registerForEvent: { errors: unknown[] } }>(
      `mutation($e: ID!, $p: ID!) { registerForEvent(eventId: $e, personId: $p) { errors { code } } }`,
      { e: created.event.id, p: student },
    );
    expect(reg.data!.registerForEvent.errors).toEqual([]);
    expect(await warningsOf(created.event.id)).toMatchObject([
      { partner: { id: visitor }, kind: 'HOLIDAY', startsOn: holiday, endsOn: day(44) },
    ]);

    // the visitor's calendar is corrected: no holiday that week any more
    await calendar(visitor, []);
    expect(await warningsOf(created.event.id)).toEqual([]);
  });

  it('projects the whole calendar idempotently (a redelivered year replaces, never duplicates)', async () => {
    await calendar(host, [
      { kind: 'INSET_DAY', startsOn: inset, endsOn: inset, label: 'Staff training' },
    ]);
    await calendar(host, [
      { kind: 'INSET_DAY', startsOn: inset, endsOn: inset, label: 'Staff training' },
    ]);
    const rows = (await sg.running.dataSource.query(
      `SELECT kind, to_char(starts_on, 'YYYY-MM-DD') AS starts_on FROM partner_term_date WHERE partner_id = $1`,
      [host],
    )) as unknown[];
    expect(rows).toEqual([{ kind: 'INSET_DAY', starts_on: inset }]);
  });
});
