import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { LocalizedName } from './Institution';

@Entity('people')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_people_search', ['searchText'], { fulltext: true })
export class Person {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'simple-json' })
  names: LocalizedName[];

  @Column({ type: 'simple-json' })
  aliases: string[];

  /** Academic titles and degrees the documents give, in their words; null: none stated. */
  @Column({ name: 'academic_titles', type: 'simple-json', nullable: true })
  academicTitles?: string[] | null;

  @Index('idx_people_sort_name')
  @Column({ name: 'sort_name', type: 'varchar', length: 200 })
  sortName: string;

  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
