import type { Logger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends, so tests and
 * benchmarks can show that a request costs a constant number of statements.
 */
export class SqlStatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];

  constructor(private readonly keep = 200) {}

  reset(): void {
    this.count = 0;
    this.statements.length = 0;
  }

  logQuery(query: string): void {
    // Transaction control is bookkeeping, not work a resolver asked for.
    if (/^(START TRANSACTION|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)/i.test(query)) return;
    this.count += 1;
    if (this.statements.length < this.keep) this.statements.push(query);
  }

  logQueryError(error: string | Error, query: string): void {
    this.logQuery(query);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[typeorm] ${String(message)}`);
  }
}
