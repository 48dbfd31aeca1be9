import { DateColumn, IndexedEntity } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import { ParticipationRecord } from './ParticipationRecord';

@IndexedEntity('internships', ParticipationRecord.indexes)
export class Internship extends ParticipationRecord {
  @Column({ type: 'varchar', length: 20 })
  level: string;

  @DateColumn('starts_on')
  startsOn: string | null;

  @DateColumn('ends_on')
  endsOn: string | null;
}
