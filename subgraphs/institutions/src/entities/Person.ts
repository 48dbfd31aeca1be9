import { KeyColumn, ListColumn, SearchableEntity, SearchTextColumn, SortKeyColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import type { LocalizedName } from './Institution';

@SearchableEntity('people', { sort_name: ['sortName'] })
export class Person {
  @KeyColumn()
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @ListColumn()
  names: LocalizedName[];

  @ListColumn()
  aliases: string[];

  /** Academic titles and degrees the documents give, in their words; null: none stated. */
  @ListColumn({ name: 'academic_titles', nullable: true })
  academicTitles?: string[] | null;

  @SortKeyColumn('sort_name', 200)
  sortName: string;

  @SearchTextColumn()
  searchText: string;
}
