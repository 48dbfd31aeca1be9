import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';

/**
 * The statements an import needs of a record table, in the caller's transaction: the
 * rows to match and which ids exist (one statement per 1000 values), new rows inserted and changed rows rewritten
 * whole (500 per statement).
 */
export class RecordTable<T extends ObjectLiteral & { id: string }> {
  constructor(private readonly entity: EntityTarget<T>) {}

  /**
   * The rows an import matches against: those whose column holds one of the values, for
   * each column given (ids, then natural keys): one statement per 1000 values, each row once.
   */
  async findForImport(
    manager: EntityManager,
    lists: Partial<Record<keyof T & string, readonly string[]>>,
  ): Promise<T[]> {
    const repository = manager.getRepository(this.entity);
    const found = new Map<string, T>();
    for (const [column, values] of Object.entries(lists) as Array<[string, readonly string[]]>) {
      for (let i = 0; i < values.length; i += 1000) {
        for (const row of await repository.findBy({ [column]: In(values.slice(i, i + 1000)) } as never))
          found.set(row.id, row);
      }
    }
    return [...found.values()];
  }

  async existingIds(manager: EntityManager, ids: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < ids.length; i += 1000) {
      const rows = await manager
        .getRepository(this.entity)
        .find({ select: { id: true } as never, where: { id: In(ids.slice(i, i + 1000)) } as never });
      for (const row of rows) found.add(row.id);
    }
    return found;
  }

  async insertMany(manager: EntityManager, rows: readonly T[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500)
      await manager.getRepository(this.entity).insert(rows.slice(i, i + 500) as never);
  }

  async updateMany(manager: EntityManager, rows: readonly T[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500)
      await manager.getRepository(this.entity).upsert(rows.slice(i, i + 500) as never, ['id']);
  }
}
