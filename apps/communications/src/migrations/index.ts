import {
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
} from '@ekst/messaging';
import { Communications1733100000001 } from './1733100000001-communications';
import { PartnerProjection1733100000002 } from './1733100000002-partner-projection';
// --- data rights (issue 20) ---
import { RetentionRunTable1732300002003 } from '@ekst/subgraph-kit';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
  Communications1733100000001,
  PartnerProjection1733100000002,
  // --- data rights (issue 20) ---
  RetentionRunTable1732300002003,
];
