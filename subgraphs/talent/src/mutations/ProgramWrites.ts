import type { DataSource, EntityManager } from 'typeorm';
import {
  assertDateOrder,
  assertValidId,
  badUserInput,
  conflict,
  optionalDate,
  optionalText,
  requireText,
  replayCreatedId,
  updateVersioned,
  type EntityReference,
  type IdempotencyKeys,
  type EntityReferenceChecker,
} from '@partnership-graph/shared';
import type { Writer } from '../access/writeAccess';
import { AuditLog } from '../audit/AuditLog';
import { internshipProgramSnapshot, thesisProgramSnapshot, trainingProgramSnapshot } from '../audit/snapshots';
import { InternshipProgram } from '../entities/InternshipProgram';
import { ThesisProgram } from '../entities/ThesisProgram';
import { TrainingProgram } from '../entities/TrainingProgram';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { InternshipRepository } from '../repositories/InternshipRepository';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { TrainingEnrollmentRepository } from '../repositories/TrainingEnrollmentRepository';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';
import { isDuplicateKey, writeTransaction } from '@partnership-graph/shared';
import {
  agreementRefs,
  institutionRefs,
  internshipProgramFieldRules,
  internshipProgramReferences,
  thesisProgramFieldRules,
  thesisProgramReferences,
  trainingProgramFieldRules,
  trainingProgramReferences,
  type FieldName,
  type InternshipProgramFieldsInput,
  type ProgramFieldsInput,
  type ThesisProgramFieldsInput,
  type TrainingProgramFieldsInput,
} from './programRules';
import {
  areaList,
  idList,
  levelList,
  limits,
  notNull,
  optionalId,
  programIdFromTitle,
  seatCount,
  throwFirst,
  versionConflict,
} from './validation';

/** The mutations' inputs: the fields the programme rules check, with what a creation requires. */
type ProgramInputBase = ProgramFieldsInput;
type Creation = { id?: string | null; title: string };
export type CreateInternshipProgramInput = InternshipProgramFieldsInput & Creation & { levels: string[] };
export type UpdateInternshipProgramInput = InternshipProgramFieldsInput;
export type CreateThesisProgramInput = ThesisProgramFieldsInput & Creation & { universityId: string; levels: string[] };
export type UpdateThesisProgramInput = ThesisProgramFieldsInput;
export type CreateTrainingProgramInput = TrainingProgramFieldsInput &
  Creation & { kind: string; providerIds: string[] };
export type UpdateTrainingProgramInput = TrainingProgramFieldsInput;

/** The fields every programme has, validated; `undefined` means "not given" (updates). */
function commonFields(input: ProgramInputBase, creating: boolean) {
  const has = (key: keyof ProgramInputBase) => creating || input[key] !== undefined;
  return {
    title: has('title') ? requireText(notNull(input.title, 'input.title'), 'input.title', limits.title) : undefined,
    description: has('description')
      ? optionalText(input.description, 'input.description', limits.description)
      : undefined,
    areas: has('areas') ? areaList(notNull(input.areas, 'input.areas'), 'input.areas') : undefined,
    startsOn: has('startsOn') ? optionalDate(input.startsOn, 'input.startsOn') : undefined,
    endsOn: has('endsOn') ? optionalDate(input.endsOn, 'input.endsOn') : undefined,
    status: has('status') ? (notNull(input.status, 'input.status') ?? 'ANNOUNCED') : undefined,
    agreementId: has('agreementId') ? optionalId(input.agreementId, 'input.agreementId') : undefined,
  };
}

function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Mutation fields are named under `input.`. */
const inputField: FieldName = (name) => `input.${name}`;

/** A creation's defaults (status ANNOUNCED, no areas) cannot be nulled explicitly. */
function refuseNulls(input: ProgramInputBase): void {
  notNull(input.status, 'input.status');
  notNull(input.areas, 'input.areas');
}

const agreementRef = (id: string | null | undefined): EntityReference[] => agreementRefs(id, inputField);

function programIdOf(input: { id?: string | null; title: string }): string {
  return input.id != null ? assertValidId(input.id, 'input.id') : programIdFromTitle(input.title);
}

/** Runs an insert, turning a taken id (even one taken concurrently) into CONFLICT on `input.id`. */
async function inserting<T>(id: string, what: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isDuplicateKey(error))
      throw conflict(`An ${what} with id "${id}" already exists`, { argumentName: 'input.id' });
    throw error;
  }
}

function assertSeatsNotBelowTaken(seats: number | null, taken: number): void {
  if (seats !== null && seats < taken)
    throw badUserInput('input.seats', `${taken} seats are already taken; seats cannot be fewer`);
}

/**
 * Creates and updates programmes: validation, reference checks, then one transaction
 * that also writes the audit entry (and a create's idempotency key, when given).
 */
export class ProgramWrites {
  private readonly internshipPrograms: InternshipProgramRepository;
  private readonly thesisPrograms: ThesisProgramRepository;
  private readonly trainingPrograms: TrainingProgramRepository;
  private readonly internships: InternshipRepository;
  private readonly enrollments: TrainingEnrollmentRepository;
  private readonly audit: AuditLog;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly idempotency: IdempotencyKeys,
  ) {
    this.internshipPrograms = new InternshipProgramRepository(dataSource);
    this.thesisPrograms = new ThesisProgramRepository(dataSource);
    this.trainingPrograms = new TrainingProgramRepository(dataSource);
    this.internships = new InternshipRepository(dataSource);
    this.enrollments = new TrainingEnrollmentRepository(dataSource);
    this.audit = new AuditLog(dataSource);
  }

  // ─── internship programmes ──────────────────────────────────────────────────────

  async createInternshipProgram(
    input: CreateInternshipProgramInput,
    writer: Writer,
    idempotencyKey?: string | null,
  ): Promise<InternshipProgram> {
    refuseNulls(input);
    const fields = internshipProgramFieldRules(input, throwFirst, inputField);
    const id = programIdOf({ id: input.id, title: fields.title as string });
    const universityIds = fields.universityIds ?? [];
    await this.references.assertExist(internshipProgramReferences(fields, inputField));
    const program: Omit<InternshipProgram, 'sortTitle' | 'searchText'> = {
      id,
      title: fields.title as string,
      description: fields.description ?? null,
      hostId: fields.hostId ?? null,
      levels: fields.levels as string[],
      areas: fields.areas ?? [],
      seats: fields.seats ?? null,
      startsOn: fields.startsOn ?? null,
      endsOn: fields.endsOn ?? null,
      status: fields.status ?? 'ANNOUNCED',
      agreementId: fields.agreementId ?? null,
      version: 1,
    };
    const call = { key: idempotencyKey, caller: writer.actor, operation: 'createInternshipProgram', input };
    const createdId = await inserting(id, 'internship programme', () =>
      this.idempotency.run(
        this.dataSource,
        call,
        async (manager) => {
          await this.internshipPrograms.insert(manager, program, universityIds);
          await this.audit.record(manager, {
            entityType: 'InternshipProgram',
            entityId: id,
            action: 'CREATE',
            actor: writer.actor,
            before: null,
            after: internshipProgramSnapshot(program, universityIds),
          });
          return id;
        },
        replayCreatedId,
      ),
    );
    return this.reload(InternshipProgram, createdId);
  }

  async updateInternshipProgram(
    id: string,
    expectedVersion: number | null | undefined,
    input: UpdateInternshipProgramInput,
    writer: Writer,
  ) {
    assertValidId(id, 'id');
    const changes = defined({
      ...commonFields(input, false),
      hostId: input.hostId !== undefined ? optionalId(input.hostId, 'input.hostId') : undefined,
      levels: input.levels !== undefined ? levelList(notNull(input.levels, 'input.levels'), 'input.levels') : undefined,
      seats: input.seats !== undefined ? seatCount(input.seats, 'input.seats') : undefined,
    });
    const universityIds =
      input.universityIds !== undefined
        ? idList(notNull(input.universityIds, 'input.universityIds'), 'input.universityIds')
        : undefined;
    await this.references.assertExist([
      ...institutionRefs([changes.hostId], () => 'input.hostId'),
      ...institutionRefs(universityIds ?? [], (i) => `input.universityIds[${i}]`),
      ...agreementRef(changes.agreementId),
    ]);
    await writeTransaction(this.dataSource, async (manager) => {
      const current = await this.internshipPrograms.findForUpdate(manager, id);
      if (!current) throw badUserInput('id', `no internship programme has id "${id}"`);
      this.checkVersion(current, expectedVersion);
      const merged = { ...current, ...changes };
      assertDateOrder(merged.startsOn, merged.endsOn, 'input.endsOn', 'input.startsOn');
      if (changes.seats !== undefined)
        assertSeatsNotBelowTaken(merged.seats, await this.internships.countSeatsTaken(manager, id));
      const currentUniversities = await this.internshipPrograms.universityIdsOf(manager, id);
      const universities = universityIds ?? currentUniversities;
      const version = await updateVersioned(manager, InternshipProgram, id, current.version, {
        ...changes,
        ...this.internshipPrograms.searchColumns(merged, universities),
      });
      if (universityIds) await this.internshipPrograms.replaceUniversities(manager, id, universityIds);
      await this.audit.record(manager, {
        entityType: 'InternshipProgram',
        entityId: id,
        action: 'UPDATE',
        actor: writer.actor,
        before: internshipProgramSnapshot(current, currentUniversities),
        after: internshipProgramSnapshot({ ...merged, version }, universities),
      });
    });
    return this.reload(InternshipProgram, id);
  }

  // ─── thesis programmes ─────────────────────────────────────────────────────────

  async createThesisProgram(
    input: CreateThesisProgramInput,
    writer: Writer,
    idempotencyKey?: string | null,
  ): Promise<ThesisProgram> {
    refuseNulls(input);
    const fields = thesisProgramFieldRules(input, throwFirst, inputField);
    const id = programIdOf({ id: input.id, title: fields.title as string });
    await this.references.assertExist(thesisProgramReferences(fields, inputField));
    const program: Omit<ThesisProgram, 'sortTitle' | 'searchText'> = {
      id,
      title: fields.title as string,
      description: fields.description ?? null,
      universityId: fields.universityId as string,
      industryPartnerId: fields.industryPartnerId ?? null,
      levels: fields.levels as string[],
      areas: fields.areas ?? [],
      startsOn: fields.startsOn ?? null,
      endsOn: fields.endsOn ?? null,
      status: fields.status ?? 'ANNOUNCED',
      agreementId: fields.agreementId ?? null,
      version: 1,
    };
    const call = { key: idempotencyKey, caller: writer.actor, operation: 'createThesisProgram', input };
    const createdId = await inserting(id, 'thesis programme', () =>
      this.idempotency.run(
        this.dataSource,
        call,
        async (manager) => {
          await this.thesisPrograms.insert(manager, program);
          await this.audit.record(manager, {
            entityType: 'ThesisProgram',
            entityId: id,
            action: 'CREATE',
            actor: writer.actor,
            before: null,
            after: thesisProgramSnapshot(program),
          });
          return id;
        },
        replayCreatedId,
      ),
    );
    return this.reload(ThesisProgram, createdId);
  }

  async updateThesisProgram(
    id: string,
    expectedVersion: number | null | undefined,
    input: UpdateThesisProgramInput,
    writer: Writer,
  ) {
    assertValidId(id, 'id');
    const changes = defined({
      ...commonFields(input, false),
      universityId:
        input.universityId !== undefined
          ? assertValidId(notNull(input.universityId, 'input.universityId') as string, 'input.universityId')
          : undefined,
      industryPartnerId:
        input.industryPartnerId !== undefined
          ? optionalId(input.industryPartnerId, 'input.industryPartnerId')
          : undefined,
      levels: input.levels !== undefined ? levelList(notNull(input.levels, 'input.levels'), 'input.levels') : undefined,
    });
    await this.references.assertExist([
      ...institutionRefs([changes.universityId], () => 'input.universityId'),
      ...institutionRefs([changes.industryPartnerId], () => 'input.industryPartnerId'),
      ...agreementRef(changes.agreementId),
    ]);
    await writeTransaction(this.dataSource, async (manager) => {
      const current = await this.thesisPrograms.findForUpdate(manager, id);
      if (!current) throw badUserInput('id', `no thesis programme has id "${id}"`);
      this.checkVersion(current, expectedVersion);
      const merged = { ...current, ...changes };
      assertDateOrder(merged.startsOn, merged.endsOn, 'input.endsOn', 'input.startsOn');
      if (merged.industryPartnerId === merged.universityId)
        throw badUserInput('input.industryPartnerId', 'must not be the university itself');
      const version = await updateVersioned(manager, ThesisProgram, id, current.version, {
        ...changes,
        ...this.thesisPrograms.searchColumns(merged),
      });
      await this.audit.record(manager, {
        entityType: 'ThesisProgram',
        entityId: id,
        action: 'UPDATE',
        actor: writer.actor,
        before: thesisProgramSnapshot(current),
        after: thesisProgramSnapshot({ ...merged, version }),
      });
    });
    return this.reload(ThesisProgram, id);
  }

  // ─── training programmes ───────────────────────────────────────────────────────

  async createTrainingProgram(
    input: CreateTrainingProgramInput,
    writer: Writer,
    idempotencyKey?: string | null,
  ): Promise<TrainingProgram> {
    refuseNulls(input);
    const fields = trainingProgramFieldRules(input, throwFirst, inputField);
    const id = programIdOf({ id: input.id, title: fields.title as string });
    const providerIds = fields.providerIds as string[];
    await this.references.assertExist(trainingProgramReferences(fields, inputField));
    const program: Omit<TrainingProgram, 'sortTitle' | 'searchText'> = {
      id,
      title: fields.title as string,
      description: fields.description ?? null,
      kind: input.kind,
      audience: fields.audience ?? null,
      areas: fields.areas ?? [],
      seats: fields.seats ?? null,
      startsOn: fields.startsOn ?? null,
      endsOn: fields.endsOn ?? null,
      status: fields.status ?? 'ANNOUNCED',
      agreementId: fields.agreementId ?? null,
      version: 1,
    };
    const call = { key: idempotencyKey, caller: writer.actor, operation: 'createTrainingProgram', input };
    const createdId = await inserting(id, 'training programme', () =>
      this.idempotency.run(
        this.dataSource,
        call,
        async (manager) => {
          await this.trainingPrograms.insert(manager, program, providerIds);
          await this.audit.record(manager, {
            entityType: 'TrainingProgram',
            entityId: id,
            action: 'CREATE',
            actor: writer.actor,
            before: null,
            after: trainingProgramSnapshot(program, providerIds),
          });
          return id;
        },
        replayCreatedId,
      ),
    );
    return this.reload(TrainingProgram, createdId);
  }

  async updateTrainingProgram(
    id: string,
    expectedVersion: number | null | undefined,
    input: UpdateTrainingProgramInput,
    writer: Writer,
  ) {
    assertValidId(id, 'id');
    const changes = defined({
      ...commonFields(input, false),
      kind: input.kind !== undefined ? notNull(input.kind, 'input.kind') : undefined,
      audience:
        input.audience !== undefined ? optionalText(input.audience, 'input.audience', limits.audience) : undefined,
      seats: input.seats !== undefined ? seatCount(input.seats, 'input.seats') : undefined,
    });
    const providerIds =
      input.providerIds !== undefined
        ? idList(notNull(input.providerIds, 'input.providerIds'), 'input.providerIds', { min: 1 })
        : undefined;
    await this.references.assertExist([
      ...institutionRefs(providerIds ?? [], (i) => `input.providerIds[${i}]`),
      ...agreementRef(changes.agreementId),
    ]);
    await writeTransaction(this.dataSource, async (manager) => {
      const current = await this.trainingPrograms.findForUpdate(manager, id);
      if (!current) throw badUserInput('id', `no training programme has id "${id}"`);
      this.checkVersion(current, expectedVersion);
      const merged = { ...current, ...changes };
      assertDateOrder(merged.startsOn, merged.endsOn, 'input.endsOn', 'input.startsOn');
      if (changes.seats !== undefined)
        assertSeatsNotBelowTaken(merged.seats, await this.enrollments.countSeatsTaken(manager, id));
      const currentProviders = await this.trainingPrograms.providerIdsOf(manager, id);
      const providers = providerIds ?? currentProviders;
      const version = await updateVersioned(manager, TrainingProgram, id, current.version, {
        ...changes,
        ...this.trainingPrograms.searchColumns(merged, providers),
      });
      if (providerIds) await this.trainingPrograms.replaceProviders(manager, id, providerIds);
      await this.audit.record(manager, {
        entityType: 'TrainingProgram',
        entityId: id,
        action: 'UPDATE',
        actor: writer.actor,
        before: trainingProgramSnapshot(current, currentProviders),
        after: trainingProgramSnapshot({ ...merged, version }, providers),
      });
    });
    return this.reload(TrainingProgram, id);
  }

  // ─── helpers ───────────────────────────────────────────────────────────────────

  private checkVersion(current: { id: string; version: number }, expected: number | null | undefined): void {
    if (expected != null && expected !== current.version) throw versionConflict(current.id, expected, current.version);
  }

  private async reload<T extends InternshipProgram | ThesisProgram | TrainingProgram>(
    target: new () => T,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<T> {
    return manager.getRepository(target).findOneByOrFail({ id } as never);
  }
}
