import {
  MessagingDeadLetters1732300000900,
  MessagingTables1732300000000,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
} from '@ekst/messaging';
import { AccessLogTable1732300002002, RetentionRunTable1732300002003 } from '@ekst/subgraph-kit';
import { CreatePartnerProjection1732300000001 } from './1732300000001-create-partner-projection';
import { CreatePerson1732300000002 } from './1732300000002-create-person';
import { AccountsConsentSafeguarding1732300000003 } from './1732300000003-accounts-consent-safeguarding';
import { RevocationOnAccessChange1732300000004 } from './1732300000004-revocation-on-access-change';
import { EventContacts1732300000005 } from './1732300000005-event-contacts';
import { SharedPartnerProjection1732300000006 } from './1732300000006-shared-partner-projection';
import { PartnerLocation1732300000031 } from './1732300000031-partner-location';
import { PasswordReset1732300000701 } from './1732300000701-password-reset';
// --- roster import, rollover ---
import { RosterRollover1732300000500 } from './1732300000500-roster-rollover';
// --- data rights (issue 20) ---
import { DataProtectionLead1732300002001 } from './1732300002001-data-protection-lead';
import { RectificationRequest1732300002004 } from './1732300002004-rectification-request';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  MessagingTraceContext1732300000950,
  MessagingQuietNotify1732300000960,
  CreatePartnerProjection1732300000001,
  CreatePerson1732300000002,
  AccountsConsentSafeguarding1732300000003,
  RevocationOnAccessChange1732300000004,
  EventContacts1732300000005,
  SharedPartnerProjection1732300000006,
  PartnerLocation1732300000031,
  PasswordReset1732300000701,
  // --- roster import, rollover ---
  RosterRollover1732300000500,
  // --- data rights (issue 20) ---
  DataProtectionLead1732300002001,
  AccessLogTable1732300002002,
  RetentionRunTable1732300002003,
  RectificationRequest1732300002004,
];
