import type { DataSource, EntityManager } from 'typeorm';
import { applyKeyset, type KeysetOrder } from '../database/keyset';
import type { Caller } from '../context/Caller';
import { badUserInput } from '../graphql/errors';
import { assertValidId } from '../graphql/ids';
import {
  parsePageArgs,
  toConnection,
  type Connection,
  type Cursor,
  type PageArgs,
  type PageRequest,
} from '../graphql/pagination';
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

  async findPage(entityId: string, page: PageRequest): Promise<AuditEntryRow[]> {
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
      .where('l.entity_id = :entityId', { entityId });
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

  count(entityId: string): Promise<number> {
    return this.dataSource.getRepository(AuditEntry).countBy({ entityId });
  }

  cursorOf(row: AuditEntryRow): Cursor {
    return { key: Number(row.id), id: row.id };
  }

  /** One record's history, newest first, for admins only: what every subgraph's audit-log field answers. */
  async history(caller: Caller, args: PageArgs & { entityId: string }): Promise<Connection<AuditEntryRow>> {
    assertAdmin(caller, 'reading the audit log');
    const entityId = assertValidId(args.entityId, 'entityId');
    const page = parsePageArgs(args);
    return toConnection(
      await this.findPage(entityId, page),
      page,
      (row) => this.cursorOf(row),
      () => this.count(entityId),
    );
  }
}

const jsonText = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

/** The GraphQL AuditEntry type's resolvers: `before` and `after` are JSON text. */
export const auditEntryResolvers = {
  before: (entry: AuditEntryRow) => jsonText(entry.before),
  after: (entry: AuditEntryRow) => jsonText(entry.after),
};
