import { RefColumn, SearchableEntity, SearchTextColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import { ParticipationRecord } from './ParticipationRecord';

@SearchableEntity('theses', {
  ...ParticipationRecord.indexes,
  academic_supervisor: ['academicSupervisorId'],
  industry_supervisor: ['industrySupervisorId'],
  created: ['createdAt'],
})
export class Thesis extends ParticipationRecord {
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ type: 'int' })
  year: number;

  @RefColumn('academic_supervisor_id')
  academicSupervisorId: string;

  @RefColumn('industry_supervisor_id')
  industrySupervisorId: string;

  /** The title folded, for case- and diacritic-insensitive search. */
  @SearchTextColumn()
  searchText: string;
}
