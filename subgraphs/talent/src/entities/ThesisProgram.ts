import { RefColumn, SearchableEntity } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import { pipeList } from './pipeList';
import { ProgramRecord } from './ProgramRecord';

@SearchableEntity('thesis_programs', {
  university: ['universityId'],
  industry_partner: ['industryPartnerId'],
  ...ProgramRecord.indexes,
})
export class ThesisProgram extends ProgramRecord {
  @RefColumn('university_id')
  universityId: string;

  @RefColumn('industry_partner_id', { nullable: true })
  industryPartnerId: string | null;

  /** Study levels as `|BACHELOR|MASTER|` (see pipeList). */
  @Column({ type: 'varchar', length: 200, transformer: pipeList })
  levels: string[];
}
