import type { DataSource, EntityManager } from 'typeorm';
import {
  assertDateOrder,
  assertValidId,
  assertVersion,
  badUserInput,
  conflict,
  isDuplicateKey,
  optionalDate,
  optionalText,
  requireText,
  updateVersioned,
  type Caller,
  type EntityReference,
  type EntityReferenceChecker,
  type WritePipeline,
} from '@partnership-graph/shared';
import type {
  MutationCreateInternshipProgramArgs,
  MutationCreateThesisProgramArgs,
  MutationCreateTrainingProgramArgs,
  MutationUpdateInternshipProgramArgs,
  MutationUpdateThesisProgramArgs,
  MutationUpdateTrainingProgramArgs,
} from '../generated/resolvers';
import { internshipProgramSnapshot, thesisProgramSnapshot, trainingProgramSnapshot } from '../audit/snapshots';
import { InternshipProgram } from '../entities/InternshipProgram';
import { ThesisProgram } from '../entities/ThesisProgram';
import { TrainingProgram } from '../entities/TrainingProgram';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { InternshipRepository } from '../repositories/InternshipRepository';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { TrainingEnrollmentRepository } from '../repositories/TrainingEnrollmentRepository';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';
import {
  internshipProgramFieldRules,
  internshipProgramReferences,
  thesisProgramFieldRules,
  thesisProgramReferences,
  trainingProgramFieldRules,
  trainingProgramReferences,
  type FieldName,
  type ProgramFieldsInput,
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
} from './validation';

/** The mutations' inputs (the generated argument types) as the programme rules read them. */
type ProgramInputBase = ProgramFieldsInput;

/** An update's value of `key`, checked by `parse` (given the value and its field name); undefined when left out. */
function changed<I, K extends keyof I & string, V>(
  input: I,
  key: K,
  parse: (value: I[K], field: string) => V,
): V | undefined {
  return input[key] !== undefined ? parse(input[key], `input.${key}`) : undefined;
}

/** A list an update may replace but not null. */
const levels = (value: string[] | null | undefined, field: string) => levelList(notNull(value, field), field);

/** An update's changes to the fields every programme has. */
function commonChanges(input: ProgramInputBase) {
  return {
    title: changed(input, 'title', (v, f) => requireText(notNull(v, f), f, limits.title)),
    description: changed(input, 'description', (v, f) => optionalText(v, f, limits.description)),
    areas: changed(input, 'areas', (v, f) => areaList(notNull(v, f), f)),
    startsOn: changed(input, 'startsOn', optionalDate),
    endsOn: changed(input, 'endsOn', optionalDate),
    status: changed(input, 'status', (v, f) => notNull(v, f) ?? 'ANNOUNCED'),
    agreementId: changed(input, 'agreementId', optionalId),
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

function programIdOf(input: { id?: string | null; title: string }): string {
  return input.id != null ? assertValidId(input.id, 'input.id') : programIdFromTitle(input.title);
}

function assertSeatsNotBelowTaken(seats: number | null, taken: number): void {
  if (seats !== null && seats < taken)
    throw badUserInput('input.seats', `${taken} seats are already taken; seats cannot be fewer`);
}

/** A programme row as the writes handle it (the search columns are derived). */
type Program = InternshipProgram | ThesisProgram | TrainingProgram;
/** A programme as written: its search columns are derived from the rest. */
type Row<E extends Program> = Omit<E, 'sortTitle' | 'searchText'>;
type Stored<P> = Row<P & Program> & { id: string; version: number; startsOn: string | null; endsOn: string | null };

/** What differs between the three kinds of programme; the create and update flows are the same. */
interface ProgramKind<P extends Program> {
  entityType: 'InternshipProgram' | 'ThesisProgram' | 'TrainingProgram';
  /** "internship programme": the refusals' noun. */
  noun: string;
  entity: new () => P;
  findForUpdate(manager: EntityManager, id: string): Promise<Stored<P> | null>;
  insert(manager: EntityManager, program: Row<P>, links: string[]): Promise<void>;
  /** The institutions the programme links to (universities, providers); none for a thesis programme. */
  linksOf(manager: EntityManager, id: string): Promise<string[]>;
  replaceLinks(manager: EntityManager, id: string, links: readonly string[]): Promise<unknown>;
  searchColumns(program: Row<P>, links: readonly string[]): object;
  snapshot(program: Row<P>, links: readonly string[]): object;
  /** Seats taken now, where the programme counts seats. */
  seatsTaken?(manager: EntityManager, id: string): Promise<number>;
  /** Rules over the merged record of an update besides the date order. */
  checkMerged?(program: Row<P>): void;
}

/** The statements of a kind of programme's repository that the writes use. */
interface ProgramStatements<P extends Program> {
  findForUpdate(manager: EntityManager, id: string): Promise<P | null>;
  insert(manager: EntityManager, program: Row<P>, links: string[]): Promise<void>;
  searchColumns(program: Row<P>, links: readonly string[]): object;
}

/** A kind of programme from its repository and its links to institutions (none for thesis programmes). */
function programKind<P extends Program>(
  programs: ProgramStatements<P>,
  links: { idsOf: ProgramKind<P>['linksOf']; replace: ProgramKind<P>['replaceLinks'] } | null,
  kind: Pick<ProgramKind<P>, 'entityType' | 'noun' | 'entity' | 'snapshot' | 'seatsTaken' | 'checkMerged'>,
): ProgramKind<P> {
  return {
    ...kind,
    findForUpdate: (manager, id) => programs.findForUpdate(manager, id),
    insert: (manager, program, ids) => programs.insert(manager, program, ids),
    linksOf: links ? (manager, id) => links.idsOf(manager, id) : async () => [],
    replaceLinks: links ? (manager, id, ids) => links.replace(manager, id, ids) : async () => undefined,
    searchColumns: (program, ids) => programs.searchColumns(program, ids),
  };
}

/** A create's checked input: the programme, its links and the references to check. */
interface NewProgram<P> {
  program: P;
  links: string[];
  references: EntityReference[];
}

/** An update's checked input: the changed fields, the new links (undefined: unchanged) and the references. */
interface ProgramChanges<P> {
  changes: Partial<P>;
  links?: string[];
  references: EntityReference[];
}

/** What the create flow reads of any create mutation's arguments (e.g. MutationCreateThesisProgramArgs). */
type CreateArgs<T> = { input: T; idempotencyKey?: string | null };
/** What the update flow reads of any update mutation's arguments (e.g. MutationUpdateThesisProgramArgs). */
type UpdateArgs<T> = { id: string; expectedVersion?: number | null; input: T };

/**
 * Creates and updates programmes through the shared write pipeline: validation and
 * reference checks, then one transaction that also writes the audit entry (and a
 * create's idempotency key, when given).
 */
export class ProgramWrites {
  private readonly internship: ProgramKind<InternshipProgram>;
  private readonly thesis: ProgramKind<ThesisProgram>;
  private readonly training: ProgramKind<TrainingProgram>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly pipeline: WritePipeline,
  ) {
    const internshipPrograms = new InternshipProgramRepository(dataSource);
    const thesisPrograms = new ThesisProgramRepository(dataSource);
    const trainingPrograms = new TrainingProgramRepository(dataSource);
    const internships = new InternshipRepository(dataSource);
    const enrollments = new TrainingEnrollmentRepository(dataSource);
    this.internship = programKind(internshipPrograms, internshipPrograms.universities, {
      entityType: 'InternshipProgram',
      noun: 'internship programme',
      entity: InternshipProgram,
      snapshot: internshipProgramSnapshot,
      seatsTaken: (manager, id) => internships.countSeatsTaken(manager, id),
    });
    this.thesis = programKind(thesisPrograms, null, {
      entityType: 'ThesisProgram',
      noun: 'thesis programme',
      entity: ThesisProgram,
      snapshot: (program) => thesisProgramSnapshot(program),
      checkMerged: (program) => {
        if (program.industryPartnerId === program.universityId)
          throw badUserInput('input.industryPartnerId', 'must not be the university itself');
      },
    });
    this.training = programKind(trainingPrograms, trainingPrograms.providers, {
      entityType: 'TrainingProgram',
      noun: 'training programme',
      entity: TrainingProgram,
      snapshot: trainingProgramSnapshot,
      seatsTaken: (manager, id) => enrollments.countSeatsTaken(manager, id),
    });
  }

  // ─── internship programmes ──────────────────────────────────────────────────────

  createInternshipProgram(caller: Caller, args: MutationCreateInternshipProgramArgs) {
    return this.create(caller, 'createInternshipProgram', this.internship, args, (input) => {
      const fields = internshipProgramFieldRules(input, throwFirst, inputField);
      const program = {
        ...programBase(input, fields),
        hostId: fields.hostId ?? null,
        levels: fields.levels as string[],
        seats: fields.seats ?? null,
      };
      return {
        program,
        links: fields.universityIds ?? [],
        references: internshipProgramReferences(fields, inputField),
      };
    });
  }

  updateInternshipProgram(caller: Caller, args: MutationUpdateInternshipProgramArgs) {
    return this.update(caller, 'updateInternshipProgram', this.internship, args, (input) => {
      const changes = defined({
        ...commonChanges(input),
        hostId: changed(input, 'hostId', optionalId),
        levels: changed(input, 'levels', levels),
        seats: changed(input, 'seats', seatCount),
      });
      const links = changed(input, 'universityIds', (v, f) => idList(notNull(v, f), f));
      return {
        changes,
        links,
        references: internshipProgramReferences({ ...changes, universityIds: links }, inputField),
      };
    });
  }

  // ─── thesis programmes ─────────────────────────────────────────────────────────

  createThesisProgram(caller: Caller, args: MutationCreateThesisProgramArgs) {
    return this.create(caller, 'createThesisProgram', this.thesis, args, (input) => {
      const fields = thesisProgramFieldRules(input, throwFirst, inputField);
      const program = {
        ...programBase(input, fields),
        universityId: fields.universityId as string,
        industryPartnerId: fields.industryPartnerId ?? null,
        levels: fields.levels as string[],
      };
      return { program, links: [], references: thesisProgramReferences(fields, inputField) };
    });
  }

  updateThesisProgram(caller: Caller, args: MutationUpdateThesisProgramArgs) {
    return this.update(caller, 'updateThesisProgram', this.thesis, args, (input) => {
      const changes = defined({
        ...commonChanges(input),
        universityId: changed(input, 'universityId', (v, f) => assertValidId(notNull(v, f) as string, f)),
        industryPartnerId: changed(input, 'industryPartnerId', optionalId),
        levels: changed(input, 'levels', levels),
      });
      return {
        changes,
        references: thesisProgramReferences(changes, inputField),
      };
    });
  }

  // ─── training programmes ───────────────────────────────────────────────────────

  createTrainingProgram(caller: Caller, args: MutationCreateTrainingProgramArgs) {
    return this.create(caller, 'createTrainingProgram', this.training, args, (input) => {
      const fields = trainingProgramFieldRules(input, throwFirst, inputField);
      const program = {
        ...programBase(input, fields),
        kind: input.kind,
        audience: fields.audience ?? null,
        seats: fields.seats ?? null,
      };
      return {
        program,
        links: fields.providerIds as string[],
        references: trainingProgramReferences(fields, inputField),
      };
    });
  }

  updateTrainingProgram(caller: Caller, args: MutationUpdateTrainingProgramArgs) {
    return this.update(caller, 'updateTrainingProgram', this.training, args, (input) => {
      const changes = defined({
        ...commonChanges(input),
        kind: changed(input, 'kind', notNull),
        audience: changed(input, 'audience', (v, f) => optionalText(v, f, limits.audience)),
        seats: changed(input, 'seats', seatCount),
      });
      const links = changed(input, 'providerIds', (v, f) => idList(notNull(v, f), f, { min: 1 }));
      return {
        changes,
        links,
        references: trainingProgramReferences({ ...changes, providerIds: links }, inputField),
      };
    });
  }

  // ─── the flows ─────────────────────────────────────────────────────────────────

  /** A creation: the kind's rules (`build`), references, then the insert with its CREATE entry. */
  private async create<P extends Program, I extends ProgramInputBase>(
    caller: Caller,
    operation: string,
    kind: ProgramKind<P>,
    { input, idempotencyKey }: CreateArgs<I>,
    build: (input: I) => NewProgram<Omit<Row<P>, 'id' | 'version'> & { title: string }>,
  ): Promise<P> {
    const id = await this.pipeline.run(caller, {
      operation,
      idempotency: { key: idempotencyKey, input },
      check: async () => {
        refuseNulls(input);
        const built = build(input);
        const program = {
          ...built.program,
          id: programIdOf({ id: (input as { id?: string | null }).id, title: built.program.title }),
          version: 1,
        } as unknown as Row<P>;
        await this.references.assertExist(built.references);
        return { program, links: built.links };
      },
      write: async ({ manager, audit }, { program, links }) => {
        try {
          await kind.insert(manager, program, links);
        } catch (error) {
          // A taken id, even one taken concurrently, is the caller's to change.
          if (isDuplicateKey(error))
            throw conflict(`An ${kind.noun} with id "${program.id}" already exists`, { argumentName: 'input.id' });
          throw error;
        }
        await audit({
          entityType: kind.entityType,
          entityId: program.id,
          action: 'CREATE',
          before: null,
          after: kind.snapshot(program, links),
        });
        return program.id;
      },
    });
    return this.reload(kind.entity, id);
  }

  /** An update: the kind's rules (`prepare`), references, then the versioned write with its UPDATE entry. */
  private async update<P extends Program, I>(
    caller: Caller,
    operation: string,
    kind: ProgramKind<P>,
    { id, expectedVersion, input }: UpdateArgs<I>,
    prepare: (input: I) => ProgramChanges<Row<P>>,
  ): Promise<P> {
    await this.pipeline.run(caller, {
      operation,
      check: async () => {
        assertValidId(id, 'id');
        const prepared = prepare(input);
        await this.references.assertExist(prepared.references);
        return prepared;
      },
      write: async ({ manager, audit }, { changes, links }) => {
        const current = await kind.findForUpdate(manager, id);
        if (!current) throw badUserInput('id', `no ${kind.noun} has id "${id}"`);
        assertVersion(kind.noun, current, expectedVersion);
        const merged = { ...current, ...changes } as Stored<P>;
        assertDateOrder(merged.startsOn, merged.endsOn, 'input.endsOn', 'input.startsOn');
        kind.checkMerged?.(merged);
        const seats = (changes as { seats?: number | null }).seats;
        if (seats !== undefined && kind.seatsTaken) assertSeatsNotBelowTaken(seats, await kind.seatsTaken(manager, id));
        const currentLinks = await kind.linksOf(manager, id);
        const newLinks = links ?? currentLinks;
        const version = await updateVersioned(
          manager,
          kind.entity,
          id,
          current.version,
          { ...changes, ...kind.searchColumns(merged, newLinks) } as Partial<P>,
          kind.noun,
        );
        if (links) await kind.replaceLinks(manager, id, links);
        await audit({
          entityType: kind.entityType,
          entityId: id,
          action: 'UPDATE',
          before: kind.snapshot(current, currentLinks),
          after: kind.snapshot({ ...merged, version }, newLinks),
        });
        return id;
      },
    });
    return this.reload(kind.entity, id);
  }

  private reload<T extends Program>(target: new () => T, id: string): Promise<T> {
    return this.dataSource.getRepository(target).findOneByOrFail({ id } as never);
  }
}

/** The fields every programme has, from a creation's checked fields. */
function programBase(
  input: ProgramInputBase,
  fields: {
    title?: string;
    description?: string;
    areas?: string[];
    startsOn?: string;
    endsOn?: string;
    status?: string;
    agreementId?: string;
  },
) {
  return {
    title: fields.title as string,
    description: fields.description ?? null,
    areas: fields.areas ?? [],
    startsOn: fields.startsOn ?? null,
    endsOn: fields.endsOn ?? null,
    status: fields.status ?? 'ANNOUNCED',
    agreementId: fields.agreementId ?? null,
  };
}
