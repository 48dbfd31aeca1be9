import type { DataSource } from 'typeorm';
import { ChildRows } from '@partnership-graph/shared';
import { Agreement } from '../entities/Agreement';
import { AgreementParty } from '../entities/AgreementParty';
import { nullableString } from './sql';

/** An institution that shares agreements with another. */
export interface PartnerRow {
  institutionId: string;
  partnerId: string;
  agreementCount: number;
  firstSignedOn: string | null;
  lastSignedOn: string | null;
}

/** Every SQL statement about agreement parties lives here (the rows of an agreement: ChildRows); writes take the transaction's manager. */
export class AgreementPartyRepository extends ChildRows<AgreementParty> {
  constructor(dataSource: DataSource) {
    super(dataSource, AgreementParty, 'agreementId', { position: 'ASC' });
  }

  /**
   * The partners of many institutions in one statement: every other party of every
   * agreement each institution is a party to, counted, with the first and last
   * signing dates (partial dates compare as text: "2025" before "2025-07-04").
   */
  async findPartners(institutionIds: readonly string[]): Promise<PartnerRow[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource
      .getRepository(AgreementParty)
      .createQueryBuilder('p1')
      .innerJoin(AgreementParty, 'p2', 'p2.agreement_id = p1.agreement_id AND p2.institution_id <> p1.institution_id')
      .innerJoin(Agreement, 'a', 'a.id = p1.agreement_id')
      .select('p1.institution_id', 'institution_id')
      .addSelect('p2.institution_id', 'partner_id')
      .addSelect('COUNT(*)', 'agreement_count')
      .addSelect('MIN(a.signed_on)', 'first_signed_on')
      .addSelect('MAX(a.signed_on)', 'last_signed_on')
      .where('p1.institution_id IN (:...institutionIds)', { institutionIds: [...institutionIds] })
      .groupBy('p1.institution_id')
      .addGroupBy('p2.institution_id')
      .getRawMany();
    return rows
      .map((r) => ({
        institutionId: String(r.institution_id),
        partnerId: String(r.partner_id),
        agreementCount: Number(r.agreement_count),
        firstSignedOn: nullableString(r.first_signed_on),
        lastSignedOn: nullableString(r.last_signed_on),
      }))
      .sort(
        (x, y) =>
          y.agreementCount - x.agreementCount || (x.partnerId < y.partnerId ? -1 : x.partnerId > y.partnerId ? 1 : 0),
      );
  }

  /**
   * The agreements these institutions are parties to, in one statement (a step of
   * `partnershipPath`'s breadth-first search; callers pass at most a few hundred ids),
   * ordered by institution and agreement so that the search is deterministic.
   */
  async findMemberships(
    institutionIds: readonly string[],
  ): Promise<Array<{ institutionId: string; agreementId: string }>> {
    if (!institutionIds.length) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource
      .getRepository(AgreementParty)
      .createQueryBuilder('m')
      .select('m.institution_id', 'institution_id')
      .addSelect('m.agreement_id', 'agreement_id')
      .where('m.institution_id IN (:...institutionIds)', { institutionIds: [...institutionIds] })
      .orderBy('m.institution_id', 'ASC')
      .addOrderBy('m.agreement_id', 'ASC')
      .getRawMany();
    return rows.map((r) => ({ institutionId: String(r.institution_id), agreementId: String(r.agreement_id) }));
  }

  /** The parties of these agreements, in one statement (callers pass at most a few hundred ids). */
  async findPartyIds(agreementIds: readonly string[]): Promise<Array<{ agreementId: string; institutionId: string }>> {
    if (!agreementIds.length) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource
      .getRepository(AgreementParty)
      .createQueryBuilder('m')
      .select('m.agreement_id', 'agreement_id')
      .addSelect('m.institution_id', 'institution_id')
      .where('m.agreement_id IN (:...agreementIds)', { agreementIds: [...agreementIds] })
      .getRawMany();
    return rows.map((r) => ({ agreementId: String(r.agreement_id), institutionId: String(r.institution_id) }));
  }

  /** Which of these institutions are a party to any agreement, in one statement. */
  async findParties(institutionIds: readonly string[]): Promise<Set<string>> {
    if (!institutionIds.length) return new Set();
    const rows: Array<Record<string, unknown>> = await this.dataSource
      .getRepository(AgreementParty)
      .createQueryBuilder('p')
      .select('DISTINCT p.institution_id', 'institution_id')
      .where('p.institution_id IN (:...institutionIds)', { institutionIds: [...institutionIds] })
      .getRawMany();
    return new Set(rows.map((r) => String(r.institution_id)));
  }
}
