import type { EntityManager } from 'typeorm';
import {
  assertDateOrder,
  naturalKey,
  reject,
  type ImportRowResult,
  type ImportSource,
  type RecordChange,
} from '@partnership-graph/shared';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import {
  AgreementRepository,
  agreementValues,
  type AgreementRow,
  type AgreementValues,
} from '../repositories/AgreementRepository';
import { agreementSnapshot } from '../services/audit';
import type { Commitment, Party } from '../services/inputs';
import { agreementLifecycle, type AgreementStatus } from '../services/agreementLifecycle';
import { agreementReferences, checkAgreement, type AgreementFields, type CheckedAgreement } from '../services/rules';
import { attempt, citationsWith, sameJson, type StoredCitation } from './importRows';
import { TitledRecordImport } from './TitledRecordImport';

/** One row of `importAgreements`: a whole agreement, optionally its id, and its source. */
export interface AgreementImportRow extends AgreementFields {
  id?: string | null;
  source: ImportSource;
}

/** An agreement as an import compares and writes it: its values, lists and citations. */
export interface ImportedAgreement {
  id: string;
  version: number;
  values: AgreementValues;
  parties: Party[];
  commitments: Commitment[];
  citations: StoredCitation[];
}

/** Every status an agreement in `from` can still reach (itself included): an import never moves one back. */
function reachable(from: AgreementStatus): Set<AgreementStatus> {
  const seen = new Set<AgreementStatus>([from]);
  const queue = [from];
  for (let status = queue.shift(); status; status = queue.shift()) {
    for (const next of agreementLifecycle.moves[status] ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

const partyState = (parties: readonly Party[]) => parties.map((p) => [p.institutionId, p.role, p.signatoryId]);
const commitmentState = (commitments: readonly Commitment[]) => commitments.map((c) => [c.kind, c.description]);

/**
 * `importAgreements` (docs/import/MUTATIONS.md): checks every row with the rules of
 * `createAgreement` (services/rules.ts), checks every party's institution and signatory
 * with ONE request to the institutions subgraph, matches rows to stored agreements by id,
 * else by natural key (folded title and signing date), and — only when no row is rejected
 * and this is no dry run — writes the creations and changes in ONE transaction with their
 * citations and audit entries. Reads are a fixed number of statements per batch.
 */
export class AgreementImport extends TitledRecordImport<
  AgreementImportRow,
  CheckedAgreement,
  AgreementRow,
  ImportedAgreement
> {
  readonly entityType = 'Agreement';
  readonly recordType = 'agreement';
  protected readonly operation = 'importAgreements';
  protected readonly naturalKeyParts = 'title and signing date';
  private readonly agreements = new AgreementRepository(this.dataSource);
  private readonly parties = new AgreementPartyRepository(this.dataSource);
  private readonly commitments = new AgreementCommitmentRepository(this.dataSource);

  protected checkRow(input: AgreementImportRow, collect: (error: unknown) => void): CheckedAgreement {
    return checkAgreement(input, '', collect);
  }

  protected referencesOf(checked: CheckedAgreement) {
    return agreementReferences(checked, '');
  }

  protected naturalKeyOf(agreement: { title: string; signedOn: string | null }): string {
    return naturalKey(agreement.title, agreement.signedOn);
  }

  protected findStored(
    manager: EntityManager,
    ids: readonly string[],
    sortTitles: readonly string[],
  ): Promise<AgreementRow[]> {
    return this.agreements.findByIdsOrSortTitles(manager, ids, sortTitles);
  }

  protected loadStored(
    manager: EntityManager,
    rows: readonly AgreementRow[],
    citationsOf: (id: string) => StoredCitation[],
  ): Promise<Map<string, ImportedAgreement>> {
    return this.withLists(manager, rows, [this.parties, this.commitments], (row, parties, commitments) => ({
      id: row.id,
      version: row.version,
      values: agreementValues(row),
      parties: parties.map((p) => ({ institutionId: p.institutionId, role: p.role, signatoryId: p.signatoryId })),
      commitments: commitments.map((c) => ({ kind: c.kind, description: c.description })),
      citations: citationsOf(row.id),
    }));
  }

  protected created(c: CheckedAgreement, id: string, source: ImportSource): ImportedAgreement {
    return {
      id,
      version: 1,
      values: c.values,
      parties: c.parties,
      commitments: c.commitments,
      citations: citationsWith([], source),
    };
  }

  protected merged(
    c: CheckedAgreement,
    input: AgreementImportRow,
    stored: ImportedAgreement,
    row: ImportRowResult,
  ): ImportedAgreement {
    const match = stored.values;
    // Fields the row leaves out keep their stored value; lists it gives replace the stored ones.
    const values: AgreementValues = {
      title: c.values.title,
      titleIsDescriptive: input.titleIsDescriptive ?? match.titleIsDescriptive,
      kind: c.values.kind,
      status: input.status ?? match.status,
      description: input.description != null ? c.values.description : match.description,
      signedOn: input.signedOn != null ? c.values.signedOn : match.signedOn,
      validFrom: input.validFrom != null ? c.values.validFrom : match.validFrom,
      validUntil: input.validUntil != null ? c.values.validUntil : match.validUntil,
      areas: input.areas != null ? c.values.areas : match.areas,
    };
    const commitments = input.commitments != null ? c.commitments : stored.commitments;
    if (!reachable(match.status as AgreementStatus).has(values.status as AgreementStatus)) {
      reject(row, {
        field: 'status',
        reason: `agreement ${stored.id} is ${match.status} and cannot move back to ${values.status}`,
      });
    }
    const orderField = input.validUntil != null || input.validFrom == null ? 'validUntil' : 'validFrom';
    attempt(row, () => assertDateOrder(values.validFrom, values.validUntil, orderField, 'validFrom'));
    return {
      id: stored.id,
      version: stored.version + 1,
      values,
      parties: c.parties,
      commitments,
      citations: citationsWith(stored.citations, input.source),
    };
  }

  sameRecord(before: ImportedAgreement, after: ImportedAgreement): boolean {
    return (
      sameJson(after.values, before.values) &&
      sameJson(partyState(after.parties), partyState(before.parties)) &&
      sameJson(commitmentState(after.commitments), commitmentState(before.commitments))
    );
  }

  snapshot(a: ImportedAgreement): object {
    return agreementSnapshot({ id: a.id, version: a.version, ...a.values }, a.parties, a.commitments, a.citations);
  }

  async insert(manager: EntityManager, created: ImportedAgreement[]): Promise<void> {
    await this.agreements.insertMany(
      manager,
      created.map((a) => ({ id: a.id, values: a.values, commitments: a.commitments })),
    );
    await this.insertLists(manager, created);
  }

  /** Changes by version (CONFLICT if one moved on meanwhile); lists replaced. */
  async update(manager: EntityManager, changes: Array<RecordChange<ImportedAgreement>>): Promise<void> {
    for (const { before, after } of changes)
      await this.agreements.update(manager, after.id, before.version, after.values, after.commitments);
    const ids = changes.map((c) => c.after.id);
    await this.parties.deleteForParents(manager, ids);
    await this.commitments.deleteForParents(manager, ids);
    await this.insertLists(
      manager,
      changes.map((c) => c.after),
    );
  }

  private async insertLists(manager: EntityManager, agreements: readonly ImportedAgreement[]): Promise<void> {
    await this.parties.insertMany(
      manager,
      agreements.flatMap((a) => a.parties.map((party, position) => ({ agreementId: a.id, ...party, position }))),
    );
    await this.commitments.insertMany(
      manager,
      agreements.flatMap((a) => a.commitments.map((c, position) => ({ agreementId: a.id, position, ...c }))),
    );
  }
}
