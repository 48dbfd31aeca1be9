import type { DataSource } from 'typeorm';
import {
  assertDateOrder,
  assertTransition,
  assertValidId,
  type Caller,
  type EntityReferenceChecker,
  type WritePipeline,
} from '@partnership-graph/shared';
import type { Agreement } from '../entities/Agreement';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, agreementValues, type AgreementValues } from '../repositories/AgreementRepository';
import {
  has,
  titledChanges,
  limits,
  optionalDate,
  parseAreas,
  parseCommitments,
  parseParty,
  partyReferences,
  type CitationInput,
  type PartyInput,
} from './inputs';
import { agreementReferences, checkAgreement, type AgreementFields } from './rules';
import { TitledRecordWrites, type CreateArgs, type Versioned } from './TitledRecordWrites';
import { agreementLifecycle, type AgreementStatus } from './agreementLifecycle';

export interface CreateAgreementInput extends AgreementFields {
  sources?: CitationInput[] | null;
}

/** Changes to an agreement: omitted fields stay (its parties and status change through their own mutations). */
export type UpdateAgreementInput = {
  [K in keyof Omit<CreateAgreementInput, 'parties' | 'status'>]?: CreateAgreementInput[K] | null;
};

/**
 * The write side of agreements (see TitledRecordWrites for the flow every method
 * follows). Each returns the agreement's id; the resolver reloads it.
 */
export class AgreementService extends TitledRecordWrites<Agreement> {
  private readonly agreements: AgreementRepository;
  private readonly parties: AgreementPartyRepository;
  private readonly commitments: AgreementCommitmentRepository;

  constructor(dataSource: DataSource, references: EntityReferenceChecker, pipeline: WritePipeline) {
    const agreements = new AgreementRepository(dataSource);
    super(dataSource, references, pipeline, 'Agreement', agreements);
    this.agreements = agreements;
    this.parties = new AgreementPartyRepository(dataSource);
    this.commitments = new AgreementCommitmentRepository(dataSource);
  }

  create(caller: Caller, args: CreateArgs<CreateAgreementInput>): Promise<string> {
    return this.createRecord(
      caller,
      'createAgreement',
      args,
      { check: () => checkAgreement(args.input, 'input'), references: (a) => agreementReferences(a, 'input') },
      async (manager, id, { values, parties, commitments }) => {
        await this.agreements.insert(manager, id, values, commitments);
        await this.parties.insertRows(
          manager,
          parties.map((p, position) => ({ agreementId: id, ...p, position })),
        );
        await this.commitments.insert(manager, id, commitments);
      },
    );
  }

  update(caller: Caller, args: Versioned & { id: string; input: UpdateAgreementInput }): Promise<string> {
    const { id, input } = args;
    const target = { field: 'id', id, expectedVersion: args.expectedVersion, action: 'UPDATE' as const };
    return this.changeRecord(
      caller,
      'updateAgreement',
      { ...target, sources: input.sources },
      {
        check: () => {
          const changes: Partial<AgreementValues> = titledChanges(input);
          if (has(input, 'signedOn')) changes.signedOn = optionalDate(input.signedOn, 'input.signedOn');
          if (has(input, 'validFrom')) changes.validFrom = optionalDate(input.validFrom, 'input.validFrom');
          if (has(input, 'validUntil')) changes.validUntil = optionalDate(input.validUntil, 'input.validUntil');
          if (has(input, 'areas')) changes.areas = parseAreas(input.areas, 'input.areas');
          const commitments = has(input, 'commitments')
            ? parseCommitments(input.commitments, 'input.commitments')
            : null;
          return { changes, commitments };
        },
      },
      async (manager, current, { changes, commitments }) => {
        const values = { ...agreementValues(current), ...changes };
        const field = has(input, 'validUntil') || !has(input, 'validFrom') ? 'input.validUntil' : 'input.validFrom';
        assertDateOrder(values.validFrom, values.validUntil, field, 'validFrom');
        // The search text holds the commitments: the new ones, else those stored.
        await this.agreements.update(
          manager,
          id,
          current.version,
          values,
          commitments ?? (await this.commitments.findForParent(manager, id)),
        );
        if (commitments) await this.commitments.replace(manager, id, commitments);
      },
    );
  }

  addParty(caller: Caller, args: Versioned & { agreementId: string; party: PartyInput }): Promise<string> {
    const { agreementId } = args;
    return this.changeRecord(
      caller,
      'addAgreementParty',
      { field: 'agreementId', id: agreementId, expectedVersion: args.expectedVersion, action: 'UPDATE' },
      { check: () => parseParty(args.party, 'party'), references: (party) => partyReferences([party], () => 'party') },
      (manager, current, party) =>
        this.appendToList(
          manager,
          current,
          this.parties,
          {
            already: (p) => p.institutionId === party.institutionId,
            duplicate: [
              'party.institutionId',
              `"${party.institutionId}" is already a party to agreement "${agreementId}"`,
            ],
            full: ['party', `an agreement has at most ${limits.list} parties`],
          },
          (position) => ({ agreementId, ...party, position }),
        ),
    );
  }

  removeParty(caller: Caller, args: Versioned & { agreementId: string; institutionId: string }): Promise<string> {
    const { agreementId, institutionId } = args;
    return this.changeRecord(
      caller,
      'removeAgreementParty',
      { field: 'agreementId', id: agreementId, expectedVersion: args.expectedVersion, action: 'UPDATE' },
      { check: () => assertValidId(institutionId, 'institutionId') },
      (manager, current) =>
        this.removeFromList(
          manager,
          current,
          this.parties,
          {
            is: (p) => p.institutionId === institutionId,
            where: { agreementId, institutionId },
            absent: ['institutionId', `"${institutionId}" is not a party to agreement "${agreementId}"`],
          },
          ['institutionId', `"${institutionId}" is the only party; an agreement needs at least one party`],
        ),
    );
  }

  /** Moves the agreement along its lifecycle; `on` dates the move (signedOn, validFrom or validUntil). */
  transition(
    caller: Caller,
    operation: string,
    args: Versioned & { id: string; to: AgreementStatus; on?: string | null },
  ): Promise<string> {
    const { id, to } = args;
    return this.changeRecord(
      caller,
      operation,
      { field: 'id', id, expectedVersion: args.expectedVersion, action: 'TRANSITION' },
      { check: () => optionalDate(args.on, 'on') },
      async (manager, current, date) => {
        assertTransition(agreementLifecycle, id, current.status, to, 'to');
        const values: AgreementValues = { ...agreementValues(current), status: to };
        if (date) {
          if (to === 'SIGNED') values.signedOn = date;
          else if (to === 'ACTIVE') values.validFrom = date;
          else values.validUntil = date;
        }
        assertDateOrder(values.validFrom, values.validUntil, 'on', 'validFrom');
        await this.agreements.update(
          manager,
          id,
          current.version,
          values,
          await this.commitments.findForParent(manager, id),
        );
      },
    );
  }
}
