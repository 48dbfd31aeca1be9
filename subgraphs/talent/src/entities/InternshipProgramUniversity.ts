import { IndexedEntity, KeyColumn } from '@partnership-graph/shared';

/** A university whose students take part in an internship programme. */
@IndexedEntity('internship_program_universities', { institution: ['institutionId'] })
export class InternshipProgramUniversity {
  @KeyColumn('program_id')
  programId: string;

  @KeyColumn('institution_id')
  institutionId: string;
}
