import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('events')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_events_search', ['searchText'], { fulltext: true })
export class Event {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ name: 'title_is_descriptive', type: 'boolean' })
  titleIsDescriptive: boolean;

  @Index('idx_events_kind')
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;

  @Index('idx_events_starts_on')
  @Column({ name: 'starts_on', type: 'varchar', length: 10, nullable: true })
  startsOn: string | null;

  /** `starts_on`, undated last (see undatedLast): STARTS_ON_ASC reads this index in order. */
  @Index('idx_events_starts_on_sort')
  @Column({ name: 'starts_on_sort', type: 'varchar', length: 10 })
  startsOnSort: string;

  @Column({ name: 'ends_on', type: 'varchar', length: 10, nullable: true })
  endsOn: string | null;

  /** True online, false in person, null when the sources do not say. */
  @Column({ type: 'boolean', nullable: true })
  online: boolean | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  /** Verbatim what the source says about attendance. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  attendance: string | null;

  @Column({ type: 'simple-json' })
  topics: string[];

  @Column({ type: 'simple-json' })
  decisions: string[];

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Index('idx_events_sort_title')
  @Column({ name: 'sort_title', type: 'varchar', length: 300 })
  sortTitle: string;

  /** Title, description, location and topics folded, for search. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;
}
