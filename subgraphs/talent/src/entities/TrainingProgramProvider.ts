import { IndexedEntity, KeyColumn } from '@partnership-graph/shared';

/** An institution that runs (alone or jointly) a training programme. */
@IndexedEntity('training_program_providers', { institution: ['institutionId'] })
export class TrainingProgramProvider {
  @KeyColumn('program_id')
  programId: string;

  @KeyColumn('institution_id')
  institutionId: string;
}
