import { Entity, Index, PrimaryColumn } from 'typeorm';

/** An institution that runs (alone or jointly) a training programme. */
@Entity('training_program_providers')
export class TrainingProgramProvider {
  @PrimaryColumn({ name: 'program_id', type: 'varchar', length: 64 })
  programId: string;

  @Index('idx_training_program_providers_institution')
  @PrimaryColumn({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;
}
