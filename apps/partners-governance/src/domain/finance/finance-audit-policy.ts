/**
 * How long the finance audit log is kept. UK charities and companies keep accounting records for
 * six years from the end of the financial year they belong to (Charities Act 2011 s.131,
 * Companies Act 2006 s.388); a row written on the last day of a year is therefore due seven years
 * after it was written at the latest, so seven years (365 × 7 + 2 leap days) covers every row.
 * The database trigger refuses to delete anything younger; the retention job deletes what is older.
 */
export const FINANCE_AUDIT_RETAIN_DAYS = 2557;
