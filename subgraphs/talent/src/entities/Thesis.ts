import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('theses')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_theses_search', ['searchText'], { fulltext: true })
@Index('idx_theses_program_created', ['programId', 'createdAt'])
export class Thesis {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ name: 'program_id', type: 'varchar', length: 64 })
  programId: string;

  @Index('idx_theses_student')
  @Column({ name: 'student_id', type: 'varchar', length: 64 })
  studentId: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  level: string;

  @Column({ type: 'int' })
  year: number;

  @Index('idx_theses_academic_supervisor')
  @Column({ name: 'academic_supervisor_id', type: 'varchar', length: 64 })
  academicSupervisorId: string;

  @Index('idx_theses_industry_supervisor')
  @Column({ name: 'industry_supervisor_id', type: 'varchar', length: 64 })
  industrySupervisorId: string;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Index('idx_theses_created')
  @Column({ name: 'created_at', type: 'varchar', length: 24 })
  createdAt: string;

  /** The title folded, for case- and diacritic-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
