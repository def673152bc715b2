import { MESSAGING_SUBJECT_ACCESS } from '@ekst/subgraph-kit';
import type { SubjectAccessSource } from '@ekst/subgraph-kit';

/** Where communications finds one person's rows, per personal table (issue 20; tested complete). */
export const COMMUNICATIONS_SUBJECT_ACCESS: SubjectAccessSource[] = [
  ...MESSAGING_SUBJECT_ACCESS,
  { table: 'person_projection', kind: "people's partner and roles", where: 'id = $1' },
  {
    table: 'erased_person',
    unlinkable:
      'a one-way hash of an erased id, so a late event cannot bring the person back; no id is stored',
  },
  {
    table: 'registration_projection',
    kind: 'registrations copied from events (for reminders)',
    where: 'person_id = $1',
  },
  {
    table: 'notification',
    kind: 'in-app notifications to or about the person',
    where: 'recipient_id = $1 OR about_person_id = $1',
  },
  {
    table: 'delivery',
    kind: 'e-mails sent to or about the person',
    where: 'recipient_id = $1 OR about_person_id = $1',
  },
  { table: 'notification_preference', kind: 'notification preferences', where: 'person_id = $1' },
  { table: 'announcement', kind: 'announcements the person wrote', where: 'author_id = $1' },
];
