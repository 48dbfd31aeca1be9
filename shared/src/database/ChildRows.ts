import {
  In,
  type DataSource,
  type EntityManager,
  type EntityTarget,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
} from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { groupLoader } from './batchLoaders';
import { chunks } from './chunks';
import { groupBy } from './keyset';
import { findRowsIn } from './findRowsIn';

/** Some columns of a row: the parent's (e.g. `{ agreementId }`) or a row's own. */
type Columns<T> = QueryDeepPartialEntity<T>;

/**
 * The rows that belong to a parent record (an agreement's parties, an event's speakers,
 * a record's citations), in their order within the parent: read for many parents in one
 * statement, written inside the parent's transaction. Repositories of such rows extend
 * this and add their own statements.
 */
export class ChildRows<T extends ObjectLiteral> {
  constructor(
    protected readonly dataSource: DataSource,
    protected readonly entity: EntityTarget<T>,
    /** The column naming the parent, e.g. `agreementId`. */
    private readonly parentKey: keyof T & string,
    /** The rows' order within one parent. */
    private readonly order: FindOptionsOrder<T>,
  ) {}

  private ofParent(parentId: unknown): FindOptionsWhere<T> {
    return { [this.parentKey]: parentId } as FindOptionsWhere<T>;
  }

  /** A request's loader of each parent's rows: one statement per batch. */
  parentLoader() {
    return groupLoader((ids) => this.findByParentIds(ids), this.parentKey);
  }

  /** The rows of many parents, in one statement, by parent and then in order. */
  findByParentIds(parentIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<T[]> {
    const order = { [this.parentKey]: 'ASC', ...this.order } as FindOptionsOrder<T>;
    return findRowsIn(manager, this.entity, this.parentKey, parentIds, order);
  }

  /** The rows of many parents (see findByParentIds), by parent id. */
  async findGroupedByParent(parentIds: readonly string[], manager?: EntityManager): Promise<Map<string, T[]>> {
    return groupBy(await this.findByParentIds(parentIds, manager), (row) => String(row[this.parentKey]));
  }

  /** One parent's rows as stored, in order, read inside a transaction. */
  findForParent(manager: EntityManager, parentId: string): Promise<T[]> {
    return manager.getRepository(this.entity).find({ where: this.ofParent(parentId), order: this.order });
  }

  /**
   * Writes these rows in one statement. A new parent's rows are written without a DELETE
   * first: on MySQL, deleting rows that do not exist takes gap locks, and two transactions
   * inserting into the same gap after that deadlock.
   */
  async insertRows(manager: EntityManager, rows: ReadonlyArray<Columns<T>>): Promise<void> {
    if (rows.length) await manager.getRepository(this.entity).insert([...rows]);
  }

  /** Writes rows of a parent (see insertRows), each with the parent's columns `parent`. */
  insertFor(manager: EntityManager, parent: Columns<T>, rows: ReadonlyArray<Columns<T>>): Promise<void> {
    return this.insertRows(
      manager,
      rows.map((row) => ({ ...parent, ...row })),
    );
  }

  /** Makes the rows under `parent` (an existing parent's, or one part of them) exactly these, in this order. */
  async replaceFor(manager: EntityManager, parent: Columns<T>, rows: ReadonlyArray<Columns<T>>): Promise<void> {
    await manager.getRepository(this.entity).delete(parent as FindOptionsWhere<T>);
    await this.insertFor(manager, parent, rows);
  }

  /** Removes the rows `where` names (one parent's, or one row of it). */
  async deleteWhere(manager: EntityManager, where: FindOptionsWhere<T>): Promise<void> {
    await manager.getRepository(this.entity).delete(where);
  }

  /** Removes every row of one parent. */
  deleteForParent(manager: EntityManager, parentId: string): Promise<void> {
    return this.deleteWhere(manager, this.ofParent(parentId));
  }

  /** Writes many rows (of many parents): one statement per 500. */
  async insertMany(manager: EntityManager, rows: readonly T[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(this.entity).insert(chunk);
  }

  /** Removes every row of these parents, in one statement per 500 parents. */
  async deleteForParents(manager: EntityManager, parentIds: readonly string[]): Promise<void> {
    for (const chunk of chunks(parentIds, 500)) await this.deleteWhere(manager, this.ofParent(In(chunk)));
  }
}
