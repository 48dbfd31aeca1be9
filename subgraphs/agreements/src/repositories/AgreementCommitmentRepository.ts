import { In, type DataSource, type EntityManager } from 'typeorm';
import { AgreementCommitment } from '../entities/AgreementCommitment';
import { chunks } from './sql';

/** Every SQL statement about commitments lives here; writes take the transaction's manager. */
export class AgreementCommitmentRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByAgreementIds(
    ids: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AgreementCommitment[]> {
    return manager.getRepository(AgreementCommitment).find({
      where: { agreementId: In([...ids]) },
      order: { agreementId: 'ASC', position: 'ASC' },
    });
  }

  findForAgreement(manager: EntityManager, agreementId: string): Promise<AgreementCommitment[]> {
    return manager.getRepository(AgreementCommitment).find({ where: { agreementId }, order: { position: 'ASC' } });
  }

  /**
   * Writes the commitments of a new agreement. (No DELETE first: on MySQL, deleting
   * rows that do not exist takes gap locks, and two transactions inserting into the
   * same gap after that deadlock.)
   */
  async insert(
    manager: EntityManager,
    agreementId: string,
    commitments: ReadonlyArray<{ kind: string; description: string | null }>,
  ): Promise<void> {
    if (commitments.length) {
      await manager
        .getRepository(AgreementCommitment)
        .insert(
          commitments.map((c, position) => ({ agreementId, position, kind: c.kind, description: c.description })),
        );
    }
  }

  /** Makes an existing agreement's commitments exactly these, in this order. */
  async replace(
    manager: EntityManager,
    agreementId: string,
    commitments: ReadonlyArray<{ kind: string; description: string | null }>,
  ): Promise<void> {
    await manager.getRepository(AgreementCommitment).delete({ agreementId });
    await this.insert(manager, agreementId, commitments);
  }

  /** Writes many commitments (of many agreements): one statement per 500. */
  async insertMany(manager: EntityManager, commitments: readonly AgreementCommitment[]): Promise<void> {
    for (const chunk of chunks(commitments, 500)) await manager.getRepository(AgreementCommitment).insert(chunk);
  }

  /** Removes every commitment of these agreements, in one statement per 500 agreements. */
  async deleteForAgreements(manager: EntityManager, agreementIds: readonly string[]): Promise<void> {
    for (const chunk of chunks(agreementIds, 500))
      await manager.getRepository(AgreementCommitment).delete({ agreementId: In(chunk) });
  }
}
