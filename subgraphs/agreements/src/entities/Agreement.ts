import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('agreements')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_agreements_search', ['searchText'], { fulltext: true })
// FULLTEXT on MySQL: the areas filter's rare areas (see AgreementRepository's areasCondition).
@Index('ft_agreements_areas', ['areaKeys'], { fulltext: true })
@Index('idx_agreements_kind_signed_on', ['kind', 'signedOn'])
@Index('idx_agreements_status_signed_on', ['status', 'signedOn'])
@Index('idx_agreements_kind_signed_on_sort', ['kind', 'signedOnSort'])
@Index('idx_agreements_status_signed_on_sort', ['status', 'signedOnSort'])
@Index('idx_agreements_kind_sort_title', ['kind', 'sortTitle'])
@Index('idx_agreements_status_sort_title', ['status', 'sortTitle'])
export class Agreement {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** True when the sources give no title and `title` describes the agreement. */
  @Column({ name: 'title_is_descriptive', type: 'boolean' })
  titleIsDescriptive: boolean;

  @Index('idx_agreements_kind')
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Index('idx_agreements_status')
  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  /** ISO date with the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  @Index('idx_agreements_signed_on')
  @Column({ name: 'signed_on', type: 'varchar', length: 10, nullable: true })
  signedOn: string | null;

  /** `signed_on`, undated last (see undatedLast): SIGNED_ON_ASC reads this index in order. */
  @Index('idx_agreements_signed_on_sort')
  @Column({ name: 'signed_on_sort', type: 'varchar', length: 10 })
  signedOnSort: string;

  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  validFrom: string | null;

  @Column({ name: 'valid_until', type: 'varchar', length: 10, nullable: true })
  validUntil: string | null;

  /** Thematic areas, in the order the source gives them. */
  @Column({ type: 'simple-json' })
  areas: string[];

  /** Every area folded (see foldText) between `|`, so a filter matches a whole area on every database. */
  @Column({ name: 'area_keys', type: 'text' })
  areaKeys: string;

  /** Optimistic-locking version; only `updateVersioned` changes it. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The title folded: orders alike on every database. */
  @Index('idx_agreements_sort_title')
  @Column({ name: 'sort_title', type: 'varchar', length: 300 })
  sortTitle: string;

  /** Title, description and areas folded, for case- and diacritic-insensitive search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
