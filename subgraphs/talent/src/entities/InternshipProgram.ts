import { RefColumn, SearchableEntity } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import { pipeList } from './pipeList';
import { ProgramRecord } from './ProgramRecord';

@SearchableEntity('internship_programs', { host: ['hostId'], ...ProgramRecord.indexes })
export class InternshipProgram extends ProgramRecord {
  @RefColumn('host_id', { nullable: true })
  hostId: string | null;

  /** Study levels as `|BACHELOR|MASTER|` (see pipeList). */
  @Column({ type: 'varchar', length: 200, transformer: pipeList })
  levels: string[];

  @Column({ type: 'int', nullable: true })
  seats: number | null;
}
