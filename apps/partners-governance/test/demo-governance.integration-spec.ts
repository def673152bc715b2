import { randomUUID } from 'node:crypto';
import { startTestSubgraph, testCaller, uniqueTopicPrefix } from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import type { Caller } from '@ekst/auth';
import { seedGovernance } from '../seed/demo-governance';
import { partnersGovernanceModule } from '../src/module';

/**
 * The demo governance year (the `governance` step of `npm start`'s seed) on the real subgraph,
 * as the people who would do it: heads sign and set priorities, champions keep calendars, the
 * coordinator does the rest; and a second load finds everything and changes nothing.
 */
describe('demo governance seed', () => {
  let sg: TestSubgraph;

  beforeAll(async () => {
    sg = await startTestSubgraph(partnersGovernanceModule, {
      topicPrefix: uniqueTopicPrefix(),
      cleanTopics: true,
    });
  });
  afterAll(async () => {
    await sg?.stop();
  });

  it('loads the year and, loaded again, changes nothing', async () => {
    const partners: Array<{ id: string; kind: string }> = [];
    for (const [i, kind] of [
      'STATE',
      'SELECTIVE',
      'INDEPENDENT',
      'UNIVERSITY',
      'ASSOCIATE',
    ].entries()) {
      const r = await sg.query<{ createPartner: { partner: { id: string } } }>(
        `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { partner { id } errors { code } } }`,
        { input: { name: `Demo ${kind} ${i}`, kind, town: 'Whitstable' } },
      );
      partners.push({ id: r.data!.createPartner.partner.id, kind });
    }
    const people = partners.flatMap((p) =>
      ['STATE', 'SELECTIVE', 'INDEPENDENT'].includes(p.kind)
        ? [
            { id: randomUUID(), partnerId: p.id, kind: 'head' },
            { id: randomUUID(), partnerId: p.id, kind: 'champion' },
          ]
        : [
            {
              id: randomUUID(),
              partnerId: p.id,
              kind: p.kind === 'ASSOCIATE' ? 'associate' : 'coordinator',
            },
          ],
    );
    const q = <T>(query: string, variables?: Record<string, unknown>, as?: Caller) =>
      sg.query<T>(query, variables, as);
    const callerFor = async (person: { id: string; partnerId: string }, roles: Caller['roles']) =>
      testCaller([...roles], { subject: person.id, partnerId: person.partnerId });

    const first = await seedGovernance(q, callerFor, partners, people);
    expect(first).toBe(
      'governance: MoU (5 signatures now), 3 term calendars, 3 priorities, 1 application decided, 2 contributions now',
    );
    const tables = () =>
      sg.running.dataSource.query(`
        SELECT (SELECT count(*)::int FROM mou_version) AS versions,
               (SELECT count(*)::int FROM mou_signature) AS signatures,
               (SELECT json_agg(t ORDER BY partner_id, starts_on, kind) FROM
                  (SELECT partner_id, kind, starts_on, ends_on FROM term_calendar_entry) t) AS calendars,
               (SELECT json_agg(p ORDER BY position) FROM (SELECT title, position FROM priority) p) AS priorities,
               (SELECT json_agg(a) FROM (SELECT organisation_name, status FROM associate_application) a) AS applications,
               (SELECT count(*)::int FROM associate_contribution) AS contributions,
               (SELECT count(*)::int FROM partner) AS partners`);
    const after = await tables();
    expect(after[0]).toMatchObject({
      versions: 1,
      signatures: 5,
      contributions: 2,
      partners: 5,
      applications: [{ organisation_name: 'Coastline Gaming Lounge', status: 'REJECTED' }],
    });

    const again = await seedGovernance(q, callerFor, partners, people);
    expect(again).toContain('(0 signatures now)');
    expect(again).toContain('0 contributions now');
    expect(await tables()).toEqual(after);

    // who signed: each school's head for their school, the coordinator for the others
    const signers = (await sg.running.dataSource.query(
      `SELECT partner_id, signed_by_person_id, signer_role FROM mou_signature`,
    )) as Array<{ partner_id: string; signed_by_person_id: string; signer_role: string }>;
    const head = people.find((p) => p.partnerId === partners[0].id && p.kind === 'head')!;
    expect(signers.find((s) => s.partner_id === partners[0].id)).toMatchObject({
      signed_by_person_id: head.id,
      signer_role: 'Headteacher',
    });
  });
});
