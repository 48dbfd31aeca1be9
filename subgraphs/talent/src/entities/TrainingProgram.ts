import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('training_programs')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_training_programs_search', ['searchText'], { fulltext: true })
export class TrainingProgram {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Index('idx_training_programs_kind')
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  audience: string | null;

  @Column({ type: 'simple-json' })
  areas: string[];

  @Column({ type: 'int', nullable: true })
  seats: number | null;

  @Column({ name: 'starts_on', type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Index('idx_training_programs_status')
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Index('idx_training_programs_agreement')
  @Column({ name: 'agreement_id', type: 'varchar', length: 64, nullable: true })
  agreementId: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Index('idx_training_programs_sort_title')
  @Column({ name: 'sort_title', type: 'varchar', length: 300 })
  sortTitle: string;

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
