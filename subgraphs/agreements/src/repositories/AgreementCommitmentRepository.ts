import type { DataSource, EntityManager } from 'typeorm';
import { ChildRows } from '@partnership-graph/shared';
import { AgreementCommitment } from '../entities/AgreementCommitment';

/** A commitment as a write gives it; its position is its place in the list. */
type CommitmentInput = { kind: string; description: string | null };

/** Every SQL statement about commitments lives here (the rows of an agreement: ChildRows); writes take the transaction's manager. */
export class AgreementCommitmentRepository extends ChildRows<AgreementCommitment> {
  constructor(dataSource: DataSource) {
    super(dataSource, AgreementCommitment, 'agreementId', { position: 'ASC' });
  }

  /** Writes the commitments of a new agreement. */
  insert(manager: EntityManager, agreementId: string, commitments: readonly CommitmentInput[]) {
    return this.insertFor(manager, { agreementId }, commitments.map(commitmentRow));
  }

  /** Makes an existing agreement's commitments exactly these, in this order. */
  replace(manager: EntityManager, agreementId: string, commitments: readonly CommitmentInput[]) {
    return this.replaceFor(manager, { agreementId }, commitments.map(commitmentRow));
  }
}

function commitmentRow(commitment: CommitmentInput, position: number) {
  return { position, kind: commitment.kind, description: commitment.description };
}
