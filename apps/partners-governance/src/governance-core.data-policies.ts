import type { DataPolicy } from '@ekst/subgraph-kit';

/** Membership, MoU, calendars, associates, aims and priorities: what each table holds about people. */
export const GOVERNANCE_CORE_DATA_POLICIES: DataPolicy[] = [
  {
    table: 'partner_membership_period',
    personalData: false,
    note: 'when organisations joined and left, and why',
  },
  {
    table: 'associate_application',
    personalData: true,
    action: 'keep',
    reason:
      'an organisation’s application; the contact is a role, not a name, and decided_by is the id of the head or coordinator who recorded the Heads Group decision (governance record)',
    onErasure: 'keep',
  },
  {
    table: 'associate_contribution',
    personalData: false,
    note: 'what organisations gave (kind, description, pence)',
  },
  { table: 'mou_version', personalData: false, note: 'the partnership agreement’s versions' },
  {
    table: 'mou_signature',
    personalData: true,
    action: 'keep',
    reason:
      'who signed the partnership agreement for a partner (person id and role): a governance record kept as long as the agreement it evidences',
    onErasure: 'keep',
  },
  { table: 'term_calendar_entry', personalData: false, note: 'schools’ term dates' },
  { table: 'aim', personalData: false, note: 'reference data: the partnership aims' },
  { table: 'priority', personalData: false, note: 'the Heads Group’s priorities per year' },
];
