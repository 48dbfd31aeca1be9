import {
  CodeColumn,
  DateColumn,
  KeyColumn,
  ListColumn,
  RefColumn,
  SearchableEntity,
  SearchTextColumn,
  VarcharColumn,
} from '@partnership-graph/shared';
import { Column } from 'typeorm';
import type { PositionRole } from '../positions/positionRoles';

@SearchableEntity('positions', {
  person: ['personId'],
  institution: ['institutionId'],
  // Every rector, every director…: a role's positions in list order.
  role_institution: ['role', 'institutionId'],
})
export class Position {
  @KeyColumn()
  id: string;

  @RefColumn('person_id')
  personId: string;

  @RefColumn('institution_id')
  institutionId: string;

  /** As the source words it. */
  @VarcharColumn(200)
  title: string;

  /** The role the title names (positionRole). */
  @CodeColumn()
  role: PositionRole;

  /** The folded title and the role's names in every language (buildSearchText). */
  @SearchTextColumn()
  searchText: string;

  @DateColumn()
  since: string | null;

  @DateColumn()
  until: string | null;

  /** The latest of `observedDates`. */
  @DateColumn('observed_on')
  observedOn: string | null;

  /** Every date on which a source shows the person in the role, in order. */
  @ListColumn({ name: 'observed_dates' })
  observedDates: string[];

  /** A source calls the role former. */
  @Column({ type: 'boolean', default: false })
  former: boolean;

  /** The date of the earliest dated source that calls the role former. */
  @DateColumn('former_on')
  formerOn: string | null;

  // What the facts above settle (positionEvidence), kept for filtering in SQL.
  @DateColumn('held_from')
  heldFrom: string | null;

  @DateColumn('held_to')
  heldTo: string | null;

  @DateColumn('not_before')
  notBefore: string | null;

  @DateColumn('not_after')
  notAfter: string | null;
}
