import { Entity, Index, PrimaryColumn } from 'typeorm';

/** A university whose students take part in an internship programme. */
@Entity('internship_program_universities')
export class InternshipProgramUniversity {
  @PrimaryColumn({ name: 'program_id', type: 'varchar', length: 64 })
  programId: string;

  @Index('idx_internship_program_universities_institution')
  @PrimaryColumn({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;
}
