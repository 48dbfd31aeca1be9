import { KeyColumn, LockVersionColumn, SearchTextColumn, SortKeyColumn, VarcharColumn } from './columns';

/**
 * The columns every titled record shares (agreements, events, programmes): its id and
 * title, an optional description, the optimistic-locking version, and the title folded
 * for ordering and search. Each entity indexes `sort_title` under its table's name.
 */
export abstract class TitledRecord {
  @KeyColumn()
  id: string;

  @VarcharColumn(300)
  title: string;

  @VarcharColumn(2000, { nullable: true })
  description: string | null;

  @LockVersionColumn()
  version: number;

  /** The title folded (see foldText): orders alike on every database. */
  @SortKeyColumn('sort_title', 300)
  sortTitle: string;

  /** The title and the record's other words folded, for case- and diacritic-insensitive search. */
  @SearchTextColumn()
  searchText: string;
}
