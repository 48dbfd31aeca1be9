import { DateColumn, IndexedEntity } from '@partnership-graph/shared';
import { ParticipationRecord } from './ParticipationRecord';

@IndexedEntity('training_enrollments', ParticipationRecord.indexes)
export class TrainingEnrollment extends ParticipationRecord {
  @DateColumn('starts_on')
  startsOn: string | null;

  @DateColumn('ends_on')
  endsOn: string | null;
}
