import { TitledRecord } from '@partnership-graph/shared';
import { Column } from 'typeorm';

/** A titled record of a kind the sources report (an agreement, an event). */
export abstract class SourcedRecord extends TitledRecord {
  /** True when the sources give no title and `title` describes the record. */
  @Column({ name: 'title_is_descriptive', type: 'boolean' })
  titleIsDescriptive: boolean;

  @Column({ type: 'varchar', length: 40 })
  kind: string;
}
