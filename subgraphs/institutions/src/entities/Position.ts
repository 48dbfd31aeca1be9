import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { PositionRole } from '../positions/positionRoles';

@Entity('positions')
// FULLTEXT on MySQL (a plain index on SQLite): rare search words, see findTextSearchPage.
@Index('ft_positions_search', ['searchText'], { fulltext: true })
// Every rector, every director…: a role's positions in list order.
@Index('idx_positions_role_institution', ['role', 'institutionId'])
export class Position {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Index('idx_positions_person')
  @Column({ name: 'person_id', type: 'varchar', length: 64 })
  personId: string;

  @Index('idx_positions_institution')
  @Column({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;

  /** As the source words it. */
  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The role the title names (positionRole). */
  @Column({ type: 'varchar', length: 40 })
  role: PositionRole;

  /** The folded title and the role's names in every language (buildSearchText). */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  since: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  until: string | null;

  /** The latest of `observedDates`. */
  @Column({ name: 'observed_on', type: 'varchar', length: 10, nullable: true })
  observedOn: string | null;

  /** Every date on which a source shows the person in the role, in order. */
  @Column({ name: 'observed_dates', type: 'simple-json' })
  observedDates: string[];

  /** A source calls the role former. */
  @Column({ type: 'boolean', default: false })
  former: boolean;

  /** The date of the earliest dated source that calls the role former. */
  @Column({ name: 'former_on', type: 'varchar', length: 10, nullable: true })
  formerOn: string | null;

  // What the facts above settle (positionEvidence), kept for filtering in SQL.
  @Column({ name: 'held_from', type: 'varchar', length: 10, nullable: true })
  heldFrom: string | null;

  @Column({ name: 'held_to', type: 'varchar', length: 10, nullable: true })
  heldTo: string | null;

  @Column({ name: 'not_before', type: 'varchar', length: 10, nullable: true })
  notBefore: string | null;

  @Column({ name: 'not_after', type: 'varchar', length: 10, nullable: true })
  notAfter: string | null;
}
