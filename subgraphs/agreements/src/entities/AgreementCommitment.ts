import { IndexedEntity, KeyColumn } from '@partnership-graph/shared';
import { Column, PrimaryColumn } from 'typeorm';

/** One commitment of an agreement, in the order the source lists them. */
@IndexedEntity('agreement_commitments', {
  // The commitmentKinds filter: the agreements with a commitment of a kind, from the index alone.
  kind: ['kind', 'agreementId'],
})
export class AgreementCommitment {
  @KeyColumn('agreement_id')
  agreementId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;
}
