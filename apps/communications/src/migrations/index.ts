import { MessagingDeadLetters1732300000900, MessagingTables1732300000000 } from '@ekst/messaging';
import { Communications1733100000001 } from './1733100000001-communications';
import { PartnerProjection1733100000002 } from './1733100000002-partner-projection';

export const migrations = [
  MessagingTables1732300000000,
  MessagingDeadLetters1732300000900,
  Communications1733100000001,
  PartnerProjection1733100000002,
];
