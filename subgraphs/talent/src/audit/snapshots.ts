import type { Internship } from '../entities/Internship';
import type { InternshipProgram } from '../entities/InternshipProgram';
import type { Student } from '../entities/Student';
import type { Thesis } from '../entities/Thesis';
import type { ThesisProgram } from '../entities/ThesisProgram';
import type { TrainingEnrollment } from '../entities/TrainingEnrollment';
import type { TrainingProgram } from '../entities/TrainingProgram';

/**
 * What the audit log keeps of a record: named fields only (never a spread of the row),
 * so that personal data — a student's name and email — can never reach it. A record
 * names its student by id; a student created with it adds only its id and university.
 */

type ProgramRow = Omit<InternshipProgram, 'sortTitle' | 'searchText'>;

/** The fields every kind of programme keeps, split where each kind's own fields go so the log's order stays. */
type SharedProgramFields = Pick<
  ProgramRow,
  'id' | 'title' | 'description' | 'startsOn' | 'endsOn' | 'status' | 'agreementId' | 'version'
>;

function programHead(p: SharedProgramFields) {
  return { id: p.id, title: p.title, description: p.description };
}

function programTail(p: SharedProgramFields) {
  return { startsOn: p.startsOn, endsOn: p.endsOn, status: p.status, agreementId: p.agreementId, version: p.version };
}

export function internshipProgramSnapshot(p: ProgramRow, universityIds: readonly string[]) {
  return {
    ...programHead(p),
    hostId: p.hostId,
    universityIds: [...universityIds],
    levels: p.levels,
    areas: p.areas,
    seats: p.seats,
    ...programTail(p),
  };
}

export function thesisProgramSnapshot(p: Omit<ThesisProgram, 'sortTitle' | 'searchText'>) {
  return {
    ...programHead(p),
    universityId: p.universityId,
    industryPartnerId: p.industryPartnerId,
    levels: p.levels,
    areas: p.areas,
    ...programTail(p),
  };
}

export function trainingProgramSnapshot(
  p: Omit<TrainingProgram, 'sortTitle' | 'searchText'>,
  providerIds: readonly string[],
) {
  return {
    ...programHead(p),
    kind: p.kind,
    providerIds: [...providerIds],
    audience: p.audience,
    areas: p.areas,
    seats: p.seats,
    ...programTail(p),
  };
}

/** A student created by the mutation: its id and university, never its name or email. */
export function newStudentSnapshot(student: Pick<Student, 'id' | 'universityId'>) {
  return { id: student.id, universityId: student.universityId };
}

export function internshipSnapshot(r: Internship) {
  return {
    id: r.id,
    programId: r.programId,
    studentId: r.studentId,
    level: r.level,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status,
    version: r.version,
  };
}

export function thesisSnapshot(r: Omit<Thesis, 'searchText'>) {
  return {
    id: r.id,
    programId: r.programId,
    studentId: r.studentId,
    title: r.title,
    level: r.level,
    year: r.year,
    academicSupervisorId: r.academicSupervisorId,
    industrySupervisorId: r.industrySupervisorId,
    status: r.status,
    version: r.version,
  };
}

export function enrollmentSnapshot(r: TrainingEnrollment) {
  return {
    id: r.id,
    programId: r.programId,
    studentId: r.studentId,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    status: r.status,
    version: r.version,
  };
}
