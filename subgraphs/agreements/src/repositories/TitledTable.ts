import { In, type DataSource, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { cachedQuery, updateVersioned, type Cursor, type PageRequest } from '@partnership-graph/shared';
import type { RowOrder } from './datedTitleOrders';
import { countByParent, findPagesByParent, type ParentJoin } from './sql';

/** What differs between the tables of titled records (agreements `a`, events `e`). */
export interface TitledTableSpec<E extends ObjectLiteral, Row, O extends string> {
  entity: new () => E;
  /** The record's alias in every statement: `a`, `e`. */
  alias: string;
  /** The aggregate cache's name for the table's counts: `agreements`, `events`. */
  cacheName: string;
  /** The selected columns, read back by `fromRaw`. */
  columns: string[];
  fromRaw: (raw: Record<string, unknown>) => Row;
  orders: Record<O, RowOrder<Row>>;
  /** The institutions the per-institution pages hang under. */
  byInstitution: ParentJoin<E>;
}

/**
 * The statements agreements and events share: the count of a filter (through the
 * aggregate cache), cursors, rows by id, one page (or count) per institution in one
 * statement, and the reads and version moves of writes and imports. Each repository
 * adds its filter (`filtered`) and its own statements.
 */
export abstract class TitledTable<E extends ObjectLiteral & { id: string }, Row, F, O extends string> {
  protected constructor(
    protected readonly dataSource: DataSource,
    private readonly spec: TitledTableSpec<E, Row, O>,
  ) {}

  /** The records the filter selects; `withText: false` leaves the text conditions to the page's fetch. */
  protected abstract filtered(filter: F, withText?: boolean): SelectQueryBuilder<E>;

  /** Read through the aggregate cache (see `cachedRead`): a COUNT reads every matching row. */
  count(filter: F): Promise<number> {
    return cachedQuery(`${this.spec.cacheName}.count`, this.filtered(filter), (query) => query.getCount());
  }

  cursorOf(orderBy: O, row: Row & { id: string }): Cursor {
    return { key: this.spec.orders[orderBy].keyOf(row), id: row.id };
  }

  async findByIds(ids: readonly string[]): Promise<Row[]> {
    const rows = await this.dataSource
      .getRepository(this.spec.entity)
      .createQueryBuilder(this.spec.alias)
      .select(this.spec.columns)
      .where({ id: In([...ids]) })
      .getRawMany();
    return rows.map(this.spec.fromRaw);
  }

  /** One page of records for each of many institutions, in ONE statement (findPagesByParent). */
  protected pagesByInstitution(
    institutionIds: readonly string[],
    filter: F,
    orderBy: O,
    page: PageRequest,
  ): Promise<Map<string, Row[]>> {
    const { byInstitution, columns, orders, fromRaw } = this.spec;
    return findPagesByParent(
      this.dataSource,
      this.filtered(filter),
      byInstitution,
      institutionIds,
      columns,
      orders[orderBy],
      page,
      fromRaw,
    );
  }

  /** How many records match the filter for each of many institutions, in one statement. */
  protected countsByInstitution(institutionIds: readonly string[], filter: F): Promise<Map<string, number>> {
    return countByParent(this.filtered(filter), this.spec.byInstitution, institutionIds);
  }

  // ─── writes (inside a transaction) ──────────────────────────────────────────────

  /** The record as stored, read inside a transaction. */
  findForUpdate(manager: EntityManager, id: string): Promise<E | null> {
    return manager.getRepository(this.spec.entity).findOneBy({ id } as never);
  }

  async exists(manager: EntityManager, id: string): Promise<boolean> {
    return (await manager.getRepository(this.spec.entity).countBy({ id } as never)) > 0;
  }

  /**
   * The records an import batch may match, in ONE statement: those with one of `ids`
   * and those whose folded title (`sort_title`) is one of `sortTitles`.
   */
  async findByIdsOrSortTitles(
    manager: EntityManager,
    ids: readonly string[],
    sortTitles: readonly string[],
  ): Promise<Row[]> {
    if (!ids.length && !sortTitles.length) return [];
    const { alias } = this.spec;
    const query = manager.getRepository(this.spec.entity).createQueryBuilder(alias).select(this.spec.columns);
    const conditions: string[] = [];
    if (ids.length) conditions.push(`${alias}.id IN (:...ids)`);
    if (sortTitles.length) conditions.push(`${alias}.sort_title IN (:...sortTitles)`);
    const rows: Array<Record<string, unknown>> = await query
      .where(`(${conditions.join(' OR ')})`, { ids: [...ids], sortTitles: [...sortTitles] })
      .getRawMany();
    return rows.map(this.spec.fromRaw);
  }

  /** Moves the version on without other changes (when only a list or citations change). */
  touch(manager: EntityManager, id: string, expectedVersion: number): Promise<number> {
    return updateVersioned(manager, this.spec.entity, id, expectedVersion, {});
  }
}
