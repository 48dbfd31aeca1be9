import type { DataSource, EntityManager } from 'typeorm';
import {
  assertDateOrder,
  assertTransition,
  assertValidId,
  assertVersion,
  badUserInput,
  conflict,
  notTheirStudent,
  optionalDate,
  requireText,
  updateVersioned,
  type Caller,
  type EntityReference,
  type EntityReferenceChecker,
  type Lifecycle,
  type WritePipeline,
  type WriteScope,
  type Writer,
} from '@partnership-graph/shared';
import type {
  MutationEnrollInInternshipProgramArgs,
  MutationEnrollInTrainingProgramArgs,
  MutationRegisterThesisArgs,
  MutationTransitionInternshipArgs,
  MutationTransitionThesisArgs,
  MutationTransitionTrainingEnrollmentArgs,
  NewStudentInput,
} from '../generated/resolvers';
import { enrollmentSnapshot, internshipSnapshot, newStudentSnapshot, thesisSnapshot } from '../audit/snapshots';
import { Internship } from '../entities/Internship';
import type { InternshipProgram } from '../entities/InternshipProgram';
import type { ThesisProgram } from '../entities/ThesisProgram';
import type { TrainingProgram } from '../entities/TrainingProgram';
import { Student } from '../entities/Student';
import { Thesis } from '../entities/Thesis';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { InternshipRepository } from '../repositories/InternshipRepository';
import { programSearchColumns } from '../repositories/programQuery';
import { StudentRepository } from '../repositories/StudentRepository';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { ThesisRepository } from '../repositories/ThesisRepository';
import { TrainingEnrollmentRepository } from '../repositories/TrainingEnrollmentRepository';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';
import { enrollmentLifecycle, internshipLifecycle, thesisLifecycle } from '../statuses';
import {
  assertOpen,
  assertWithinProgram,
  limits,
  newRecordId,
  now,
  studentChoice,
  thesisYear,
  type StudentChoice,
} from './validation';

/** A status change's arguments: the record, its new status and the version the caller saw. */
export type Transition =
  MutationTransitionInternshipArgs | MutationTransitionThesisArgs | MutationTransitionTrainingEnrollmentArgs;

/** The individual records, by their GraphQL type. */
type RecordType = 'Internship' | 'Thesis' | 'TrainingEnrollment';
type StudentRecord = Internship | Thesis | TrainingEnrollment;
type RecordOf = { Internship: Internship; Thesis: Thesis; TrainingEnrollment: TrainingEnrollment };

function studentRefs(choice: StudentChoice): EntityReference[] {
  return choice.kind === 'new' && choice.universityId
    ? [{ typename: 'Institution', id: choice.universityId, field: 'input.student.universityId' }]
    : [];
}

/** Who the record is for, checked before the transaction; a registrar may create students only for their own university. */
function checkedStudent(writer: Writer, input: { studentId?: string | null; student?: NewStudentInput | null }) {
  const choice = studentChoice(input);
  if (writer.onlyStudentsOf !== null && choice.kind === 'new' && choice.universityId !== writer.onlyStudentsOf) {
    throw notTheirStudent(writer, 'input.student.universityId');
  }
  return choice;
}

function recordDates(input: { startsOn?: string | null; endsOn?: string | null }) {
  const startsOn = optionalDate(input.startsOn, 'input.startsOn');
  const endsOn = optionalDate(input.endsOn, 'input.endsOn');
  assertDateOrder(startsOn, endsOn, 'input.endsOn', 'input.startsOn');
  return { startsOn, endsOn };
}

function assertLevelOffered(program: { levels: string[] }, level: string): void {
  if (!program.levels.includes(level)) {
    throw badUserInput(
      'input.level',
      `the programme offers ${program.levels.join(', ') || 'no level yet'}, not ${level}`,
    );
  }
}

/** A programme a record is written into, as the enrolment reads it (locked). */
interface SeatedProgram {
  id: string;
  status: string;
  seats?: number | null;
}

/** What differs between enrolling in an internship or training programme and registering a thesis. */
interface Enrolment<P extends SeatedProgram, R extends StudentRecord> {
  entityType: RecordType;
  /** "internship programme": the refusals' noun. */
  programNoun: string;
  programId: string;
  choice: StudentChoice;
  /** Reads the programme and locks its row (MySQL): writes into one programme take turns from there on. */
  findProgram(manager: EntityManager, id: string): Promise<P | null>;
  /** Refuses a record the programme does not take (levels, dates). */
  assertTakes(program: P): void;
  /** Refuses a student the programme does not take (universities). */
  assertTakesStudent?(manager: EntityManager, program: P, student: Student): Promise<void> | void;
  /** The refusal of a second current record of the same student in the programme. */
  already: string;
  /** The records' repository: a student's current record, the seats taken (where the programme counts seats), the insert. */
  records: {
    hasCurrent(manager: EntityManager, programId: string, studentId: string): Promise<boolean>;
    countSeatsTaken?(manager: EntityManager, programId: string): Promise<number>;
    insert(manager: EntityManager, record: R): Promise<void>;
  };
  /** The record's own fields; its id, programme, student, version and creation time are added. */
  build(program: P, student: Student): Omit<R, NewRecordFields>;
  snapshot(record: R): object;
}

/** What every new record has besides its own fields. */
type NewRecordFields = 'id' | 'programId' | 'studentId' | 'version' | 'createdAt';

/** The records with a lifecycle: how a status change reads, moves and records them. */
interface Movable<R extends StudentRecord> {
  entityType: RecordType;
  entity: new () => R;
  lifecycle: Lifecycle;
  findForUpdate(manager: EntityManager, id: string): Promise<R | null>;
  snapshot(record: R): object;
}

/**
 * Enrolments, thesis registrations and status changes, through the shared write
 * pipeline (authorization by writePolicy, checks, one transaction with the audit
 * entry). Each write locks the programme (or record) row first, so concurrent writers
 * of the same programme take turns: seats are a hard limit. A create's idempotency key
 * makes a repeat answer the record the first call created, with no second student.
 */
export class RecordWrites {
  private readonly internshipPrograms: InternshipProgramRepository;
  private readonly thesisPrograms: ThesisProgramRepository;
  private readonly trainingPrograms: TrainingProgramRepository;
  private readonly internships: InternshipRepository;
  private readonly theses: ThesisRepository;
  private readonly enrollments: TrainingEnrollmentRepository;
  private readonly students: StudentRepository;
  private readonly movable: { [T in RecordType]: Movable<StudentRecord> };

  constructor(
    private readonly dataSource: DataSource,
    private readonly references: EntityReferenceChecker,
    private readonly pipeline: WritePipeline,
  ) {
    this.internshipPrograms = new InternshipProgramRepository(dataSource);
    this.thesisPrograms = new ThesisProgramRepository(dataSource);
    this.trainingPrograms = new TrainingProgramRepository(dataSource);
    this.internships = new InternshipRepository(dataSource);
    this.theses = new ThesisRepository(dataSource);
    this.enrollments = new TrainingEnrollmentRepository(dataSource);
    this.students = new StudentRepository(dataSource);
    const movable = <R extends StudentRecord>(m: Movable<R>) => m as unknown as Movable<StudentRecord>;
    this.movable = {
      Internship: movable<Internship>({
        entityType: 'Internship',
        entity: Internship,
        lifecycle: internshipLifecycle,
        findForUpdate: (manager, id) => this.internships.findForUpdate(manager, id),
        snapshot: internshipSnapshot,
      }),
      Thesis: movable<Thesis>({
        entityType: 'Thesis',
        entity: Thesis,
        lifecycle: thesisLifecycle,
        findForUpdate: (manager, id) => this.theses.findForUpdate(manager, id),
        snapshot: thesisSnapshot,
      }),
      TrainingEnrollment: movable<TrainingEnrollment>({
        entityType: 'TrainingEnrollment',
        entity: TrainingEnrollment,
        lifecycle: enrollmentLifecycle,
        findForUpdate: (manager, id) => this.enrollments.findForUpdate(manager, id),
        snapshot: enrollmentSnapshot,
      }),
    };
  }

  enrollInInternshipProgram(caller: Caller, args: MutationEnrollInInternshipProgramArgs) {
    const { input } = args;
    return this.register(caller, 'enrollInInternshipProgram', args, Internship, async (writer) => {
      const { programId, choice, startsOn, endsOn } = await this.datedEnrolment(writer, input);
      return this.enrolment<InternshipProgram, Internship>({
        entityType: 'Internship',
        programNoun: 'internship programme',
        programId,
        choice,
        findProgram: (manager, id) => this.internshipPrograms.findForUpdate(manager, id),
        assertTakes: (program) => {
          assertLevelOffered(program, input.level);
          assertWithinProgram(program, startsOn, endsOn);
        },
        assertTakesStudent: async (manager, program, student) => {
          const universities = await this.internshipPrograms.universities.idsOf(manager, program.id);
          if (universities.length && !universities.includes(student.universityId ?? '')) {
            throw badUserInput(choice.field, `the programme takes students of ${universities.join(', ')} only`);
          }
        },
        already: 'The student already has an internship in',
        records: this.internships,
        build: () => ({
          level: input.level,
          startsOn,
          endsOn,
          status: 'PLANNED',
        }),
        snapshot: internshipSnapshot,
      });
    });
  }

  enrollInTrainingProgram(caller: Caller, args: MutationEnrollInTrainingProgramArgs) {
    const { input } = args;
    return this.register(caller, 'enrollInTrainingProgram', args, TrainingEnrollment, async (writer) => {
      const { programId, choice, startsOn, endsOn } = await this.datedEnrolment(writer, input);
      return this.enrolment<TrainingProgram, TrainingEnrollment>({
        entityType: 'TrainingEnrollment',
        programNoun: 'training programme',
        programId,
        choice,
        findProgram: (manager, id) => this.trainingPrograms.findForUpdate(manager, id),
        assertTakes: (program) => assertWithinProgram(program, startsOn, endsOn),
        already: 'The participant is already enrolled in',
        records: this.enrollments,
        build: () => ({
          startsOn,
          endsOn,
          status: 'PLANNED',
        }),
        snapshot: enrollmentSnapshot,
      });
    });
  }

  registerThesis(caller: Caller, args: MutationRegisterThesisArgs) {
    const { input } = args;
    return this.register(caller, 'registerThesis', args, Thesis, async (writer) => {
      const programId = assertValidId(input.programId, 'input.programId');
      const choice = checkedStudent(writer, input);
      const title = requireText(input.title, 'input.title', limits.thesisTitle);
      const year = thesisYear(input.year, 'input.year');
      const academicSupervisorId = assertValidId(input.academicSupervisorId, 'input.academicSupervisorId');
      const industrySupervisorId = assertValidId(input.industrySupervisorId, 'input.industrySupervisorId');
      if (academicSupervisorId === industrySupervisorId) {
        throw badUserInput('input.industrySupervisorId', 'must be another person than the academic supervisor');
      }
      await this.references.assertExist([
        { typename: 'Person', id: academicSupervisorId, field: 'input.academicSupervisorId' },
        { typename: 'Person', id: industrySupervisorId, field: 'input.industrySupervisorId' },
        ...studentRefs(choice),
      ]);
      return this.enrolment<ThesisProgram, Thesis>({
        entityType: 'Thesis',
        programNoun: 'thesis programme',
        programId,
        choice,
        findProgram: (manager, id) => this.thesisPrograms.findForUpdate(manager, id),
        assertTakes: (program) => assertLevelOffered(program, input.level),
        assertTakesStudent: (_manager, program, student) => {
          if (student.universityId !== program.universityId) {
            throw badUserInput(choice.field, `the programme takes students of ${program.universityId} only`);
          }
        },
        already: 'The student already has a thesis in',
        records: this.theses,
        build: () => ({
          title,
          level: input.level,
          year,
          academicSupervisorId,
          industrySupervisorId,
          status: 'PROPOSED',
          searchText: programSearchColumns(title, []).searchText,
        }),
        snapshot: thesisSnapshot,
      });
    });
  }

  /**
   * Moves an internship, thesis or training enrolment to another status: the record's
   * lifecycle (statuses.ts) must allow the move, and `expectedVersion`, when given, must
   * be the record's version. Records a TRANSITION audit entry. `statusArgument` names
   * the argument that carries the new status (`status` in the older mutations).
   */
  async transition<T extends RecordType>(
    caller: Caller,
    type: T,
    operation: string,
    args: Transition,
    statusArgument = 'to',
  ): Promise<RecordOf[T]> {
    const kind = this.movable[type];
    const id = await this.pipeline.run(caller, {
      operation,
      check: () => assertValidId(args.id, 'id'),
      write: async ({ manager, audit }, id) => {
        const current = await kind.findForUpdate(manager, id);
        if (!current) throw badUserInput('id', `no ${kind.lifecycle.noun} has id "${id}"`);
        assertVersion(kind.lifecycle.noun, current, args.expectedVersion);
        assertTransition(kind.lifecycle, id, current.status, args.to, statusArgument);
        const version = await updateVersioned(manager, kind.entity, id, current.version, { status: args.to });
        await audit({
          entityType: kind.entityType,
          entityId: id,
          action: 'TRANSITION',
          before: kind.snapshot(current),
          after: kind.snapshot({ ...current, status: args.to, version } as StudentRecord),
        });
        return id;
      },
    });
    return this.reload(kind.entity, id) as Promise<RecordOf[T]>;
  }

  /**
   * A new record of a student in a programme: `check` validates the input and its
   * references and answers the enrolment's write, run in the pipeline's transaction;
   * answers the new record.
   */
  /** What an internship or training enrolment checks first: the programme id, the student, the dates, a new student's university. */
  private async datedEnrolment(
    writer: Writer,
    input: { programId: string; studentId?: string | null; student?: NewStudentInput | null } & Parameters<
      typeof recordDates
    >[0],
  ) {
    const programId = assertValidId(input.programId, 'input.programId');
    const choice = checkedStudent(writer, input);
    const { startsOn, endsOn } = recordDates(input);
    await this.references.assertExist(studentRefs(choice));
    return { programId, choice, startsOn, endsOn };
  }

  private async register<R extends StudentRecord>(
    caller: Caller,
    operation: string,
    { input, idempotencyKey }: { input: unknown; idempotencyKey?: string | null },
    entity: new () => R,
    check: (writer: Writer) => Promise<(scope: WriteScope) => Promise<string>>,
  ): Promise<R> {
    const id = await this.pipeline.run(caller, {
      operation,
      idempotency: { key: idempotencyKey, input },
      check,
      write: (scope, enrol) => enrol(scope),
    });
    return this.reload(entity, id);
  }

  /** An enrolment's write, run in the pipeline's transaction once the checks have passed. */
  private enrolment<P extends SeatedProgram, R extends StudentRecord>(e: Enrolment<P, R>) {
    return async ({ manager, writer, audit }: WriteScope) => {
      const program = await e.findProgram(manager, e.programId);
      if (!program) throw badUserInput('input.programId', `no ${e.programNoun} has id "${e.programId}"`);
      assertOpen(program, e.programNoun);
      e.assertTakes(program);
      const student = await this.studentFor(manager, e.choice, writer);
      await e.assertTakesStudent?.(manager, program, student);
      if (e.choice.kind === 'existing' && (await e.records.hasCurrent(manager, program.id, student.id))) {
        throw conflict(`${e.already} "${program.id}"`, { argumentName: 'input.studentId' });
      }
      const seats = program.seats ?? null;
      if (
        seats !== null &&
        e.records.countSeatsTaken &&
        (await e.records.countSeatsTaken(manager, program.id)) >= seats
      ) {
        throw conflict(`The ${e.programNoun} "${program.id}" is full: all ${seats} seats are taken`, {
          argumentName: 'input.programId',
          seats,
        });
      }
      if (e.choice.kind === 'new') await this.students.insert(manager, student);
      const record = {
        id: newRecordId(),
        programId: program.id,
        studentId: student.id,
        ...e.build(program, student),
        version: 1,
        createdAt: now(),
      } as R;
      await e.records.insert(manager, record);
      // What the entry says about a new student: its id and university, never its name.
      const newStudent = e.choice.kind === 'new' ? { newStudent: newStudentSnapshot(student) } : {};
      await audit({
        entityType: e.entityType,
        entityId: record.id,
        action: 'CREATE',
        before: null,
        after: { ...e.snapshot(record), ...newStudent },
      });
      return record.id;
    };
  }

  /** The existing student, or the new one to insert (not written yet). */
  private async studentFor(manager: EntityManager, choice: StudentChoice, writer: Writer): Promise<Student> {
    if (choice.kind === 'existing') {
      const student = await this.students.findOne(manager, choice.id);
      // A registrar learns nothing about students of other universities, not even that they exist.
      if (writer.onlyStudentsOf !== null && student?.universityId !== writer.onlyStudentsOf)
        throw notTheirStudent(writer, 'input.studentId');
      if (!student) throw badUserInput('input.studentId', `no student has id "${choice.id}"`);
      return student;
    }
    return {
      id: newRecordId(),
      name: choice.name,
      email: choice.email,
      universityId: choice.universityId,
      createdAt: now(),
    };
  }

  private reload<T extends StudentRecord>(target: new () => T, id: string): Promise<T> {
    return this.dataSource.getRepository(target).findOneByOrFail({ id } as never);
  }
}
