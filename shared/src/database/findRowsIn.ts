import { In, type EntityManager, type EntityTarget, type FindOptionsOrder, type ObjectLiteral } from 'typeorm';

/** The rows of `entity` whose `column` is one of `values`, in one statement, in `order` (a loader's batch). */
export function findRowsIn<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  column: keyof T & string,
  values: readonly string[],
  order: FindOptionsOrder<T>,
): Promise<T[]> {
  // One column and a list: typeorm's where type cannot follow a computed key.
  return manager.getRepository(entity).find({ where: { [column]: In([...values]) } as never, order });
}
