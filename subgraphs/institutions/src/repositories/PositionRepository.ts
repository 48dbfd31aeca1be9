import { In, type DataSource, type EntityManager } from 'typeorm';
import { Position } from '../entities/Position';
import { RecordTable } from './RecordTable';

/** Every SQL statement about positions lives here. */
export class PositionRepository extends RecordTable<Position> {
  constructor(private readonly dataSource: DataSource) {
    super(Position);
  }

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
  findForImport(manager: EntityManager, keys: { ids: readonly string[]; personIds: readonly string[] }): Promise<Position[]> {
    return this.findWhereIn(manager, [
      ['id', keys.ids],
      ['personId', keys.personIds],
    ]);
  }
}
