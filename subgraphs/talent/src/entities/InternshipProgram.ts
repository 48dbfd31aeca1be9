import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { pipeList } from './pipeList';

@Entity('internship_programs')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_internship_programs_search', ['searchText'], { fulltext: true })
export class InternshipProgram {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Index('idx_internship_programs_host')
  @Column({ name: 'host_id', type: 'varchar', length: 64, nullable: true })
  hostId: string | null;

  /** Study levels as `|BACHELOR|MASTER|` (see pipeList). */
  @Column({ type: 'varchar', length: 200, transformer: pipeList })
  levels: string[];

  @Column({ type: 'simple-json' })
  areas: string[];

  @Column({ type: 'int', nullable: true })
  seats: number | null;

  @Column({ name: 'starts_on', type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  @Index('idx_internship_programs_status')
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Index('idx_internship_programs_agreement')
  @Column({ name: 'agreement_id', type: 'varchar', length: 64, nullable: true })
  agreementId: string | null;

  /** Optimistic-locking counter (see updateVersioned). */
  @Column({ type: 'int', default: 1 })
  version: number;

  /** The title folded (see foldText): orders alike on every database. */
  @Index('idx_internship_programs_sort_title')
  @Column({ name: 'sort_title', type: 'varchar', length: 300 })
  sortTitle: string;

  /** Title, areas and related ids folded, for case- and diacritic-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
