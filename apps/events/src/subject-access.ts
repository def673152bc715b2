import { ACCESS_LOG_SUBJECT_ACCESS, MESSAGING_SUBJECT_ACCESS } from '@ekst/subgraph-kit';
import type { SubjectAccessSource } from '@ekst/subgraph-kit';

/** Where events finds one person's rows, per personal table (issue 20; tested complete). */
export const EVENTS_SUBJECT_ACCESS: SubjectAccessSource[] = [
  ...MESSAGING_SUBJECT_ACCESS,
  ACCESS_LOG_SUBJECT_ACCESS,
  {
    table: 'registration',
    kind: 'registrations, waitlist places and attendance (check-in and check-out times)',
    where: 'person_id = $1',
    omit: ['check_in_code'],
  },
  {
    table: 'event_role',
    kind: 'roles at events (organiser, teacher in charge, ambassador)',
    where: 'person_id = $1',
  },
  { table: 'person_projection', kind: "people's partner, roles and year group", where: 'id = $1' },
  {
    table: 'person_consent',
    kind: 'consent state copied from people (for check-in warnings)',
    where: 'person_id = $1',
  },
  {
    table: 'person_safeguarding',
    kind: 'safeguarding clearance date copied from people',
    where: 'person_id = $1',
  },
  {
    table: 'calendar_feed',
    kind: 'personal calendar feeds (the secret token hash is not shown)',
    where: 'owner_id = $1',
    omit: ['token_hash'],
  },
  {
    table: 'standing_group_member',
    kind: 'standing group (choir) memberships',
    where: 'person_id = $1',
  },
  { table: 'ambassador_availability', kind: 'ambassador availability', where: 'person_id = $1' },
  { table: 'ambassador_offer', kind: 'ambassador offers for events', where: 'person_id = $1' },
  { table: 'ambassador_hours', kind: 'ambassador hours logged', where: 'person_id = $1' },
];
