import { In, type DataSource } from 'typeorm';
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
}
