import { In, type DataSource, type EntityManager } from 'typeorm';
import { Position } from '../entities/Position';

/** Every SQL statement about positions lives here. */
export class PositionRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByInstitutionIds(ids: readonly string[]): Promise<Position[]> {
    return this.dataSource.getRepository(Position).find({
      where: { institutionId: In([...ids]) },
      order: { observedOn: 'ASC', id: 'ASC' },
    });
  }

  findByPersonIds(ids: readonly string[]): Promise<Position[]> {
    return this.dataSource.getRepository(Position).find({
      where: { personId: In([...ids]) },
      order: { observedOn: 'ASC', id: 'ASC' },
    });
  }

  // ---- imports: every read takes a bounded IN list, every write a chunk of rows ----

  /** The positions with these ids, or of these people (to match by natural key), in one statement per list. */
  async findForImport(manager: EntityManager, keys: { ids: readonly string[]; personIds: readonly string[] }): Promise<Position[]> {
    const repository = manager.getRepository(Position);
    const found = new Map<string, Position>();
    for (const ids of chunks(keys.ids)) for (const row of await repository.findBy({ id: In(ids) })) found.set(row.id, row);
    for (const ids of chunks(keys.personIds)) for (const row of await repository.findBy({ personId: In(ids) })) found.set(row.id, row);
    return [...found.values()];
  }

  async insertMany(manager: EntityManager, rows: readonly Position[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(Position).insert(chunk);
  }

  async updateMany(manager: EntityManager, rows: readonly Position[]): Promise<void> {
    for (const chunk of chunks(rows, 500)) await manager.getRepository(Position).upsert(chunk, ['id']);
  }
}

function chunks<T>(items: readonly T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
