import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One commitment of an agreement, in the order the source lists them. */
@Entity('agreement_commitments')
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
