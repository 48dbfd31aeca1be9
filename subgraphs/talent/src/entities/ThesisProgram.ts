import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { pipeList } from './pipeList';

@Entity('thesis_programs')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_thesis_programs_search', ['searchText'], { fulltext: true })
export class ThesisProgram {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Index('idx_thesis_programs_university')
  @Column({ name: 'university_id', type: 'varchar', length: 64 })
  universityId: string;

  @Index('idx_thesis_programs_industry_partner')
  @Column({ name: 'industry_partner_id', type: 'varchar', length: 64, nullable: true })
  industryPartnerId: string | null;

  /** Study levels as `|BACHELOR|MASTER|` (see pipeList). */
  @Column({ type: 'varchar', length: 200, transformer: pipeList })
  levels: string[];

  @Column({ type: 'simple-json' })
  areas: string[];

  @Column({ name: 'starts_on', type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Index('idx_thesis_programs_status')
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Index('idx_thesis_programs_agreement')
  @Column({ name: 'agreement_id', type: 'varchar', length: 64, nullable: true })
  agreementId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Index('idx_thesis_programs_sort_title')
  @Column({ name: 'sort_title', type: 'varchar', length: 300 })
  sortTitle: string;

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
