import { randomUUID } from 'node:crypto';
import { PeopleEvents } from '@ekst/contracts';
import {
  eventually,
  KafkaTestBus,
  partnerJoinedEnvelope,
  startTestSubgraph,
  testCaller,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { communicationsModule } from '../src/module';

const POST = `mutation($input: PostAnnouncementInput!) {
  postAnnouncement(input: $input) { announcement { id recipientCount } errors { code field } }
}`;

interface Posted {
  postAnnouncement: {
    announcement: { id: string; recipientCount: number } | null;
    errors: Array<{ code: string; field: string | null }>;
  };
}

/**
 * postAnnouncement to a partner: only a partner communications knows (from partners-governance's
 * topic, or through its people) can be addressed; anything else is NOT_FOUND and nothing is stored
 * or sent. Real Postgres and Kafka.
 */
describe('communications: postAnnouncement to a partner', () => {
  let sg: TestSubgraph;
  const prefix = uniqueTopicPrefix();
  const bus = new KafkaTestBus(prefix);
  const joined = randomUUID();
  const knownByPeople = randomUUID();
  const champion = randomUUID();
  const student = randomUUID();
  const classmate = randomUUID();
  const olderStudent = randomUUID();

  const written = async () =>
    (await sg.running.dataSource.query(
      `SELECT (SELECT count(*) FROM announcement)::int AS announcements,
              (SELECT count(*) FROM notification)::int AS notifications,
              (SELECT count(*) FROM delivery)::int AS deliveries`,
    )) as Array<Record<string, number>>;
  const post = (targetId: string, caller = testCaller(['COORDINATOR'])) =>
    sg.query<Posted>(
      POST,
      { input: { target: 'PARTNER', targetId, subject: 'Closure', body: 'Snow day tomorrow.' } },
      caller,
    );

  beforeAll(async () => {
    sg = await startTestSubgraph(communicationsModule, { topicPrefix: prefix, cleanTopics: true });
    await bus.start();
    await bus.send('partners-governance', partnerJoinedEnvelope({ partnerId: joined }));
    // A partner that joined before communications kept partners (its PartnerJoined has aged out
    // of the topic) is still known through its people. Students only: they are told in the app,
    // so no e-mail queue is involved.
    for (const [personId, partnerId] of [
      [student, joined],
      [classmate, joined],
      [olderStudent, knownByPeople],
    ] as const) {
      await bus.publish('people', PeopleEvents.registered, personId, {
        personId,
        partnerId,
        roles: ['STUDENT'],
        yearGroup: 9,
      });
    }
    await eventually(async () => {
      const [{ partners, people }] = (await sg.running.dataSource.query(
        `SELECT (SELECT count(*) FROM partner_projection)::int AS partners,
                (SELECT count(*) FROM person_projection)::int AS people`,
      )) as Array<{ partners: number; people: number }>;
      return partners === 1 && people === 3;
    });
  }, 60000);
  afterAll(async () => {
    await bus.stop();
    await sg?.stop();
  });

  it('refuses a partner nobody knows with NOT_FOUND, storing and sending nothing', async () => {
    const before = await written();
    const unknown = await post(randomUUID());
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.postAnnouncement).toEqual({
      announcement: null,
      errors: [{ code: 'NOT_FOUND', field: 'input.targetId' }],
    });
    // A champion gets the same answer for an id that is no partner at all.
    const byChampion = await post(
      randomUUID(),
      testCaller(['CHAMPION', 'TEACHER'], { subject: champion, partnerId: joined }),
    );
    expect(byChampion.data?.postAnnouncement.errors).toEqual([
      { code: 'NOT_FOUND', field: 'input.targetId' },
    ]);
    expect(await written()).toEqual(before);
  });

  it('addresses a partner that joined, and one known through its people', async () => {
    const toJoined = await post(joined);
    expect(toJoined.errors).toBeUndefined();
    expect(toJoined.data?.postAnnouncement.errors).toEqual([]);
    expect(toJoined.data?.postAnnouncement.announcement?.recipientCount).toBe(2);
    const toOlder = await post(knownByPeople);
    expect(toOlder.data?.postAnnouncement.errors).toEqual([]);
    expect(toOlder.data?.postAnnouncement.announcement?.recipientCount).toBe(1);
  });
});
