import { MessagingTables1732300000000 } from '@ekst/messaging';
import { CreatePartner1732300000001 } from './1732300000001-create-partner';
// --- API keys ---
import { CreateApiKey1732300000400 } from './1732300000400-create-api-key';

export const migrations = [
  MessagingTables1732300000000,
  CreatePartner1732300000001,
  // --- API keys ---
  CreateApiKey1732300000400,
];
