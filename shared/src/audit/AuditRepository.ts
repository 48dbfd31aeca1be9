import type { DataSource, EntityManager } from 'typeorm';
import { applyKeyset, type KeysetOrder } from '../database/keyset';
import type { Caller } from '../context/Caller';
import { badUserInput } from '../graphql/errors';
import { assertValidId } from '../graphql/ids';
import { loadPage, type Connection, type Cursor, type PageArgs, type PageRequest } from '../graphql/pagination';
import { assertAdmin } from '../writes/writePolicy';
import { AuditEntry } from './AuditEntry';

/**
 * What an entry says was done: a mutation's CREATE, UPDATE (fields, parties, speakers…)
 * or TRANSITION (a status change), or an import's IMPORT_CREATE / IMPORT_UPDATE.
 */
export type AuditAction = 'CREATE' | 'UPDATE' | 'TRANSITION' | 'IMPORT_CREATE' | 'IMPORT_UPDATE';

/** An audit entry as resolvers see it; `before` and `after` are the records as JSON values. */
export interface AuditEntryRow {
  id: string;
  entityType: string;
  entityId: string;
  action: string;
  actor: string;
  at: string;
  before: unknown;
  after: unknown;
}

export type NewAuditEntry = Omit<AuditEntryRow, 'id'>;

/** Whose entries to read: a record's id and, when known, its GraphQL type. */
export interface AuditedRecord {
  entityId: string;
  entityType?: string;
}

/** What a subgraph's context gives the `history` resolver. */
export interface AuditContext {
  caller: Caller;
  audit: AuditRepository;
}

/** Newest first; the id increases with every entry, so it is both sort key and tie-breaker. */
const newestFirst: KeysetOrder = { sortExpression: 'l.id', idExpression: 'l.id', direction: 'DESC' };

/** A JSON column's value as read: parsed text (SQLite, MariaDB) or a value mysql2 already parsed (MySQL). */
export function jsonValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** An entry as its row is inserted. */
function auditColumns(entry: NewAuditEntry) {
  return {
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    actor: entry.actor,
    at: entry.at,
    before: entry.before as object | null,
    after: entry.after as object | null,
  };
}

/** Every SQL statement about the audit log lives here; entries are written with the mutation's manager. */
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(manager: EntityManager, entry: NewAuditEntry): Promise<void> {
    await manager.getRepository(AuditEntry).insert(auditColumns(entry));
  }

  /** Writes many entries in the caller's transaction: one statement per 500 entries. */
  async insertMany(manager: EntityManager, entries: readonly NewAuditEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) {
      await manager.getRepository(AuditEntry).insert(entries.slice(i, i + 500).map(auditColumns));
    }
  }

  /** One page of a record's entries, newest first; `entityType` narrows them to one GraphQL type. */
  async findPage(record: AuditedRecord, page: PageRequest): Promise<AuditEntryRow[]> {
    const query = this.dataSource
      .getRepository(AuditEntry)
      .createQueryBuilder('l')
      .select([
        'l.id AS id',
        'l.entity_type AS entity_type',
        'l.entity_id AS entity_id',
        'l.action AS action',
        'l.actor AS actor',
        'l.at AS at',
        'l.before AS before_json',
        'l.after AS after_json',
      ])
      .where('l.entity_id = :entityId', { entityId: record.entityId });
    if (record.entityType) query.andWhere('l.entity_type = :entityType', { entityType: record.entityType });
    let after: Cursor | null = null;
    if (page.after) {
      const key = Number(page.after.key);
      if (!Number.isSafeInteger(key) || key < 1)
        throw badUserInput('after', 'malformed cursor; pass an endCursor or edge cursor returned by this field');
      after = { key, id: String(key) };
    }
    const rows: Array<Record<string, unknown>> = await applyKeyset(query, newestFirst, after, page.limit).getRawMany();
    return rows.map((raw) => ({
      id: String(raw.id),
      entityType: String(raw.entity_type),
      entityId: String(raw.entity_id),
      action: String(raw.action),
      actor: String(raw.actor),
      at: String(raw.at),
      before: jsonValue(raw.before_json),
      after: jsonValue(raw.after_json),
    }));
  }

  count(record: AuditedRecord): Promise<number> {
    const { entityId, entityType } = record;
    return this.dataSource.getRepository(AuditEntry).countBy(entityType ? { entityId, entityType } : { entityId });
  }

  cursorOf(row: AuditEntryRow): Cursor {
    return { key: Number(row.id), id: row.id };
  }

  /**
   * One record's history, newest first, for admins only: what every record's `history`
   * field and every subgraph's root audit-log field answer. Without `entityType`, the
   * entries of every type with that id (the root fields take an id alone).
   */
  async history(caller: Caller, args: PageArgs & AuditedRecord): Promise<Connection<AuditEntryRow>> {
    assertAdmin(caller, 'reading the audit log');
    const record = { entityType: args.entityType, entityId: assertValidId(args.entityId, 'entityId') };
    return loadPage(args, {
      fetch: (page) => this.findPage(record, page),
      cursorOf: (row) => this.cursorOf(row),
      count: () => this.count(record),
    });
  }
}

const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The GraphQL AuditEntry type's resolvers: `before` and `after` are JSON text. */
export const auditEntryResolvers = {
  before: (entry: AuditEntryRow) => jsonText(entry.before),
  after: (entry: AuditEntryRow) => jsonText(entry.after),
};

/**
 * The resolver of an audited type's `history` field (Agreement.history,
 * Institution.history…): the record's entries of that type, newest first, in pages, for
 * admins only. Every subgraph uses it for every type its writes and imports audit.
 */
export function historyOf(entityType: string) {
  return (record: { id: string }, args: PageArgs, ctx: AuditContext): Promise<Connection<AuditEntryRow>> =>
    ctx.audit.history(ctx.caller, { ...args, entityType, entityId: record.id });
}
