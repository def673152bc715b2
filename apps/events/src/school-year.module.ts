import type { DataPolicy } from '@ekst/subgraph-kit';
import type { EntityManager } from 'typeorm';
import type { Resolvers } from './__generated__/resolvers-types';
import {
  AmbassadorAvailabilityEntity,
  AmbassadorHoursEntity,
  AmbassadorOfferEntity,
  EventAmbassadorSlotsEntity,
} from './ambassadors/ambassador.entities';
import { schoolYearResolvers } from './resolvers/school-year.resolvers';
import {
  StandingGroupEntity,
  StandingGroupMemberEntity,
  StandingGroupSessionEntity,
} from './standing-groups/standing-group.entity';
import { EventTravelEntity } from './travel/event-travel.entity';

/*
 * The school-year additions (issue 14, events part) as module.ts needs them, so that the shared
 * module file changes by one import and three spreads.
 */

export const schoolYearEntities = [
  StandingGroupEntity,
  StandingGroupMemberEntity,
  StandingGroupSessionEntity,
  EventTravelEntity,
  AmbassadorAvailabilityEntity,
  EventAmbassadorSlotsEntity,
  AmbassadorOfferEntity,
  AmbassadorHoursEntity,
];

const THREE_YEARS = 3 * 365;

export const schoolYearDataPolicies: DataPolicy[] = [
  { table: 'standing_group', personalData: false, note: 'a group such as the choir; no people' },
  {
    table: 'standing_group_session',
    personalData: false,
    note: 'which events are sessions of a group',
  },
  {
    table: 'standing_group_member',
    personalData: true,
    action: 'delete',
    retainDays: THREE_YEARS,
    ageColumn: 'joined_at',
    basis:
      'who belongs to a group, to register them for its sessions; three academic years, as registrations',
    onErasure: 'delete',
  },
  {
    table: 'event_travel',
    personalData: false,
    note: 'how a partner travels to an event (mode, pick-up, seats, cost); no people',
  },
  {
    table: 'event_ambassador_slots',
    personalData: false,
    note: 'how many ambassadors an event wants',
  },
  {
    table: 'ambassador_availability',
    personalData: true,
    action: 'delete',
    retainDays: 365,
    ageColumn: 'ends_at',
    basis: 'when an ambassador can help; of no use a year after the window ends',
    onErasure: 'delete',
  },
  {
    table: 'ambassador_offer',
    personalData: true,
    action: 'delete',
    retainDays: THREE_YEARS,
    ageColumn: 'offered_at',
    basis:
      'which ambassador was offered or took a slot (safeguarding questions); three academic years, as event roles',
    onErasure: 'delete',
  },
  {
    table: 'ambassador_hours',
    personalData: true,
    action: 'delete',
    retainDays: THREE_YEARS,
    ageColumn: 'logged_at',
    basis: "an ambassador's hours for their own records and the university's; three academic years",
    onErasure: 'delete',
  },
];

/** Erasure (PersonErased): nothing of the person stays in the school-year tables. */
export async function forgetSchoolYearPerson(m: EntityManager, personId: string): Promise<void> {
  for (const table of [
    'standing_group_member',
    'ambassador_availability',
    'ambassador_offer',
    'ambassador_hours',
  ])
    await m.query(`DELETE FROM ${table} WHERE person_id = $1`, [personId]);
  await m.query(`DELETE FROM calendar_feed WHERE scope = 'PROGRAMME' AND owner_id = $1`, [
    personId,
  ]);
}

type ResolverMap = Record<string, Record<string, unknown>>;

/** The event resolvers with the school-year ones added (type by type, field by field). */
export function withSchoolYear(base: Resolvers): Resolvers {
  const merged: ResolverMap = { ...(base as ResolverMap) };
  for (const [type, fields] of Object.entries(schoolYearResolvers as ResolverMap)) {
    merged[type] = { ...(merged[type] ?? {}), ...fields };
  }
  return merged as Resolvers;
}
