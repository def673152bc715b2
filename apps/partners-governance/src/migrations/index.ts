import {
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
} from '@ekst/messaging';
import { CreatePartner1732300000001 } from './1732300000001-create-partner';
import { GovernanceCore1732300000100 } from './1732300000100-governance-core';
// --- groups, meetings, proposals ---
import { GovernanceGroups1732300000200 } from './1732300000200-governance-groups';
// --- finance ---
import { Finance1732300000300 } from './1732300000300-finance';
// --- API keys ---
import { CreateApiKey1732300000400 } from './1732300000400-create-api-key';
// --- data rights (issue 20) ---
import { RetentionRunTable1732300002003 } from '@ekst/subgraph-kit';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
  CreatePartner1732300000001,
  // --- membership, MoU, calendars (pg-core) ---
  GovernanceCore1732300000100,
  // --- groups, meetings, proposals ---
  GovernanceGroups1732300000200,
  // --- finance ---
  Finance1732300000300,
  // --- API keys ---
  CreateApiKey1732300000400,
  // --- data rights (issue 20) ---
  RetentionRunTable1732300002003,
];
