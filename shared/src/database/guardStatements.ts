import { SpanKind } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import { QueryResult, type DataSource, type QueryRunner } from 'typeorm';
import { OTHER_LABEL } from '../observability/boundedLabel';
import { metrics, secondsSince } from '../observability/metrics';
import { endSpan, startChildSpan } from '../observability/requestTrace';
import { currentRequestScope, currentStatementFrame, type StatementFrame } from './requestScope';

/** A statement that changes data or schema (the same test the read cache applies). */
export const writeStatementPattern = /^\s*(INSERT|UPDATE|DELETE|REPLACE|UPSERT|CREATE|ALTER|DROP|TRUNCATE|RENAME)\b/i;
const readStatement = /^\s*SELECT\b/i;
const rollback = /^\s*ROLLBACK\b/i;
const beginTransaction = /^\s*BEGIN\b/i;
const endTransaction = /^\s*(COMMIT|ROLLBACK)\s*;?\s*$/i;

/** The request's time ran out: its caller (the gateway) has stopped waiting, so the work stops. */
export function requestTimedOut(): GraphQLError {
  return new GraphQLError('The request ran out of time: its caller stopped waiting before this step', {
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', reason: 'TIMEOUT' },
  });
}

/** MariaDB's max_statement_time and MySQL's MAX_EXECUTION_TIME stopped a statement. */
function isStatementTimeout(error: unknown): boolean {
  const e = error as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } } | null;
  const errno = e?.driverError?.errno ?? e?.errno;
  const code = e?.driverError?.code ?? e?.code;
  return errno === 1969 || errno === 3024 || code === 'ER_STATEMENT_TIMEOUT' || code === 'ER_QUERY_TIMEOUT';
}

interface Statement {
  reader: boolean;
  all: (...parameters: unknown[]) => unknown[];
}
interface SqliteConnection {
  prepare: (sql: string) => Statement;
  close: () => void;
}
type Query = (sql: string, parameters?: unknown[], structured?: boolean) => Promise<unknown>;

/**
 * SQLite through TypeORM has one connection for everything, so a read sent while a write
 * transaction is open would see that transaction's rows, and keep or cache them, though
 * it may yet roll back. While a transaction is open, statements from any other async
 * frame (another request) therefore do not run on that connection: a read runs on a
 * read-only second connection, which sees what was last committed (WAL), and anything
 * else waits until the transaction ends.
 */
class SqliteIsolation {
  private owner: StatementFrame | typeof noFrame | null = null;
  private ended: Promise<void> = Promise.resolve();
  private end: () => void = () => undefined;
  private reader: SqliteConnection | null = null;
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly file: string,
  ) {}

  async run(
    runner: QueryRunner,
    query: Query,
    sql: string,
    parameters: unknown[] | undefined,
    structured: boolean | undefined,
  ): Promise<unknown> {
    const frame = currentStatementFrame() ?? noFrame;
    while (this.owner !== null && this.owner !== frame) {
      if (readStatement.test(sql)) {
        const statement = this.readerStatement(sql);
        if (statement) return this.read(runner, statement, sql, parameters, structured);
      }
      await this.ended;
    }
    if (beginTransaction.test(sql)) {
      this.owner = frame;
      this.ended = new Promise((resolve) => (this.end = resolve));
    }
    let succeeded = false;
    try {
      const result = await query(sql, parameters, structured);
      succeeded = true;
      return result;
    } finally {
      if (this.owner === frame && (endTransaction.test(sql) || (!succeeded && beginTransaction.test(sql)))) {
        this.owner = null;
        this.end();
      }
    }
  }

  close(): void {
    this.reader?.close();
    this.reader = null;
    this.statements.clear();
  }

  private readerStatement(sql: string): Statement | null {
    if (this.file === ':memory:' || this.file === '') return null;
    let statement = this.statements.get(sql);
    if (!statement) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const Database = require('better-sqlite3') as new (
        file: string,
        options: { readonly: boolean; fileMustExist: boolean },
      ) => SqliteConnection;
      this.reader ??= new Database(this.file, { readonly: true, fileMustExist: true });
      statement = this.reader.prepare(sql);
      if (this.statements.size >= 200) this.statements.delete(this.statements.keys().next().value as string);
      this.statements.set(sql, statement);
    }
    return statement.reader ? statement : null;
  }

  private read(
    runner: QueryRunner,
    statement: Statement,
    sql: string,
    parameters: unknown[] | undefined,
    structured: boolean | undefined,
  ): unknown {
    // As TypeORM's better-sqlite3 runner does: booleans as 0/1, every statement to the logger.
    const values = (parameters ?? []).map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));
    this.dataSource.logger.logQuery(sql, values, runner);
    const raw = statement.all(...values);
    if (!structured) return raw;
    const result = new QueryResult();
    result.raw = raw;
    result.records = raw;
    return result;
  }
}

const noFrame = Symbol('no frame');

/** Statement kinds reported as `db_operation_name`; any other first word is `_OTHER`. */
const operationNames = new Set([
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'REPLACE',
  'WITH',
  'BEGIN',
  'START',
  'COMMIT',
  'ROLLBACK',
  'SAVEPOINT',
  'RELEASE',
  'SET',
  'SHOW',
  'CREATE',
  'ALTER',
  'DROP',
  'PRAGMA',
]);

function operationName(sql: string): string {
  const word = /^\s*([A-Za-z]+)/.exec(sql)?.[1]?.toUpperCase() ?? '';
  return operationNames.has(word) ? word : OTHER_LABEL;
}

/** Longest statement text a span keeps. */
const MAX_STATEMENT_TEXT = 4096;

/**
 * A statement's text as its span shows it: parameters are `?` placeholders and never
 * sent with it, and any literal written into the text (a quoted string, a number) is
 * replaced by `?` too, as the OpenTelemetry conventions ask of `db.query.text`.
 */
export function statementText(sql: string): string {
  const text = sql.replace(/'(?:[^'\\]|\\.|'')*'/g, '?').replace(/(?<![\w$."`])-?\d+(?:\.\d+)?(?![\w"`])/g, '?');
  return text.length > MAX_STATEMENT_TEXT ? `${text.slice(0, MAX_STATEMENT_TEXT)}…` : text;
}

/**
 * Runs a statement and records its duration in `db_client_operation_duration_seconds` (a
 * statement refused or stopped for the request's deadline: error_type timeout) and, in a
 * sampled traced request, as a span holding its text (statementText) and never its values.
 */
function timed(system: string, namespace: string | null, query: Query): Query {
  return async (sql, parameters, structured) => {
    const startedAt = performance.now();
    const operation = operationName(sql);
    const span = startChildSpan(
      operation,
      {
        'db.system.name': system,
        'db.operation.name': operation,
        ...(namespace ? { 'db.namespace': namespace } : {}),
      },
      SpanKind.CLIENT,
    );
    // Sanitised only for a span that is recorded.
    span?.setAttribute('db.query.text', statementText(sql));
    let errorType: string | undefined;
    let failure: unknown;
    try {
      return await query(sql, parameters, structured);
    } catch (error) {
      errorType = (error as GraphQLError).extensions?.reason === 'TIMEOUT' ? 'timeout' : 'failed';
      failure = error;
      throw error;
    } finally {
      endSpan(span, failure, errorType);
      metrics.dbOperationDuration.observe(
        {
          db_system_name: system,
          db_operation_name: operation,
          ...(errorType ? { error_type: errorType } : {}),
        },
        secondsSince(startedAt),
      );
    }
  };
}

/**
 * Wraps every statement a data source sends on behalf of a request (see requestScope):
 *
 * - a statement that would start after the request's deadline is refused (a ROLLBACK
 *   always runs), so work the caller abandoned stops at its next statement — on SQLite,
 *   whose statements cannot be interrupted, that is the limit;
 * - on MariaDB and MySQL a SELECT also gets the time left as its own limit
 *   (`SET STATEMENT max_statement_time=… FOR`, `MAX_EXECUTION_TIME`), so a long one is
 *   stopped by the server;
 * - a statement that changes data marks the request as having written;
 * - on SQLite, reads never see another request's open write transaction (SqliteIsolation);
 * - every statement's duration is measured (`db_client_operation_duration_seconds`).
 */
export function guardStatements(
  dataSource: DataSource,
  options: { mariadb?: boolean; sqliteFile?: string } = {},
): void {
  const type = dataSource.options.type;
  const mysql = type === 'mysql' || type === 'mariadb';
  const mariadb = type === 'mariadb' || options.mariadb === true;
  const sqlite = type === 'better-sqlite3' ? new SqliteIsolation(dataSource, options.sqliteFile ?? '') : null;
  const system = mariadb ? 'mariadb' : mysql ? 'mysql' : 'sqlite';
  // The database's name (a SQLite file's path says nothing more than the service does).
  const namespace = mysql && dataSource.options.database ? String(dataSource.options.database) : null;
  const driver = dataSource.driver;
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  const guarded = new WeakSet<QueryRunner>();
  driver.createQueryRunner = (mode) => {
    const runner = createQueryRunner(mode);
    if (guarded.has(runner)) return runner;
    guarded.add(runner);
    const query = runner.query.bind(runner) as Query;
    const send: Query = sqlite
      ? (sql, parameters, structured) => sqlite.run(runner, query, sql, parameters, structured)
      : query;
    runner.query = timed(system, namespace, async (sql, parameters, structured) => {
      const scope = currentRequestScope();
      if (!scope) return send(sql, parameters, structured);
      if (writeStatementPattern.test(sql)) scope.wrote = true;
      let statement = sql;
      if (scope.deadline !== null && !rollback.test(sql)) {
        const left = scope.deadline - Date.now();
        if (left <= 0) throw requestTimedOut();
        if (mysql && readStatement.test(sql)) {
          statement = mariadb
            ? `SET STATEMENT max_statement_time=${(Math.max(left, 1) / 1000).toFixed(3)} FOR ${sql}`
            : sql.replace(readStatement, (select) => `${select} /*+ MAX_EXECUTION_TIME(${Math.ceil(left)}) */`);
        }
      }
      try {
        return await send(statement, parameters, structured);
      } catch (error) {
        if (isStatementTimeout(error)) throw requestTimedOut();
        throw error;
      }
    }) as QueryRunner['query'];
    return runner;
  };
  if (sqlite) {
    const destroy = dataSource.destroy.bind(dataSource);
    dataSource.destroy = async () => {
      sqlite.close();
      await destroy();
    };
  }
}
