import { hasRole } from '@ekst/auth';
import type { Caller, Role } from '@ekst/auth';

/**
 * Who may do what with the partnership's money. The Finance Group (the FINANCE role) stewards it
 * and the coordinator runs it day to day, so both read and write; heads read (they answer to
 * their governors for the levy) but do not keep the books; nobody else sees finance at all.
 * Reopening a closed year undoes an accounting decision, so only the coordinator may, and the
 * reopening is itself in the audit log.
 */
export type FinanceOperation =
  | 'READ'
  | 'READ_AUDIT_LOG'
  | 'WRITE'
  | 'OPEN_PERIOD'
  | 'CLOSE_PERIOD'
  | 'REOPEN_PERIOD';

export const FINANCE_RULES: Readonly<Record<FinanceOperation, readonly Role[]>> = {
  READ: ['COORDINATOR', 'FINANCE', 'HEAD'],
  READ_AUDIT_LOG: ['COORDINATOR', 'FINANCE', 'HEAD'],
  WRITE: ['COORDINATOR', 'FINANCE'],
  OPEN_PERIOD: ['COORDINATOR', 'FINANCE'],
  CLOSE_PERIOD: ['COORDINATOR', 'FINANCE'],
  REOPEN_PERIOD: ['COORDINATOR'],
};

/** Only signed-in people: an API key (an associate partner's system) never reaches finance. */
export function mayDoFinance(caller: Caller, operation: FinanceOperation): boolean {
  return caller.kind === 'person' && hasRole(caller, ...FINANCE_RULES[operation]);
}

export function financeRefusal(operation: FinanceOperation): string {
  switch (operation) {
    case 'READ':
    case 'READ_AUDIT_LOG':
      return 'Finance is visible to the Finance Group, heads and the coordinator only';
    case 'WRITE':
    case 'OPEN_PERIOD':
    case 'CLOSE_PERIOD':
      return 'Only the Finance Group and the coordinator change finance records';
    case 'REOPEN_PERIOD':
      return 'Only the coordinator can reopen a closed period';
  }
}
