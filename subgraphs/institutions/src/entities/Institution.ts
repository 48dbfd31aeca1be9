import {
  DateColumn,
  filteredOrderIndexes,
  KeyColumn,
  ListColumn,
  RefColumn,
  SearchableEntity,
  SearchTextColumn,
  SortKeyColumn,
  UndatedLastKeyColumn,
} from '@partnership-graph/shared';
import { Column } from 'typeorm';

export interface LocalizedName {
  language: string;
  value: string;
}

@SearchableEntity('institutions', {
  kind: ['kind'],
  country: ['country'],
  // Imports match by it.
  ror_id: ['rorId'],
  // FOUNDED_ON_ASC reads this index in order.
  founded_on_sort: ['foundedOnSort'],
  parent: ['parentId'],
  sort_name: ['sortName'],
  ...filteredOrderIndexes(['country', 'kind'], ['sortName', 'foundedOnSort']),
})
export class Institution {
  @KeyColumn()
  id: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Every name with its language, the default one included. */
  @ListColumn()
  names: LocalizedName[];

  @Column({ type: 'varchar', length: 50, nullable: true })
  acronym: string | null;

  @ListColumn()
  aliases: string[];

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sector: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  /** The canonical form `https://ror.org/0abc12345`. */
  @Column({ name: 'ror_id', type: 'varchar', length: 40, nullable: true })
  rorId: string | null;

  @DateColumn('founded_on')
  foundedOn: string | null;

  /** `founded_on`, undated last (see undatedLast). */
  @UndatedLastKeyColumn('founded_on')
  foundedOnSort: string;

  @RefColumn('parent_id', { nullable: true })
  parentId: string | null;

  /** What the documents say beyond name and kind, in their words; passages joined with " … ". */
  @Column({ type: 'text', nullable: true })
  description?: string | null;

  /** How many members the documents say the organisation has (not the memberships the graph holds). */
  @Column({ name: 'member_count', type: 'integer', nullable: true })
  memberCount?: number | null;

  /** From how many countries (or countries and regions) the documents say its members come. */
  @Column({ name: 'member_country_count', type: 'integer', nullable: true })
  memberCountryCount?: number | null;

  /** The default name folded (see foldText): orders alike on every database. */
  @SortKeyColumn('sort_name', 300)
  sortName: string;

  /** Every name, acronym and alias folded, for case- and diacritic-insensitive search. */
  @SearchTextColumn()
  searchText: string;
}
