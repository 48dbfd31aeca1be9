import { createHash } from 'node:crypto';
import { LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { isDuplicateKey, writeTransaction } from '../database/writeTransaction';
import { badUserInput, conflict } from '../graphql/errors';
import { IdempotencyRecord } from './IdempotencyRecord';

/** How long a key is kept when IDEMPOTENCY_KEY_TTL_HOURS does not say. */
export const DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** The argument every create-style mutation takes. */
export const IDEMPOTENCY_KEY_ARGUMENT = 'idempotencyKey';

/** 1 to 255 visible ASCII characters: a UUID, a ULID, "import-2026-03-02-batch-7"… */
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** Refuses a malformed key (BAD_USER_INPUT on `idempotencyKey`). */
export function assertIdempotencyKey(key: string): void {
  if (!KEY_PATTERN.test(key)) {
    throw badUserInput(IDEMPOTENCY_KEY_ARGUMENT, 'must be 1 to 255 visible ASCII characters (no spaces), e.g. a UUID');
  }
}

/** What a create-style mutation tells the key check about itself. */
export interface IdempotentCall {
  /** The client's key; null or absent: no key, the mutation runs as it always did. */
  key: string | null | undefined;
  /** The caller's token subject: a key belongs to one caller… */
  caller: string;
  /** …and one mutation field (createAgreement, importEvents…). */
  operation: string;
  /** The mutation's other arguments, compared by canonical hash with the first call's. */
  input: unknown;
}

/** How a mutation's answer is kept with its key, and given again to a repeat. */
export interface Replay<T> {
  /** What to keep; null when the call wrote nothing (then no key is recorded and a repeat simply runs again). */
  save(result: T): object | null;
  /** A repeat's answer from what was kept (for a created record: its id, which the resolver re-reads). */
  restore(saved: unknown): T;
}

/** A create mutation that answers the new record's id: the id is kept, and a repeat re-reads that record. */
export const replayCreatedId: Replay<string> = {
  save: (id) => ({ id }),
  restore: (saved) => String((saved as { id: unknown }).id),
};

/** JSON with every object's keys sorted (and undefined members left out): equal inputs give equal text whatever their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The key's row was inserted by a concurrent first use of the same key (it committed first): run again to answer as it did. */
class KeyTakenMeanwhile extends Error {}

/**
 * Idempotency keys of create-style mutations, one implementation for every subgraph:
 *
 * - the same key with the same input, from the same caller to the same mutation, answers
 *   what the first call answered (the created record, re-read) and writes nothing again;
 * - the same key with a different input is CONFLICT (`extensions.argumentName`
 *   "idempotencyKey", `reason` "IDEMPOTENCY_KEY_REUSED", when it was first used and until
 *   when it is kept);
 * - a key is kept for `ttlHours` after its write (IDEMPOTENCY_KEY_TTL_HOURS, default 24);
 *   after that the same key is a new write, and `purgeExpired` deletes it.
 *
 * The key is looked up and recorded in the mutation's own write transaction, so a write
 * never commits without its key nor a key without its write. Two concurrent first uses of
 * one key: the second waits on (MySQL) or follows (SQLite) the first, its insert of the
 * key fails, its transaction rolls back whole, and it runs again to replay the first.
 * Only a call that wrote is recorded: a refused call or a dry run leaves the key unused.
 */
export class IdempotencyKeys {
  readonly ttlMs: number;

  constructor(
    readonly ttlHours: number = DEFAULT_IDEMPOTENCY_KEY_TTL_HOURS,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.ttlMs = ttlHours * 3_600_000;
  }

  /** Runs `work` in one write transaction (see writeTransaction), with the key checked and recorded in it. */
  async run<T>(
    dataSource: DataSource,
    call: IdempotentCall,
    work: (manager: EntityManager) => Promise<T>,
    replay: Replay<T>,
  ): Promise<T> {
    if (call.key === null || call.key === undefined) return writeTransaction(dataSource, work);
    assertIdempotencyKey(call.key);
    const scope = sha256(JSON.stringify([call.caller, call.operation, call.key]));
    const requestHash = sha256(canonicalJson(call.input));
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await writeTransaction(dataSource, async (manager) => {
          const keys = manager.getRepository(IdempotencyRecord);
          const now = this.now();
          const found = await keys.findOneBy({ scope });
          if (found && found.expiresAt > now.toISOString()) {
            if (found.requestHash !== requestHash) throw keyReused(call.operation, found);
            return { replayed: true as const, saved: found.result as unknown };
          }
          if (found) await keys.delete({ scope });
          const result = await work(manager);
          const saved = replay.save(result);
          if (saved) {
            try {
              await keys.insert({
                scope,
                caller: call.caller,
                operation: call.operation,
                requestHash,
                result: saved,
                createdAt: now.toISOString(),
                expiresAt: new Date(now.getTime() + this.ttlMs).toISOString(),
              });
            } catch (error) {
              if (isDuplicateKey(error)) throw new KeyTakenMeanwhile();
              throw error;
            }
          }
          return { replayed: false as const, result };
        });
        return outcome.replayed ? replay.restore(outcome.saved) : outcome.result;
      } catch (error) {
        if (!(error instanceof KeyTakenMeanwhile) || attempt >= 3) throw error;
      }
    }
  }

  /** Deletes every key past its time; returns how many. */
  async purgeExpired(dataSource: DataSource): Promise<number> {
    const result = await dataSource
      .getRepository(IdempotencyRecord)
      .delete({ expiresAt: LessThanOrEqual(this.now().toISOString()) });
    return result.affected ?? 0;
  }
}

function keyReused(operation: string, first: IdempotencyRecord) {
  return conflict(
    `This idempotency key was already used for ${operation} at ${first.createdAt} with a different input; ` +
      `a repeat must send the same input, and a new write needs a new key (this one is kept until ${first.expiresAt})`,
    {
      argumentName: IDEMPOTENCY_KEY_ARGUMENT,
      reason: 'IDEMPOTENCY_KEY_REUSED',
      operation,
      firstUsedAt: first.createdAt,
      expiresAt: first.expiresAt,
    },
  );
}
