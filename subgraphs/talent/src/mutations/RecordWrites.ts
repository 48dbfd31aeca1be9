import type { DataSource, EntityManager } from 'typeorm';
import {
  assertDateOrder,
  assertValidId,
  badUserInput,
  conflict,
  optionalDate,
  requireText,
  replayCreatedId,
  updateVersioned,
  type EntityReference,
  type IdempotencyKeys,
  type EntityReferenceChecker,
} from '@partnership-graph/shared';
import { notTheirStudent, type Writer } from '../access/writeAccess';
import { AuditLog } from '../audit/AuditLog';
import { enrollmentSnapshot, internshipSnapshot, newStudentSnapshot, thesisSnapshot } from '../audit/snapshots';
import { Internship } from '../entities/Internship';
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
import { enrollmentMoves, internshipMoves, thesisMoves } from '../statuses';
import { writeTransaction } from '@partnership-graph/shared';
import {
  assertMove,
  assertOpen,
  assertWithinProgram,
  limits,
  newRecordId,
  now,
  studentChoice,
  thesisYear,
  versionConflict,
  type NewStudentInput,
  type StudentChoice,
} from './validation';

export interface EnrollInInternshipProgramInput {
  programId: string;
  studentId?: string | null;
  student?: NewStudentInput | null;
  level: string;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface EnrollInTrainingProgramInput {
  programId: string;
  studentId?: string | null;
  student?: NewStudentInput | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface RegisterThesisInput {
  programId: string;
  studentId?: string | null;
  student?: NewStudentInput | null;
  title: string;
  level: string;
  year: number;
  academicSupervisorId: string;
  industrySupervisorId: string;
}

function studentRefs(choice: StudentChoice): EntityReference[] {
  return choice.kind === 'new' && choice.universityId
    ? [{ typename: 'Institution', id: choice.universityId, field: 'input.student.universityId' }]
    : [];
}

/** A registrar may create students only for their own university. */
function assertMayCreate(writer: Writer, choice: StudentChoice): void {
  if (writer.onlyStudentsOf !== null && choice.kind === 'new' && choice.universityId !== writer.onlyStudentsOf) {
    throw notTheirStudent(writer, 'input.student.universityId');
  }
}

/** What the audit entry of a new record says about its student: a new one's id and university, never its name. */
function createdStudent(choice: StudentChoice, student: Student) {
  return choice.kind === 'new' ? { newStudent: newStudentSnapshot(student) } : {};
}

function recordDates(input: { startsOn?: string | null; endsOn?: string | null }) {
  const startsOn = optionalDate(input.startsOn, 'input.startsOn');
  const endsOn = optionalDate(input.endsOn, 'input.endsOn');
  assertDateOrder(startsOn, endsOn, 'input.endsOn', 'input.startsOn');
  return { startsOn, endsOn };
}

function full(program: { id: string; seats: number | null }, what: string) {
  return conflict(`The ${what} "${program.id}" is full: all ${program.seats} seats are taken`, {
    argumentName: 'input.programId',
    seats: program.seats,
  });
}

/**
 * Enrolments, thesis registrations and status moves. Each validates its input and
 * checks foreign references first, then does all its reads and writes in one
 * transaction that starts by locking the programme (or record) row, so that
 * concurrent writers of the same programme take turns: seats are a hard limit. The
 * same transaction writes the audit entry (and a create's idempotency key, when given:
 * a repeat answers the record the first call created, with no second student).
 */
export class RecordWrites {
  private readonly internshipPrograms: InternshipProgramRepository;
  private readonly thesisPrograms: ThesisProgramRepository;
  private readonly trainingPrograms: TrainingProgramRepository;
  private readonly internships: InternshipRepository;
  private readonly theses: ThesisRepository;
  private readonly enrollments: TrainingEnrollmentRepository;
  private readonly students: StudentRepository;
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
    this.theses = new ThesisRepository(dataSource);
    this.enrollments = new TrainingEnrollmentRepository(dataSource);
    this.students = new StudentRepository(dataSource);
    this.audit = new AuditLog(dataSource);
  }

  async enrollInInternshipProgram(
    input: EnrollInInternshipProgramInput,
    writer: Writer,
    idempotencyKey?: string | null,
  ): Promise<Internship> {
    const programId = assertValidId(input.programId, 'input.programId');
    const choice = studentChoice(input);
    assertMayCreate(writer, choice);
    const { startsOn, endsOn } = recordDates(input);
    await this.references.assertExist(studentRefs(choice));
    const call = { key: idempotencyKey, caller: writer.actor, operation: 'enrollInInternshipProgram', input };
    const id = await this.idempotency.run(
      this.dataSource,
      call,
      async (manager) => {
        // Locks the programme row (MySQL): enrolments into one programme take turns from here on.
        const program = await this.internshipPrograms.findForUpdate(manager, programId);
        if (!program) throw badUserInput('input.programId', `no internship programme has id "${programId}"`);
        assertOpen(program, 'internship programme');
        if (!program.levels.includes(input.level)) {
          throw badUserInput(
            'input.level',
            `the programme offers ${program.levels.join(', ') || 'no level yet'}, not ${input.level}`,
          );
        }
        assertWithinProgram(program, startsOn, endsOn);
        const student = await this.studentFor(manager, choice, writer);
        const universities = await this.internshipPrograms.universityIdsOf(manager, programId);
        if (universities.length && !universities.includes(student.universityId ?? '')) {
          throw badUserInput(choice.field, `the programme takes students of ${universities.join(', ')} only`);
        }
        if (choice.kind === 'existing' && (await this.internships.hasCurrent(manager, programId, student.id))) {
          throw conflict(`The student already has an internship in "${programId}"`, {
            argumentName: 'input.studentId',
          });
        }
        if (program.seats !== null && (await this.internships.countSeatsTaken(manager, programId)) >= program.seats) {
          throw full(program, 'internship programme');
        }
        if (choice.kind === 'new') await this.students.insert(manager, student);
        const internship: Internship = {
          id: newRecordId(),
          programId,
          studentId: student.id,
          level: input.level,
          startsOn,
          endsOn,
          status: 'PLANNED',
          version: 1,
          createdAt: now(),
        };
        await this.internships.insert(manager, internship);
        await this.audit.record(manager, {
          entityType: 'Internship',
          entityId: internship.id,
          action: 'CREATE',
          actor: writer.actor,
          before: null,
          after: { ...internshipSnapshot(internship), ...createdStudent(choice, student) },
        });
        return internship.id;
      },
      replayCreatedId,
    );
    return this.reload(Internship, id);
  }

  async enrollInTrainingProgram(
    input: EnrollInTrainingProgramInput,
    writer: Writer,
    idempotencyKey?: string | null,
  ): Promise<TrainingEnrollment> {
    const programId = assertValidId(input.programId, 'input.programId');
    const choice = studentChoice(input);
    assertMayCreate(writer, choice);
    const { startsOn, endsOn } = recordDates(input);
    await this.references.assertExist(studentRefs(choice));
    const call = { key: idempotencyKey, caller: writer.actor, operation: 'enrollInTrainingProgram', input };
    const id = await this.idempotency.run(
      this.dataSource,
      call,
      async (manager) => {
        const program = await this.trainingPrograms.findForUpdate(manager, programId);
        if (!program) throw badUserInput('input.programId', `no training programme has id "${programId}"`);
        assertOpen(program, 'training programme');
        assertWithinProgram(program, startsOn, endsOn);
        const student = await this.studentFor(manager, choice, writer);
        if (choice.kind === 'existing' && (await this.enrollments.hasCurrent(manager, programId, student.id))) {
          throw conflict(`The participant is already enrolled in "${programId}"`, { argumentName: 'input.studentId' });
        }
        if (program.seats !== null && (await this.enrollments.countSeatsTaken(manager, programId)) >= program.seats) {
          throw full(program, 'training programme');
        }
        if (choice.kind === 'new') await this.students.insert(manager, student);
        const enrollment: TrainingEnrollment = {
          id: newRecordId(),
          programId,
          studentId: student.id,
          startsOn,
          endsOn,
          status: 'PLANNED',
          version: 1,
          createdAt: now(),
        };
        await this.enrollments.insert(manager, enrollment);
        await this.audit.record(manager, {
          entityType: 'TrainingEnrollment',
          entityId: enrollment.id,
          action: 'CREATE',
          actor: writer.actor,
          before: null,
          after: { ...enrollmentSnapshot(enrollment), ...createdStudent(choice, student) },
        });
        return enrollment.id;
      },
      replayCreatedId,
    );
    return this.reload(TrainingEnrollment, id);
  }

  async registerThesis(input: RegisterThesisInput, writer: Writer, idempotencyKey?: string | null): Promise<Thesis> {
    const programId = assertValidId(input.programId, 'input.programId');
    const choice = studentChoice(input);
    assertMayCreate(writer, choice);
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
    const call = { key: idempotencyKey, caller: writer.actor, operation: 'registerThesis', input };
    const id = await this.idempotency.run(
      this.dataSource,
      call,
      async (manager) => {
        const program = await this.thesisPrograms.findForUpdate(manager, programId);
        if (!program) throw badUserInput('input.programId', `no thesis programme has id "${programId}"`);
        assertOpen(program, 'thesis programme');
        if (!program.levels.includes(input.level)) {
          throw badUserInput(
            'input.level',
            `the programme offers ${program.levels.join(', ') || 'no level yet'}, not ${input.level}`,
          );
        }
        const student = await this.studentFor(manager, choice, writer);
        if (student.universityId !== program.universityId) {
          throw badUserInput(choice.field, `the programme takes students of ${program.universityId} only`);
        }
        if (choice.kind === 'existing' && (await this.theses.hasCurrent(manager, programId, student.id))) {
          throw conflict(`The student already has a thesis in "${programId}"`, { argumentName: 'input.studentId' });
        }
        if (choice.kind === 'new') await this.students.insert(manager, student);
        const thesis: Thesis = {
          id: newRecordId(),
          programId,
          studentId: student.id,
          title,
          level: input.level,
          year,
          academicSupervisorId,
          industrySupervisorId,
          status: 'PROPOSED',
          version: 1,
          createdAt: now(),
          searchText: programSearchColumns(title, []).searchText,
        };
        await this.theses.insert(manager, thesis);
        await this.audit.record(manager, {
          entityType: 'Thesis',
          entityId: thesis.id,
          action: 'CREATE',
          actor: writer.actor,
          before: null,
          after: { ...thesisSnapshot(thesis), ...createdStudent(choice, student) },
        });
        return thesis.id;
      },
      replayCreatedId,
    );
    return this.reload(Thesis, id);
  }

  // ─── status moves ──────────────────────────────────────────────────────────────

  async changeInternshipStatus(
    id: string,
    status: string,
    expectedVersion: number | null | undefined,
    writer: Writer,
  ): Promise<Internship> {
    assertValidId(id, 'id');
    await writeTransaction(this.dataSource, async (manager) => {
      const current = await this.internships.findForUpdate(manager, id);
      if (!current) throw badUserInput('id', `no internship has id "${id}"`);
      this.checkVersion(current, expectedVersion);
      assertMove(internshipMoves, 'internship', current.status, status);
      const version = await updateVersioned(manager, Internship, id, current.version, { status });
      await this.audit.record(manager, {
        entityType: 'Internship',
        entityId: id,
        action: 'TRANSITION',
        actor: writer.actor,
        before: internshipSnapshot(current),
        after: internshipSnapshot({ ...current, status, version }),
      });
    });
    return this.reload(Internship, id);
  }

  async changeThesisStatus(
    id: string,
    status: string,
    expectedVersion: number | null | undefined,
    writer: Writer,
  ): Promise<Thesis> {
    assertValidId(id, 'id');
    await writeTransaction(this.dataSource, async (manager) => {
      const current = await this.theses.findForUpdate(manager, id);
      if (!current) throw badUserInput('id', `no thesis has id "${id}"`);
      this.checkVersion(current, expectedVersion);
      assertMove(thesisMoves, 'thesis', current.status, status);
      const version = await updateVersioned(manager, Thesis, id, current.version, { status });
      await this.audit.record(manager, {
        entityType: 'Thesis',
        entityId: id,
        action: 'TRANSITION',
        actor: writer.actor,
        before: thesisSnapshot(current),
        after: thesisSnapshot({ ...current, status, version }),
      });
    });
    return this.reload(Thesis, id);
  }

  async changeTrainingEnrollmentStatus(
    id: string,
    status: string,
    expectedVersion: number | null | undefined,
    writer: Writer,
  ): Promise<TrainingEnrollment> {
    assertValidId(id, 'id');
    await writeTransaction(this.dataSource, async (manager) => {
      const current = await this.enrollments.findForUpdate(manager, id);
      if (!current) throw badUserInput('id', `no training enrolment has id "${id}"`);
      this.checkVersion(current, expectedVersion);
      assertMove(enrollmentMoves, 'training enrolment', current.status, status);
      const version = await updateVersioned(manager, TrainingEnrollment, id, current.version, { status });
      await this.audit.record(manager, {
        entityType: 'TrainingEnrollment',
        entityId: id,
        action: 'TRANSITION',
        actor: writer.actor,
        before: enrollmentSnapshot(current),
        after: enrollmentSnapshot({ ...current, status, version }),
      });
    });
    return this.reload(TrainingEnrollment, id);
  }

  // ─── helpers ───────────────────────────────────────────────────────────────────

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

  private checkVersion(current: { id: string; version: number }, expected: number | null | undefined): void {
    if (expected != null && expected !== current.version) throw versionConflict(current.id, expected, current.version);
  }

  private reload<T extends Internship | Thesis | TrainingEnrollment>(target: new () => T, id: string): Promise<T> {
    return this.dataSource.getRepository(target).findOneByOrFail({ id } as never);
  }
}
