import { MessagingTables1732300000000 } from '@ekst/messaging';
import { CreatePartner1732300000001 } from './1732300000001-create-partner';
// --- groups, meetings, proposals ---
import { GovernanceGroups1732300000200 } from './1732300000200-governance-groups';

export const migrations = [
  MessagingTables1732300000000,
  CreatePartner1732300000001,
  // --- groups, meetings, proposals ---
  GovernanceGroups1732300000200,
];
