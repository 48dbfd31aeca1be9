import type { DataSource } from 'typeorm';
import {
  AuditRepository,
  assertDateOrder,
  assertImportBatch,
  citeImportSources,
  finishImport,
  foldText,
  importSourceId,
  isValidId,
  naturalKey,
  recordKey,
  reject,
  rejectRepeatedRecords,
  writeTransaction,
  type Caller,
  type EntityReferenceChecker,
  type ImportResult,
  type ImportRowResult,
  type ImportSource,
  type NewAuditEntry,
} from '@partnership-graph/shared';
import type { AgreementCommitment } from '../entities/AgreementCommitment';
import type { AgreementParty } from '../entities/AgreementParty';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, type AgreementRow, type AgreementValues } from '../repositories/AgreementRepository';
import { CitationRepository } from '../repositories/CitationRepository';
import { agreementSnapshot } from '../services/audit';
import { assertEditor } from '../services/authorization';
import type { Commitment, Party } from '../services/inputs';
import { allowedTransitions, type AgreementStatus } from '../services/lifecycle';
import { agreementReferences, checkAgreement, type AgreementFields, type CheckedAgreement } from '../services/rules';
import { attempt, checkBatchReferences, rejectWith, citationsWith, groupBy, importedId, sameJson, startRow, type StoredCitation } from './importRows';

/** One row of `importAgreements`: a whole agreement, optionally its id, and its source. */
export interface AgreementImportRow extends AgreementFields {
  id?: string | null;
  source: ImportSource;
}

/** What a row that passed its checks will write. */
interface Planned {
  index: number;
  id: string;
  source: ImportSource;
  values: AgreementValues;
  parties: Party[];
  commitments: Commitment[];
  /** The stored agreement a matched row changes; null for a creation. */
  stored: (AgreementRow & { parties: AgreementParty[]; commitments: AgreementCommitment[]; citations: StoredCitation[] }) | null;
}

/** Every status an agreement in `from` can still reach (itself included): an import never moves one back. */
function reachable(from: AgreementStatus): Set<AgreementStatus> {
  const seen = new Set<AgreementStatus>([from]);
  const queue = [from];
  for (let status = queue.shift(); status; status = queue.shift()) {
    for (const next of allowedTransitions[status] ?? []) {
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
export class AgreementImport {
  private readonly agreements: AgreementRepository;
  private readonly parties: AgreementPartyRepository;
  private readonly commitments: AgreementCommitmentRepository;
  private readonly citations: CitationRepository;
  private readonly audit: AuditRepository;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly caller: Caller,
  ) {
    this.agreements = new AgreementRepository(dataSource);
    this.parties = new AgreementPartyRepository(dataSource);
    this.commitments = new AgreementCommitmentRepository(dataSource);
    this.citations = new CitationRepository(dataSource);
    this.audit = new AuditRepository(dataSource);
  }

  async run(inputs: readonly AgreementImportRow[], dryRun: boolean): Promise<ImportResult> {
    const actor = assertEditor(this.caller, 'importAgreements');
    assertImportBatch(inputs.length);

    const rows = inputs.map((input, i) => startRow(i, input));
    // Every problem of a row is reported, unknown references included; a row whose title or id does not pass is not matched.
    const results = inputs.map((input, i) => checkAgreement(input, '', (error) => rejectWith(rows[i], error)));
    await checkBatchReferences(
      this.references,
      rows,
      results.flatMap((c, index) => agreementReferences(c, '').map((reference) => ({ index, reference }))),
    );
    const checked: Array<CheckedAgreement | undefined> = results.map((c, i) =>
      c.values.title && (inputs[i].id == null || isValidId(inputs[i].id!)) ? c : undefined,
    );

    // Match: one statement for every id and folded title of the batch.
    const keys = checked.map((c) => (c ? naturalKey(c.values.title, c.values.signedOn) : ''));
    const wantedIds = inputs.map((input, i) => input.id ?? (checked[i] ? importedId(checked[i]!.values.title, keys[i], 'agreement') : null));
    const stored = await this.agreements.findByIdsOrSortTitles(
      [...new Set(wantedIds.filter((id): id is string => id !== null))],
      [...new Set(checked.flatMap((c) => (c ? [foldText(c.values.title).slice(0, 300)] : [])))],
    );
    const byId = new Map(stored.map((a) => [a.id, a]));
    const byKey = groupBy(stored, (a) => naturalKey(a.title, a.signedOn));

    const matches: Array<AgreementRow | null | undefined> = checked.map((c, i) => {
      if (!c) return undefined;
      const row = rows[i];
      if (inputs[i].id != null) {
        row.id = inputs[i].id!;
        row.matchedBy = byId.has(row.id) ? 'ID' : null;
        return byId.get(row.id) ?? null;
      }
      const candidates = byKey.get(keys[i]) ?? [];
      if (candidates.length > 1) {
        const ids = candidates.map((a) => a.id).join(', ');
        reject(row, { field: 'title', reason: `matches ${candidates.length} agreements with this title and signing date (${ids}); give the id of one` });
        return undefined;
      }
      if (candidates.length === 1) {
        row.id = candidates[0].id;
        row.matchedBy = 'NATURAL_KEY';
        return candidates[0];
      }
      row.id = wantedIds[i]!;
      if (byId.has(row.id)) reject(row, { field: 'id', reason: `the generated id ${row.id} is taken by another agreement; give an id` });
      return null;
    });

    // What the matched agreements hold now: one statement each for parties, commitments, citations.
    const matchedIds = [...new Set(matches.flatMap((m) => (m ? [m.id] : [])))];
    const [storedParties, storedCommitments, storedCitations] = matchedIds.length
      ? await Promise.all([
          this.parties.findByAgreementIds(matchedIds),
          this.commitments.findByAgreementIds(matchedIds),
          this.citations.findForRecords(matchedIds.map((id) => recordKey('agreement', id))),
        ])
      : [[], [], []];
    const partiesOf = groupBy(storedParties, (p) => p.agreementId);
    const commitmentsOf = groupBy(storedCommitments, (c) => c.agreementId);
    const citationsOf = groupBy(storedCitations, (c) => c.recordKey);

    const planned: Planned[] = [];
    checked.forEach((c, index) => {
      const match = matches[index];
      if (!c || match === undefined) return;
      const row = rows[index];
      const input = inputs[index];
      if (match === null) {
        planned.push({ index, id: row.id!, source: input.source, values: c.values, parties: c.parties, commitments: c.commitments, stored: null });
        return;
      }
      const current = {
        ...match,
        parties: partiesOf.get(match.id) ?? [],
        commitments: commitmentsOf.get(match.id) ?? [],
        citations: citationsOf.get(recordKey('agreement', match.id)) ?? [],
      };
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
      const commitments = input.commitments != null ? c.commitments : current.commitments.map((x) => ({ kind: x.kind, description: x.description }));
      if (!reachable(match.status as AgreementStatus).has(values.status as AgreementStatus)) {
        reject(row, { field: 'status', reason: `agreement ${match.id} is ${match.status} and cannot move back to ${values.status}` });
      }
      const orderField = input.validUntil != null || input.validFrom == null ? 'validUntil' : 'validFrom';
      attempt(row, () => assertDateOrder(values.validFrom, values.validUntil, orderField, 'validFrom'));
      const cited = current.citations.some((x) => x.sourceId === importSourceId(input.source));
      const same =
        sameJson(values, valuesOfRow(match)) &&
        sameJson(partyState(c.parties), partyState(current.parties)) &&
        sameJson(commitmentState(commitments), commitmentState(current.commitments));
      if (row.outcome !== 'REJECTED') row.outcome = same && cited ? 'UNCHANGED' : 'UPDATED';
      planned.push({ index, id: match.id, source: input.source, values, parties: c.parties, commitments, stored: current });
    });
    rejectRepeatedRecords(rows);

    return finishImport(rows, dryRun, () => this.write(planned.filter((p) => isWritten(rows[p.index])), actor));
  }

  /** Creations in bulk, changes by version (CONFLICT if one moved on meanwhile), then parties, commitments, citations and audit entries in bulk. */
  private write(planned: readonly Planned[], actor: string): Promise<void> {
    return writeTransaction(this.dataSource, async (manager) => {
      const importedAt = new Date().toISOString();
      const created = planned.filter((p) => p.stored === null);
      const updated = planned.filter((p) => p.stored !== null);
      await this.agreements.insertMany(manager, created.map((p) => ({ id: p.id, values: p.values })));
      for (const p of updated) await this.agreements.update(manager, p.id, p.stored!.version, p.values);
      if (updated.length) {
        await this.parties.deleteForAgreements(manager, updated.map((p) => p.id));
        await this.commitments.deleteForAgreements(manager, updated.map((p) => p.id));
      }
      await this.parties.insertMany(manager, planned.flatMap((p) => p.parties.map((party, position) => ({ agreementId: p.id, ...party, position }))));
      await this.commitments.insertMany(manager, planned.flatMap((p) => p.commitments.map((c, position) => ({ agreementId: p.id, position, ...c }))));
      await citeImportSources(manager, planned.map((p) => ({ recordKey: recordKey('agreement', p.id), source: p.source })), importedAt);
      await this.audit.insertMany(manager, planned.map((p) => auditEntry(p, actor, importedAt)));
    });
  }
}

function valuesOfRow(row: AgreementRow): AgreementValues {
  return {
    title: row.title,
    titleIsDescriptive: row.titleIsDescriptive,
    kind: row.kind,
    status: row.status,
    description: row.description,
    signedOn: row.signedOn,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    areas: row.areas,
  };
}

function isWritten(row: ImportRowResult): boolean {
  return row.outcome === 'CREATED' || row.outcome === 'UPDATED';
}

function auditEntry(p: Planned, actor: string, at: string): NewAuditEntry {
  const version = p.stored ? p.stored.version + 1 : 1;
  const after = agreementSnapshot({ id: p.id, version, ...p.values }, p.parties, p.commitments, citationsWith(p.stored?.citations ?? [], p.source));
  const before = p.stored ? agreementSnapshot(p.stored, p.stored.parties, p.stored.commitments, p.stored.citations) : null;
  return { entityType: 'Agreement', entityId: p.id, action: p.stored ? 'IMPORT_UPDATE' : 'IMPORT_CREATE', actor, at, before, after };
}
