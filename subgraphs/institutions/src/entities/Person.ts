import { ListColumn, NamedRecord, SearchableEntity, SearchTextColumn, SortKeyColumn } from '@partnership-graph/shared';
import type { LocalizedName } from './Institution';

@SearchableEntity('people', { sort_name: ['sortName'] })
export class Person extends NamedRecord {
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
