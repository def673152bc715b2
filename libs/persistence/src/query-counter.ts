import type { Logger, QueryRunner } from 'typeorm';

export interface SqlLog {
  error(obj: Record<string, unknown>, msg: string): void;
  warn(obj: Record<string, unknown>, msg: string): void;
}

/**
 * A TypeORM logger that counts statements (tests assert "one SQL query per _entities call") and
 * reports failures without their parameters, which may hold personal data.
 */
export class CountingLogger implements Logger {
  private count = 0;
  private readonly recent: string[] = [];

  constructor(private readonly sink?: SqlLog) {}

  get queries(): number {
    return this.count;
  }
  /** The last statements run (no parameters), newest last; for test diagnostics. */
  get lastStatements(): readonly string[] {
    return this.recent;
  }
  reset(): void {
    this.count = 0;
    this.recent.length = 0;
  }
  logQuery(query: string): void {
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SELECT 1$|SET )/i.test(query)) return;
    this.count += 1;
    this.recent.push(query);
    if (this.recent.length > 50) this.recent.shift();
  }
  logQueryError(
    error: string | Error,
    query: string,
    _parameters?: unknown[],
    _qr?: QueryRunner,
  ): void {
    this.sink?.error(
      { err: typeof error === 'string' ? error : error.message, query },
      'sql error',
    );
  }
  logQuerySlow(time: number, query: string): void {
    this.sink?.warn({ ms: time, query }, 'slow sql');
  }
  logSchemaBuild(): void {
    /* schema builds never run: migrations only */
  }
  logMigration(): void {
    /* migration names are logged by runMigrations' caller */
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.sink?.warn({ message: String(message) }, 'typeorm');
  }
}
