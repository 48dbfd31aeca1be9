import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** An institution's part in an agreement; an institution is a party to an agreement at most once. */
@Entity('agreement_parties')
export class AgreementParty {
  @PrimaryColumn({ name: 'agreement_id', type: 'varchar', length: 64 })
  agreementId: string;

  /** An institution id of the institutions subgraph. */
  @Index('idx_agreement_parties_institution')
  @PrimaryColumn({ name: 'institution_id', type: 'varchar', length: 64 })
  institutionId: string;

  /** SIGNATORY_PARTY, PARTY, ANNOUNCER… */
  @Column({ type: 'varchar', length: 40, nullable: true })
  role: string | null;

  /** A person id of the institutions subgraph. */
  @Index('idx_agreement_parties_signatory')
  @Column({ name: 'signatory_id', type: 'varchar', length: 64, nullable: true })
  signatoryId: string | null;

  /** Order in which the parties are listed. */
  @Column({ type: 'integer' })
  position: number;
}
