import { IndexedEntity, KeyColumn, RefColumn } from '@partnership-graph/shared';
import { Column } from 'typeorm';

/** An institution's part in an agreement; an institution is a party to an agreement at most once. */
@IndexedEntity('agreement_parties', { institution: ['institutionId'], signatory: ['signatoryId'] })
export class AgreementParty {
  @KeyColumn('agreement_id')
  agreementId: string;

  /** An institution id of the institutions subgraph. */
  @KeyColumn('institution_id')
  institutionId: string;

  /** SIGNATORY_PARTY, PARTY, ANNOUNCER… */
  @Column({ type: 'varchar', length: 40, nullable: true })
  role: string | null;

  /** A person id of the institutions subgraph. */
  @RefColumn('signatory_id', { nullable: true })
  signatoryId: string | null;

  /** Order in which the parties are listed. */
  @Column({ type: 'integer' })
  position: number;
}
