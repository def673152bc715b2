import { MESSAGING_SUBJECT_ACCESS } from '@ekst/subgraph-kit';
import type { SubjectAccessSource } from '@ekst/subgraph-kit';

/** Where partners-governance finds one person's rows, per personal table (issue 20; tested complete). */
export const PARTNERS_GOVERNANCE_SUBJECT_ACCESS: SubjectAccessSource[] = [
  ...MESSAGING_SUBJECT_ACCESS,
  { table: 'governance_person', kind: "people's partner and roles", where: 'id = $1' },
  {
    table: 'group_membership',
    kind: 'group memberships (role, from and to dates)',
    where: 'person_id = $1',
  },
  { table: 'meeting_attendance', kind: 'meeting attendance', where: 'person_id = $1' },
  { table: 'action_item', kind: 'action items the person owns', where: 'owner_id = $1' },
  { table: 'meeting_decision', kind: 'decisions the person recorded', where: 'recorded_by = $1' },
  {
    table: 'student_voice_proposal',
    kind: 'Student Voice proposals the person proposed',
    where: '$1::uuid = ANY (proposer_ids)',
  },
  {
    table: 'associate_application',
    kind: 'associate applications the person decided',
    where: 'decided_by = $1',
  },
  { table: 'mou_signature', kind: 'MoU signatures', where: 'signed_by_person_id = $1' },
  {
    table: 'finance_audit_entry',
    kind: 'finance changes the person made (audit log)',
    where: 'actor_id = $1',
  },
  {
    table: 'api_key',
    kind: 'API keys the person issued or revoked (the secret hash is not shown)',
    where: 'created_by = $1 OR revoked_by = $1',
    omit: ['secret_hash'],
  },
];
