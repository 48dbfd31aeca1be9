import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request may still spend and what it has done, as every SQL statement sent on
 * its behalf sees it (see guardStatements). A subgraph opens one per GraphQL request
 * (serveGraphQL with `requestScope`); code outside a request (migrations, seeding,
 * scripts) has none and is not limited.
 */
export interface RequestScope {
  /** Epoch ms after which no statement of the request starts: its caller stopped waiting. Null: no deadline. */
  deadline: number | null;
  /** A statement that changes data was sent for this request (the answer says so to the gateway). */
  wrote: boolean;
  /** Who asks (the token's subject; null: anonymous), once the request's context is built. */
  callerId?: string | null;
  /** The caller wrote moments ago: its reads go to the primary, not a replica (readRouting). */
  readPrimary?: boolean;
}

/** The async context statements run in: the request's scope, and whether they belong to a write transaction's work. */
export interface StatementFrame {
  scope: RequestScope | null;
  inWriteTransaction: boolean;
}

const frames = new AsyncLocalStorage<StatementFrame>();

/** Runs `work` (and everything it starts) in `scope`. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return frames.run({ scope, inWriteTransaction: false }, work);
}

/** Runs one write transaction's `work` in a frame of its own that shares the request's scope. */
export function runInWriteTransactionFrame<T>(work: () => T): T {
  return frames.run({ scope: currentRequestScope(), inWriteTransaction: true }, work);
}

export function currentRequestScope(): RequestScope | null {
  return frames.getStore()?.scope ?? null;
}

/** The frame a statement is sent from (undefined outside any request or transaction): who owns an open SQLite transaction. */
export function currentStatementFrame(): StatementFrame | undefined {
  return frames.getStore();
}

/** True inside a write transaction's work, where reads see the transaction's own uncommitted rows. */
export function insideWriteTransaction(): boolean {
  return frames.getStore()?.inWriteTransaction ?? false;
}
