import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export interface LocalizedName {
  language: string;
  value: string;
}

@Entity('institutions')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_institutions_search', ['searchText'], { fulltext: true })
@Index('idx_institutions_country_sort_name', ['country', 'sortName'])
@Index('idx_institutions_kind_sort_name', ['kind', 'sortName'])
@Index('idx_institutions_country_founded_on_sort', ['country', 'foundedOnSort'])
@Index('idx_institutions_kind_founded_on_sort', ['kind', 'foundedOnSort'])
export class Institution {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  /** Every name with its language, the default one included. */
  @Column({ type: 'simple-json' })
  names: LocalizedName[];

  @Column({ type: 'varchar', length: 50, nullable: true })
  acronym: string | null;

  @Column({ type: 'simple-json' })
  aliases: string[];

  @Index('idx_institutions_kind')
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  sector: string | null;

  @Index('idx_institutions_country')
  @Column({ type: 'varchar', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  city: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  /** The canonical form `https://ror.org/0abc12345`; imports match by it. */
  @Index('idx_institutions_ror_id')
  @Column({ name: 'ror_id', type: 'varchar', length: 40, nullable: true })
  rorId: string | null;

  @Column({ name: 'founded_on', type: 'varchar', length: 10, nullable: true })
  foundedOn: string | null;

  /** `founded_on`, undated last (see undatedLast): FOUNDED_ON_ASC reads this index in order. */
  @Index('idx_institutions_founded_on_sort')
  @Column({ name: 'founded_on_sort', type: 'varchar', length: 10 })
  foundedOnSort: string;

  @Index('idx_institutions_parent')
  @Column({ name: 'parent_id', type: 'varchar', length: 64, nullable: true })
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
  @Index('idx_institutions_sort_name')
  @Column({ name: 'sort_name', type: 'varchar', length: 300 })
  sortName: string;

  /** Every name, acronym and alias folded, for case- and diacritic-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
