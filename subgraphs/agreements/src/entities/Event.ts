import { DateColumn, ListColumn, SearchableEntity, UndatedLastKeyColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';
import { SourcedRecord } from './SourcedRecord';

// `starts_on_sort`: STARTS_ON_ASC reads this index in order.
@SearchableEntity('events', {
  kind: ['kind'],
  starts_on: ['startsOn'],
  starts_on_sort: ['startsOnSort'],
  sort_title: ['sortTitle'],
})
export class Event extends SourcedRecord {
  @DateColumn('starts_on')
  startsOn: string | null;

  /** `starts_on`, undated last (see undatedLast). */
  @UndatedLastKeyColumn('starts_on')
  startsOnSort: string;

  @DateColumn('ends_on')
  endsOn: string | null;

  /** True online, false in person, null when the sources do not say. */
  @Column({ type: 'boolean', nullable: true })
  online: boolean | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  location: string | null;

  /** Verbatim what the source says about attendance. */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  attendance: string | null;

  @ListColumn()
  topics: string[];

  @ListColumn()
  decisions: string[];
}
