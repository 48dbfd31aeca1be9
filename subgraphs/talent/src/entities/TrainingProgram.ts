import { SearchableEntity } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import { ProgramRecord } from './ProgramRecord';

@SearchableEntity('training_programs', { kind: ['kind'], ...ProgramRecord.indexes })
export class TrainingProgram extends ProgramRecord {
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  audience: string | null;

  @Column({ type: 'int', nullable: true })
  seats: number | null;
}
