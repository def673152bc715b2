import { randomUUID } from 'node:crypto';
import { GovernanceEvents } from '@ekst/contracts';
import type { StudentVoiceProposalApprovedV1 } from '@ekst/contracts';
import { eventually, testCaller, startTestSubgraph, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { eventsModule } from '../src/module';
import { UpstreamEvents } from './upstream-events';

const EVENT = `query($p: ID!) {
  eventForProposal(proposalId: $p) { id title kind audience status proposalId aims hostPartner { id } roles { role person { id } } }
}`;

/**
 * Issue 10: the Management Group's approval of a Student Voice proposal (played on the real
 * broker) becomes exactly one DRAFT event, with the proposers as student organisers, who see the
 * draft but hold no staff power over it.
 */
describe('approved Student Voice proposals become draft events', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const upstream = new UpstreamEvents(() => sg, prefix);
  let school: string;
  const proposer = randomUUID();
  const coProposer = randomUUID();
  const proposalId = randomUUID();
  let eventId: string;
  const student = () => testCaller(['STUDENT'], { subject: proposer, partnerId: school });

  beforeAll(async () => {
    sg = await startTestSubgraph(eventsModule, { topicPrefix: prefix, cleanTopics: true });
    await upstream.start(['events']);
    school = await upstream.partnerJoined();
  });
  afterAll(async () => {
    await upstream.disconnect();
    await sg?.stop();
  });

  it('creates one DRAFT event linked to the proposal, however often the approval arrives', async () => {
    const approved: StudentVoiceProposalApprovedV1 = {
      proposalId,
      title: 'Student bake-off for wellbeing week',
      kind: 'BAKE_OFF',
      audience: 'STUDENTS',
      aims: ['WELLBEING', 'COMMUNITY'],
      proposerIds: [proposer, coProposer],
      partnerId: school,
      meetingId: randomUUID(),
      decidedOn: '2026-03-04',
    };
    const first = await upstream.publish(
      'partners-governance',
      GovernanceEvents.proposalApproved,
      proposalId,
      approved,
    );
    await upstream.applied(first.id);
    await upstream.send('partners-governance', first);
    const second = await upstream.publish(
      'partners-governance',
      GovernanceEvents.proposalApproved,
      proposalId,
      approved,
    );
    await upstream.applied(second.id);

    const rows = (await sg.running.dataSource.query(
      `SELECT id, status FROM event WHERE proposal_id = $1`,
      [proposalId],
    )) as Array<{ id: string; status: string }>;
    expect(rows).toEqual([{ id: expect.any(String), status: 'DRAFT' }]);
    eventId = rows[0].id;
    const roles = await sg.running.dataSource.query(
      `SELECT person_id, role FROM event_role WHERE event_id = $1 ORDER BY person_id`,
      [eventId],
    );
    expect(roles).toEqual(
      [proposer, coProposer].sort().map((person_id) => ({ person_id, role: 'STUDENT_ORGANISER' })),
    );
    await eventually(async () =>
      upstream.received.some((e) => e.aggregateId === eventId && e.type === 'EventScheduled'),
    );
    const [{ n }] = await sg.running.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox WHERE message_key = $1`,
      [eventId],
    );
    expect(n).toBe(1);
  });

  it('the proposer sees the draft as its student organiser; another student does not', async () => {
    const mine = await sg.query<{ eventForProposal: Record<string, unknown> }>(
      EVENT,
      { p: proposalId },
      student(),
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.eventForProposal).toMatchObject({
      id: eventId,
      status: 'DRAFT',
      kind: 'BAKE_OFF',
      proposalId,
      hostPartner: { id: school },
      roles: expect.arrayContaining([{ role: 'STUDENT_ORGANISER', person: { id: proposer } }]),
    });
    const other = await sg.query<{ eventForProposal: unknown }>(
      EVENT,
      { p: proposalId },
      testCaller(['STUDENT'], { subject: randomUUID(), partnerId: school }),
    );
    expect(other.data!.eventForProposal).toBeNull();
  });

  it('the student organiser cannot publish or edit the draft, nor read its registrations', async () => {
    const before = await sg.running.dataSource.query(`SELECT * FROM event WHERE id = $1`, [
      eventId,
    ]);
    const publish = await sg.query(
      `mutation($id: ID!) { publishEvent(id: $id) { event { id status } errors { code } } }`,
      { id: eventId },
      student(),
    );
    expect(publish.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const edit = await sg.query(
      `mutation($id: ID!) { updateEvent(id: $id, input: { title: "Our own title" }) { event { id } errors { code } } }`,
      { id: eventId },
      student(),
    );
    expect(edit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const registrations = await sg.query<{ event: { registrations: unknown } | null }>(
      `query($id: ID!) { event(id: $id) { id registrations { id } } }`,
      { id: eventId },
      student(),
    );
    expect(registrations.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      await sg.running.dataSource.query(`SELECT * FROM event WHERE id = $1`, [eventId]),
    ).toEqual(before);
  });
});
