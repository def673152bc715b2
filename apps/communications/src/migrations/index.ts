import { MessagingTables1732300000000 } from '@ekst/messaging';
import { Communications1733100000001 } from './1733100000001-communications';

export const migrations = [MessagingTables1732300000000, Communications1733100000001];
