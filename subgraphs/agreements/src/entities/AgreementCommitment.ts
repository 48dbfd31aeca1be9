import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One commitment of an agreement, in the order the source lists them. */
@Entity('agreement_commitments')
// The commitmentKinds filter: the agreements with a commitment of a kind, from the index alone.
@Index('idx_agreement_commitments_kind', ['kind', 'agreementId'])
export class AgreementCommitment {
  @PrimaryColumn({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId: string;

  @PrimaryColumn({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  description: string | null;
}
