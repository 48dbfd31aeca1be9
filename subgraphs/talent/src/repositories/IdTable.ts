import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import { lockForUpdate } from '@partnership-graph/shared';

/** The statements by id every table of programmes and records has; `alias` names the row in its statements. */
export abstract class IdTable<T extends { id: string }> {
  protected constructor(
    protected readonly dataSource: DataSource,
    protected readonly entity: new () => T,
    protected readonly alias: string,
  ) {}

  findByIds(ids: readonly string[]): Promise<T[]> {
    return this.dataSource.getRepository(this.entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
  }

  /** Reads a row and, on MySQL, locks it until the transaction ends (inside a writeTransaction). */
  findForUpdate(manager: EntityManager, id: string): Promise<T | null> {
    return lockForUpdate(
      manager.getRepository(this.entity).createQueryBuilder(this.alias).where(`${this.alias}.id = :id`, { id }),
      manager,
    ).getOne();
  }
}
