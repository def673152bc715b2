import { MessagingTables1732300000000 } from '@ekst/messaging';
import { CreatePartner1732300000001 } from './1732300000001-create-partner';
// --- finance ---
import { Finance1732300000300 } from './1732300000300-finance';

export const migrations = [
  MessagingTables1732300000000,
  CreatePartner1732300000001,
  // --- finance ---
  Finance1732300000300,
];
