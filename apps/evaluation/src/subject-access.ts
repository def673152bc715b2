import { MESSAGING_SUBJECT_ACCESS } from '@ekst/subgraph-kit';
import type { SubjectAccessSource } from '@ekst/subgraph-kit';

/**
 * Where evaluation finds one person's rows, per personal table (issue 20; tested complete).
 * Survey responses stay unlinkable in every report; here, and only here, the person's own
 * responses are found through their invitation, because they are the person's own data.
 */
export const EVALUATION_SUBJECT_ACCESS: SubjectAccessSource[] = [
  ...MESSAGING_SUBJECT_ACCESS,
  { table: 'person_projection', kind: "people's partner, roles and year group", where: 'id = $1' },
  {
    table: 'erased_person',
    unlinkable:
      'a one-way hash of an erased id, so a late event cannot bring the person back; no id is stored',
  },
  {
    table: 'event_registration',
    kind: 'events the person holds a place on, as told by events (who is invited to surveys)',
    where: 'person_id = $1',
  },
  {
    table: 'attendance_dose',
    kind: 'attendance counted for dose-response analysis',
    where: 'person_id = $1',
  },
  {
    table: 'person_year_attendance',
    kind: 'attendance counted per academic year (events attended and missed), from the records above',
    where: 'person_id = $1',
  },
  {
    table: 'impact_pair',
    kind: "the changes between the person's PRE and POST answers that the impact reports count",
    where: 'person_id = $1',
  },
  {
    table: 'survey_invitation',
    kind: 'survey invitations (the survey token is not shown)',
    where: 'person_id = $1',
    omit: ['token'],
  },
  {
    table: 'survey_response',
    kind: "the person's own survey responses (pseudonymous in every report)",
    query:
      'SELECT r.* FROM survey_response r JOIN survey_invitation i ON i.id = r.invitation_id WHERE i.person_id = $1',
  },
  {
    table: 'focus_group_note',
    kind: 'focus-group notes the person recorded (notes name no participants)',
    where: 'recorded_by = $1',
  },
  {
    table: 'swap_reflection',
    kind: "a teacher's swap reflections (aims, dates)",
    where: 'teacher_id = $1',
  },
];
