import { Column } from 'typeorm';
import { IndexedEntity, KeyColumn, TimestampColumn, VarcharColumn } from '../database/columns';

/**
 * One idempotency key a caller sent with a create-style mutation, and what that
 * mutation answered. Written in the mutation's own transaction, so a write without its
 * key (or a key without its write) cannot exist. Each subgraph that writes keeps its
 * own `idempotency_key` table of this shape (migration CreateIdempotencyKeys1766850000000).
 */
@IndexedEntity('idempotency_key', { expires: ['expiresAt'] })
export class IdempotencyRecord {
  /**
   * SHA-256 (hex) of the caller, the mutation and the key: a key is scoped to one caller
   * and one mutation, compared byte for byte whatever the database's collation.
   */
  @KeyColumn()
  scope: string;

  /** The caller's token subject (`sub`), for operators; the scope already includes it. */
  @VarcharColumn(255)
  caller: string;

  /** The mutation field: createAgreement, enrollInInternshipProgram, importInstitutions… */
  @VarcharColumn(64)
  operation: string;

  /** SHA-256 (hex) of the mutation's other arguments in canonical JSON (object keys sorted). */
  @VarcharColumn(64, { name: 'request_hash' })
  requestHash: string;

  /** What a repeat answers: the created record's id (re-read on replay) or the import's result. */
  @Column({ type: 'json' })
  result: object;

  /** When the write committed, as an ISO 8601 UTC timestamp. */
  @TimestampColumn('created_at')
  createdAt: string;

  /** Until when the key is kept (ISO 8601 UTC); afterwards the same key is a new write. */
  @TimestampColumn('expires_at')
  expiresAt: string;
}
