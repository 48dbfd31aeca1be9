import {
  DateColumn,
  filteredOrderIndexes,
  ListColumn,
  SearchableEntity,
  UndatedLastKeyColumn,
} from '@partnership-graph/shared';
import { Column, Index } from 'typeorm';
import { SourcedRecord } from './SourcedRecord';

@SearchableEntity('agreements', {
  kind: ['kind'],
  status: ['status'],
  signed_on: ['signedOn'],
  // SIGNED_ON_ASC reads this index in order.
  signed_on_sort: ['signedOnSort'],
  sort_title: ['sortTitle'],
  ...filteredOrderIndexes(['kind', 'status'], ['signedOn', 'signedOnSort', 'sortTitle']),
})
// FULLTEXT on MySQL: the areas filter's rare areas (see AgreementRepository's areasCondition).
@Index('ft_agreements_areas', ['areaKeys'], { fulltext: true })
export class Agreement extends SourcedRecord {
  @Column({ type: 'varchar', length: 20 })
  status: string;

  /** ISO date with the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  @DateColumn('signed_on')
  signedOn: string | null;

  /** `signed_on`, undated last (see undatedLast). */
  @UndatedLastKeyColumn('signed_on')
  signedOnSort: string;

  @DateColumn('valid_from')
  validFrom: string | null;

  @DateColumn('valid_until')
  validUntil: string | null;

  /** Thematic areas, in the order the source gives them. */
  @ListColumn()
  areas: string[];

  /** Every area folded (see foldText) between `|`, so a filter matches a whole area on every database. */
  @Column({ name: 'area_keys', type: 'text' })
  areaKeys: string;
}
