/**
 * What a service keeps about people, table by table, and for how long (UK GDPR storage
 * limitation). Every table of every service must have an entry: a test fails otherwise, so a new
 * table cannot quietly start holding personal data.
 */
export type DataPolicy =
  | { table: string; personalData: false; note: string }
  | {
      table: string;
      personalData: true;
      /** what the retention job does once `retainDays` have passed since `ageColumn` */
      action: 'delete' | 'anonymise';
      retainDays: number;
      ageColumn: string;
      /** why we hold it and why that long */
      basis: string;
      /** what erasure (PersonErased) does to this table */
      onErasure: 'delete' | 'anonymise' | 'none';
      /** for action 'anonymise': the SET clause, and a condition true once a row is anonymised */
      anonymise?: string;
      anonymisedWhen?: string;
    }
  | {
      table: string;
      personalData: true;
      action: 'keep';
      reason: string;
      onErasure: 'delete' | 'anonymise' | 'keep';
    };

/** Tables every service has (from @ekst/messaging); payloads carry ids, never names or contacts. */
export const MESSAGING_DATA_POLICIES: DataPolicy[] = [
  {
    table: 'outbox',
    personalData: true,
    action: 'delete',
    retainDays: 14,
    ageColumn: 'sent_at',
    basis:
      'pseudonymous ids in events awaiting delivery; kept two weeks after sending for replay diagnostics',
    onErasure: 'none',
  },
  {
    table: 'inbox',
    personalData: false,
    note: 'event ids and types only, used to apply each event once',
  },
  {
    table: 'dead_letter',
    personalData: true,
    action: 'delete',
    retainDays: 30,
    ageColumn: 'redriven_at',
    basis:
      'events the consumer could not apply (pseudonymous ids, as in the outbox), kept until an operator redrives them — a pending one is never dropped, or an erasure could be lost — then 30 days for diagnostics',
    onErasure: 'none',
  },
];
