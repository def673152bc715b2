import { MESSAGING_SUBJECT_ACCESS } from '@ekst/subgraph-kit';
import type { SubjectAccessSource } from '@ekst/subgraph-kit';

/** Where teacher-swap finds one person's rows, per personal table (issue 20; tested complete). */
export const TEACHER_SWAP_SUBJECT_ACCESS: SubjectAccessSource[] = [
  ...MESSAGING_SUBJECT_ACCESS,
  { table: 'person_projection', kind: "people's partner and roles", where: 'id = $1' },
  {
    table: 'person_safeguarding',
    kind: 'safeguarding clearance date copied from people',
    where: 'person_id = $1',
  },
  { table: 'swap_offer', kind: 'swap offers', where: 'teacher_id = $1' },
  { table: 'swap_request', kind: 'swap requests', where: 'teacher_id = $1' },
  {
    table: 'swap',
    kind: 'swaps as visiting or host teacher, or as the one who confirmed checks',
    where: 'visiting_teacher_id = $1 OR host_teacher_id = $1 OR checks_confirmed_by = $1',
  },
  { table: 'swap_reflection', kind: 'swap reflections', where: 'teacher_id = $1' },
  { table: 'subject_cluster_member', kind: 'subject cluster memberships', where: 'person_id = $1' },
  { table: 'cluster_resource', kind: 'resources the person shared', where: 'added_by = $1' },
];
