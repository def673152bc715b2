import {
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
} from '@ekst/messaging';
import { CreateProjections1732300000001 } from './1732300000001-create-projections';
import { CreateSwapOffer1732300000002 } from './1732300000002-create-swap-offer';
import { SharedPartnerProjection1732300000003 } from './1732300000003-shared-partner-projection';
import { SwapRequestsAndSwaps1732300000010 } from './1732300000010-swap-requests-and-swaps';
import { PartnerLocation1732300000031 } from './1732300000031-partner-location';
import { SubjectClusters1732300000040 } from './1732300000040-subject-clusters';
// --- data rights (issue 20) ---
import { RetentionRunTable1732300002003 } from '@ekst/subgraph-kit';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
  CreateProjections1732300000001,
  CreateSwapOffer1732300000002,
  SharedPartnerProjection1732300000003,
  SwapRequestsAndSwaps1732300000010,
  PartnerLocation1732300000031,
  SubjectClusters1732300000040,
  // --- data rights (issue 20) ---
  RetentionRunTable1732300002003,
];
