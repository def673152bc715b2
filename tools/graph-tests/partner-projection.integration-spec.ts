import { randomUUID } from 'node:crypto';
import { GovernanceEvents, PartnerEvents } from '@ekst/contracts';
import type { PartnerJoinedV1 } from '@ekst/contracts';
import {
  deleteTopicsWithPrefix,
  eventually,
  KafkaTestBus,
  startTestSubgraph,
  uniqueTopicPrefix,
} from '@ekst/testing';
import type { TestSubgraph } from '@ekst/testing';
import { evaluationModule } from '../../apps/evaluation/src/module';
import { eventsModule } from '../../apps/events/src/module';
import { peopleModule } from '../../apps/people/src/module';
import { teacherSwapModule } from '../../apps/teacher-swap/src/module';

interface ProjectedPartner {
  name: string;
  kind: string;
  sector: string;
  status: string;
  joined_on: string | null;
  left_on: string | null;
  lat: number | null;
  lng: number | null;
}

/**
 * The one partner projection (@ekst/partner-projection) in every service that keeps it: each of
 * the four services, started for real, follows partners-governance's events on the real broker.
 * A repeated PartnerJoined (a re-announcement, or a rejoin after leaving) carries a partner's
 * current name, kind, sector and site; PartnerUpdated changes those and leaves membership alone.
 */
describe('partner projection in people, events, evaluation and teacher-swap (real Kafka)', () => {
  const prefix = uniqueTopicPrefix();
  const services: Array<[name: string, subgraph: TestSubgraph]> = [];
  const governance = new KafkaTestBus(prefix);

  beforeAll(async () => {
    // One at a time: four migrations and consumer-group joins at once starve a small machine.
    const opts = { topicPrefix: prefix };
    services.push(['people', await startTestSubgraph(peopleModule, opts)]);
    services.push(['events', await startTestSubgraph(eventsModule, opts)]);
    services.push(['evaluation', await startTestSubgraph(evaluationModule, opts)]);
    services.push(['teacher-swap', await startTestSubgraph(teacherSwapModule, opts)]);
    await governance.start();
  });

  afterAll(async () => {
    await governance.stop();
    for (const [, s] of services) await s.stop();
    await deleteTopicsWithPrefix(prefix);
  });

  /** Waits until every service's row for the partner is `expected`. */
  async function everywhere(id: string, expected: ProjectedPartner): Promise<void> {
    const rows = async () =>
      Promise.all(
        services.map(async ([, s]) => {
          const [row] = (await s.running.dataSource.query(
            `SELECT name, kind, sector, status, to_char(joined_on, 'YYYY-MM-DD') AS joined_on,
                    to_char(left_on, 'YYYY-MM-DD') AS left_on, lat, lng
             FROM partner_projection WHERE id = $1`,
            [id],
          )) as ProjectedPartner[];
          return row ?? null;
        }),
      );
    try {
      await eventually(
        async () => (await rows()).every((r) => JSON.stringify(r) === JSON.stringify(expected)),
        30000,
      );
    } finally {
      expect(Object.fromEntries((await rows()).map((r, i) => [services[i][0], r]))).toEqual(
        Object.fromEntries(services.map(([name]) => [name, expected])),
      );
    }
  }

  it('keeps every projection current through a join, a re-announcement, a leaving, an update and a rejoin', async () => {
    const id = randomUUID();
    const joined: PartnerJoinedV1 = {
      partnerId: id,
      name: 'Hartsdown Academy',
      kind: 'STATE',
      sector: 'STATE',
      town: 'Margate',
      joinedOn: '2025-09-01',
      location: { lat: 51.3813, lng: 1.3862 },
    };
    await governance.publish('partners-governance', PartnerEvents.joined, id, joined);
    await everywhere(id, {
      name: 'Hartsdown Academy',
      kind: 'STATE',
      sector: 'STATE',
      status: 'ACTIVE',
      joined_on: '2025-09-01',
      left_on: null,
      lat: 51.3813,
      lng: 1.3862,
    });

    // Published without a location, as before coordinates travelled: the known site stays.
    const { location: _site, ...withoutLocation } = joined;
    await governance.publish('partners-governance', PartnerEvents.joined, id, {
      ...withoutLocation,
      name: 'Hartsdown Free School',
      kind: 'INDEPENDENT',
      sector: 'INDEPENDENT',
    });
    await everywhere(id, {
      name: 'Hartsdown Free School',
      kind: 'INDEPENDENT',
      sector: 'INDEPENDENT',
      status: 'ACTIVE',
      joined_on: '2025-09-01',
      left_on: null,
      lat: 51.3813,
      lng: 1.3862,
    });

    await governance.publish('partners-governance', PartnerEvents.left, id, {
      partnerId: id,
      leftOn: '2026-07-31',
    });
    await everywhere(id, {
      name: 'Hartsdown Free School',
      kind: 'INDEPENDENT',
      sector: 'INDEPENDENT',
      status: 'LEFT',
      joined_on: '2025-09-01',
      left_on: '2026-07-31',
      lat: 51.3813,
      lng: 1.3862,
    });

    // The coordinator corrects the partner's details after it left: membership stays as it was.
    await governance.publish('partners-governance', GovernanceEvents.partnerUpdated, id, {
      partnerId: id,
      name: 'Hartsdown Park School',
      kind: 'SELECTIVE',
      sector: 'STATE',
      town: 'Margate',
      location: { lat: 51.38, lng: 1.37 },
    });
    await everywhere(id, {
      name: 'Hartsdown Park School',
      kind: 'SELECTIVE',
      sector: 'STATE',
      status: 'LEFT',
      joined_on: '2025-09-01',
      left_on: '2026-07-31',
      lat: 51.38,
      lng: 1.37,
    });

    // It rejoins: partners-governance announces PartnerJoined with the new period's date.
    await governance.publish('partners-governance', PartnerEvents.joined, id, {
      ...joined,
      name: 'Hartsdown Park School',
      kind: 'SELECTIVE',
      joinedOn: '2027-09-01',
      location: { lat: 51.38, lng: 1.37 },
    });
    await everywhere(id, {
      name: 'Hartsdown Park School',
      kind: 'SELECTIVE',
      sector: 'STATE',
      status: 'ACTIVE',
      joined_on: '2027-09-01',
      left_on: null,
      lat: 51.38,
      lng: 1.37,
    });
  });
});
