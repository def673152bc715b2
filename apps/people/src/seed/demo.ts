import type { Role } from '@ekst/auth';
import { createEnvelope, PeopleEvents, topicFor } from '@ekst/contracts';
import { appendToOutbox } from '@ekst/messaging';
import type { DataSource } from 'typeorm';

/**
 * The shared demo ids this service needs (the lead's DemoIds will provide them). Every person id
 * is given, so other services' demo data can refer to the same people; names are invented here,
 * because only this service holds names.
 */
export interface PeopleDemoIds {
  /** the partnership's coordinator, employed through one of the partners */
  coordinator: { personId: string; partnerId: string };
  partners: Array<{
    partnerId: string;
    headIds?: string[];
    championIds?: string[];
    financeIds?: string[];
    teacherIds?: string[];
    /** year groups are spread over 7–13 */
    studentIds?: string[];
    ambassadorIds?: string[];
    associateIds?: string[];
  }>;
}

// Invented names. 20 and 21 are coprime, so (first, last) pairs do not repeat for 420 people.
const FIRST = [
  'Amara',
  'Ben',
  'Chloe',
  'Dev',
  'Ellie',
  'Finn',
  'Grace',
  'Harvey',
  'Isla',
  'Jay',
  'Kiera',
  'Leo',
  'Maya',
  'Noah',
  'Orla',
  'Priya',
  'Quinn',
  'Rory',
  'Sana',
  'Theo',
];
const LAST = [
  'Ashdown',
  'Bramley',
  'Colbrook',
  'Denholm',
  'Elmstead',
  'Fairhurst',
  'Garland',
  'Hollis',
  'Ingram',
  'Jessop',
  'Kemble',
  'Larkin',
  'Marden',
  'Northcott',
  'Oakley',
  'Pember',
  'Quarrie',
  'Radley',
  'Selwood',
  'Tunstall',
  'Upton',
];

interface DemoPerson {
  id: string;
  partnerId: string;
  roles: Role[];
  yearGroup: number | null;
}

function demoPeople(ids: PeopleDemoIds): DemoPerson[] {
  const people: DemoPerson[] = [
    {
      id: ids.coordinator.personId,
      partnerId: ids.coordinator.partnerId,
      roles: ['COORDINATOR'],
      yearGroup: null,
    },
  ];
  for (const p of ids.partners) {
    const adults: Array<[string[] | undefined, Role[]]> = [
      [p.headIds, ['HEAD']],
      // Champions are senior teachers in their schools.
      [p.championIds, ['CHAMPION', 'TEACHER']],
      [p.financeIds, ['FINANCE']],
      [p.teacherIds, ['TEACHER']],
      [p.ambassadorIds, ['AMBASSADOR']],
      [p.associateIds, ['ASSOCIATE']],
    ];
    for (const [list, roles] of adults) {
      for (const id of list ?? [])
        people.push({ id, partnerId: p.partnerId, roles, yearGroup: null });
    }
    (p.studentIds ?? []).forEach((id, i) =>
      people.push({ id, partnerId: p.partnerId, roles: ['STUDENT'], yearGroup: 7 + (i % 7) }),
    );
  }
  return people;
}

/**
 * Inserts invented people for the demo partnership, idempotently. Each newly inserted person is
 * announced through the outbox like a real registration, so other services' projections fill up.
 */
export async function seedDemo(
  dataSource: DataSource,
  ids: PeopleDemoIds,
  opts: { topicPrefix?: string } = {},
): Promise<void> {
  const topic = topicFor('people', opts.topicPrefix ?? '');
  await dataSource.transaction(async (m) => {
    for (const [i, person] of demoPeople(ids).entries()) {
      const first = FIRST[i % FIRST.length];
      const last = LAST[(i * 7) % LAST.length];
      const student = person.roles.includes('STUDENT');
      // Students get no email (data minimisation); adults get one on a reserved example domain.
      const email = student ? null : `${first}.${last}@demo.ekst.example`.toLowerCase();
      const inserted = (await m.query(
        `INSERT INTO person (id, display_name, partner_id, roles, year_group, email)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [person.id, `${first} ${last}`, person.partnerId, person.roles, person.yearGroup, email],
      )) as unknown[];
      if (inserted.length === 0) continue;
      await appendToOutbox(m, {
        topic,
        definition: PeopleEvents.registered,
        envelope: createEnvelope({
          type: PeopleEvents.registered.type,
          version: PeopleEvents.registered.version,
          aggregateId: person.id,
          producer: 'people',
          payload: {
            personId: person.id,
            partnerId: person.partnerId,
            roles: person.roles,
            yearGroup: person.yearGroup,
          },
        }),
      });
    }
  });
}
