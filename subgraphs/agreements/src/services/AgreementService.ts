import type { DataSource, EntityManager } from 'typeorm';
import {
  assertDateOrder,
  assertValidId,
  badUserInput,
  conflict,
  recordKey,
  replayCreatedId,
  type Caller,
  type IdempotencyKeys,
  type EntityReferenceChecker,
} from '@partnership-graph/shared';
import type { Agreement } from '../entities/Agreement';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, agreementValues, type AgreementValues } from '../repositories/AgreementRepository';
import { CitationRepository } from '../repositories/CitationRepository';
import {
  has,
  limits,
  notNull,
  optionalDate,
  optionalText,
  parseAreas,
  parseCitations,
  parseCommitments,
  parseParty,
  partyReferences,
  requireText,
  type Citation,
  type CitationInput,
  type CommitmentInput,
  type PartyInput,
} from './inputs';
import { Auditor } from './audit';
import { assertEditor } from './authorization';
import { agreementReferences, checkAgreement, type AgreementFields } from './rules';
import { assertTransition, type AgreementStatus } from './lifecycle';
import { newId, writeTransaction } from '@partnership-graph/shared';

export interface CreateAgreementInput extends AgreementFields {
  sources?: CitationInput[] | null;
}

export interface UpdateAgreementInput {
  title?: string | null;
  titleIsDescriptive?: boolean | null;
  kind?: string | null;
  description?: string | null;
  signedOn?: string | null;
  validFrom?: string | null;
  validUntil?: string | null;
  areas?: string[] | null;
  commitments?: CommitmentInput[] | null;
  sources?: CitationInput[] | null;
}

/**
 * The write side of agreements, for one caller. Each method first checks that the
 * caller may write (editor:agreements or admin), then its input (BAD_USER_INPUT naming
 * the field), then references against the institutions subgraph, and then writes in
 * ONE transaction together with its audit entry (the agreement before and after), so
 * a failure leaves nothing behind. Returns the agreement's id.
 */
export class AgreementService {
  private readonly agreements: AgreementRepository;
  private readonly parties: AgreementPartyRepository;
  private readonly commitments: AgreementCommitmentRepository;
  private readonly citations: CitationRepository;
  private readonly auditor: Auditor;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly caller: Caller,
    private readonly idempotency: IdempotencyKeys,
  ) {
    this.auditor = new Auditor(dataSource);
    this.agreements = new AgreementRepository(dataSource);
    this.parties = new AgreementPartyRepository(dataSource);
    this.commitments = new AgreementCommitmentRepository(dataSource);
    this.citations = new CitationRepository(dataSource);
  }

  /** With `idempotencyKey`, a repeat of the same input answers the first call's agreement (see IdempotencyKeys). */
  async create(input: CreateAgreementInput, idempotencyKey?: string | null): Promise<string> {
    const actor = assertEditor(this.caller, 'createAgreement');
    const agreement = checkAgreement(input, 'input');
    const { values, parties, commitments } = agreement;
    const citations = parseCitations(input.sources, 'input.sources');
    await this.assertSourcesKnown(citations, 'input.sources');
    await this.references.assertExist(agreementReferences(agreement, 'input'));

    const call = { key: idempotencyKey, caller: actor, operation: 'createAgreement', input };
    return this.idempotency.run(
      this.dataSource,
      call,
      async (manager) => {
        const id = await this.freshId(manager, values.title);
        await this.agreements.insert(manager, id, values, commitments);
        await this.parties.insert(
          manager,
          parties.map((p, position) => ({ agreementId: id, ...p, position })),
        );
        await this.commitments.insert(manager, id, commitments);
        await this.citations.insert(manager, recordKey('agreement', id), citations);
        await this.auditor.record(manager, {
          action: 'createAgreement',
          actor,
          entityType: 'Agreement',
          entityId: id,
          before: null,
        });
        return id;
      },
      replayCreatedId,
    );
  }

  async update(id: string, expectedVersion: number, input: UpdateAgreementInput): Promise<string> {
    const actor = assertEditor(this.caller, 'updateAgreement');
    assertValidId(id, 'id');
    const changes: Partial<AgreementValues> = {};
    if (has(input, 'title'))
      changes.title = requireText(notNull(input.title, 'input.title'), 'input.title', limits.title);
    if (has(input, 'titleIsDescriptive'))
      changes.titleIsDescriptive = notNull(input.titleIsDescriptive, 'input.titleIsDescriptive');
    if (has(input, 'kind')) changes.kind = notNull(input.kind, 'input.kind');
    if (has(input, 'description'))
      changes.description = optionalText(input.description, 'input.description', limits.description);
    if (has(input, 'signedOn')) changes.signedOn = optionalDate(input.signedOn, 'input.signedOn');
    if (has(input, 'validFrom')) changes.validFrom = optionalDate(input.validFrom, 'input.validFrom');
    if (has(input, 'validUntil')) changes.validUntil = optionalDate(input.validUntil, 'input.validUntil');
    if (has(input, 'areas')) changes.areas = parseAreas(input.areas, 'input.areas');
    const commitments = has(input, 'commitments') ? parseCommitments(input.commitments, 'input.commitments') : null;
    const citations = has(input, 'sources') ? parseCitations(input.sources, 'input.sources') : null;
    if (citations) await this.assertSourcesKnown(citations, 'input.sources');

    return writeTransaction(this.dataSource, async (manager) => {
      const current = await this.loadCurrent(manager, id, expectedVersion, 'id');
      const before = await this.auditor.snapshot(manager, 'Agreement', id);
      const values = { ...agreementValues(current), ...changes };
      const field = has(input, 'validUntil') || !has(input, 'validFrom') ? 'input.validUntil' : 'input.validFrom';
      assertDateOrder(values.validFrom, values.validUntil, field, 'validFrom');
      // The search text holds the commitments: the new ones, else those stored.
      await this.agreements.update(
        manager,
        id,
        expectedVersion,
        values,
        commitments ?? (await this.commitments.findForAgreement(manager, id)),
      );
      if (commitments) await this.commitments.replace(manager, id, commitments);
      if (citations) await this.citations.replace(manager, recordKey('agreement', id), citations);
      await this.auditor.record(manager, {
        action: 'updateAgreement',
        actor,
        entityType: 'Agreement',
        entityId: id,
        before,
      });
      return id;
    });
  }

  async addParty(agreementId: string, expectedVersion: number, input: PartyInput): Promise<string> {
    const actor = assertEditor(this.caller, 'addAgreementParty');
    assertValidId(agreementId, 'agreementId');
    const party = parseParty(input, 'party');
    await this.references.assertExist(partyReferences([party], () => 'party'));

    return writeTransaction(this.dataSource, async (manager) => {
      await this.loadCurrent(manager, agreementId, expectedVersion, 'agreementId');
      const existing = await this.parties.findForAgreement(manager, agreementId);
      if (existing.some((p) => p.institutionId === party.institutionId)) {
        throw badUserInput(
          'party.institutionId',
          `"${party.institutionId}" is already a party to agreement "${agreementId}"`,
        );
      }
      if (existing.length >= limits.list)
        throw badUserInput('party', `an agreement has at most ${limits.list} parties`);
      const before = await this.auditor.snapshot(manager, 'Agreement', agreementId);
      await this.agreements.touch(manager, agreementId, expectedVersion);
      const position = existing.reduce((max, p) => Math.max(max, p.position + 1), 0);
      await this.parties.insert(manager, [{ agreementId, ...party, position }]);
      await this.auditor.record(manager, {
        action: 'addAgreementParty',
        actor,
        entityType: 'Agreement',
        entityId: agreementId,
        before,
      });
      return agreementId;
    });
  }

  async removeParty(agreementId: string, expectedVersion: number, institutionId: string): Promise<string> {
    const actor = assertEditor(this.caller, 'removeAgreementParty');
    assertValidId(agreementId, 'agreementId');
    assertValidId(institutionId, 'institutionId');

    return writeTransaction(this.dataSource, async (manager) => {
      await this.loadCurrent(manager, agreementId, expectedVersion, 'agreementId');
      const existing = await this.parties.findForAgreement(manager, agreementId);
      if (!existing.some((p) => p.institutionId === institutionId)) {
        throw badUserInput('institutionId', `"${institutionId}" is not a party to agreement "${agreementId}"`);
      }
      if (existing.length === 1) {
        throw badUserInput(
          'institutionId',
          `"${institutionId}" is the only party; an agreement needs at least one party`,
        );
      }
      const before = await this.auditor.snapshot(manager, 'Agreement', agreementId);
      await this.agreements.touch(manager, agreementId, expectedVersion);
      await this.parties.delete(manager, agreementId, institutionId);
      await this.auditor.record(manager, {
        action: 'removeAgreementParty',
        actor,
        entityType: 'Agreement',
        entityId: agreementId,
        before,
      });
      return agreementId;
    });
  }

  async transition(
    id: string,
    expectedVersion: number,
    to: AgreementStatus,
    on: string | null | undefined,
  ): Promise<string> {
    const actor = assertEditor(this.caller, 'transitionAgreement');
    assertValidId(id, 'id');
    const date = optionalDate(on, 'on');

    return writeTransaction(this.dataSource, async (manager) => {
      const current = await this.loadCurrent(manager, id, expectedVersion, 'id');
      assertTransition(id, current.status as AgreementStatus, to);
      const values: AgreementValues = { ...agreementValues(current), status: to };
      if (date) {
        if (to === 'SIGNED') values.signedOn = date;
        else if (to === 'ACTIVE') values.validFrom = date;
        else values.validUntil = date;
      }
      assertDateOrder(values.validFrom, values.validUntil, 'on', 'validFrom');
      const before = await this.auditor.snapshot(manager, 'Agreement', id);
      await this.agreements.update(
        manager,
        id,
        expectedVersion,
        values,
        await this.commitments.findForAgreement(manager, id),
      );
      await this.auditor.record(manager, {
        action: 'transitionAgreement',
        actor,
        entityType: 'Agreement',
        entityId: id,
        before,
      });
      return id;
    });
  }

  /**
   * The stored agreement, read in the transaction. An early version check gives a
   * clear CONFLICT; the UPDATE that follows checks the version again, so of two
   * concurrent writers holding the same version exactly one wins.
   */
  private async loadCurrent(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    field: string,
  ): Promise<Agreement> {
    const current = await this.agreements.findForUpdate(manager, id);
    if (!current) throw badUserInput(field, `no agreement has id "${id}"`);
    if (current.version !== expectedVersion) {
      throw conflict(
        `The agreement "${id}" is at version ${current.version}, not ${expectedVersion}: it was changed by someone else; reload it and try again`,
        { id, expectedVersion, currentVersion: current.version },
      );
    }
    return current;
  }

  private async assertSourcesKnown(citations: readonly Citation[], field: string): Promise<void> {
    const known = await this.citations.knownSourceIds(citations.map((c) => c.sourceId));
    const index = citations.findIndex((c) => !known.has(c.sourceId));
    if (index >= 0)
      throw badUserInput(`${field}[${index}].sourceId`, `no source has id "${citations[index].sourceId}"`);
  }

  private async freshId(manager: EntityManager, title: string): Promise<string> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const id = newId(title, 'agreement');
      if (!(await this.agreements.exists(manager, id))) return id;
    }
    throw new Error('could not find a free agreement id');
  }
}
