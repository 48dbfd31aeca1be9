import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createCitationsLoader,
  createClaimsLoader,
  createSourceDocumentLoader,
  createSourcesCitedLoader,
  groupRows,
  indexRows,
} from '@partnership-graph/shared';
import type { Internship } from '../entities/Internship';
import type { InternshipProgram } from '../entities/InternshipProgram';
import type { Student } from '../entities/Student';
import type { Thesis } from '../entities/Thesis';
import type { ThesisProgram } from '../entities/ThesisProgram';
import type { TrainingEnrollment } from '../entities/TrainingEnrollment';
import type { TrainingProgram } from '../entities/TrainingProgram';
import {
  InternshipProgramRepository,
  type InstitutionInternshipProgram,
} from '../repositories/InternshipProgramRepository';
import { InternshipRepository } from '../repositories/InternshipRepository';
import type { InstitutionCounts, StatusCounts } from '../repositories/recordQuery';
import { StudentRepository } from '../repositories/StudentRepository';
import { ThesisProgramRepository, type InstitutionThesisProgram } from '../repositories/ThesisProgramRepository';
import { ThesisRepository } from '../repositories/ThesisRepository';
import { TrainingEnrollmentRepository } from '../repositories/TrainingEnrollmentRepository';
import { TrainingProgramRepository, type InstitutionTrainingProgram } from '../repositories/TrainingProgramRepository';

const noCounts: InstitutionCounts = { programs: 0, statuses: {} };

/** The loaders of one request: each batches every lookup of its kind into one statement. */
export function createLoaders(dataSource: DataSource) {
  const internshipPrograms = new InternshipProgramRepository(dataSource);
  const thesisPrograms = new ThesisProgramRepository(dataSource);
  const trainingPrograms = new TrainingProgramRepository(dataSource);
  const internships = new InternshipRepository(dataSource);
  const theses = new ThesisRepository(dataSource);
  const enrollments = new TrainingEnrollmentRepository(dataSource);
  const students = new StudentRepository(dataSource);
  return {
    internshipProgram: new DataLoader<string, InternshipProgram | null>(async (ids) =>
      indexRows(ids, await internshipPrograms.findByIds(ids), (p) => p.id),
    ),
    thesisProgram: new DataLoader<string, ThesisProgram | null>(async (ids) =>
      indexRows(ids, await thesisPrograms.findByIds(ids), (p) => p.id),
    ),
    trainingProgram: new DataLoader<string, TrainingProgram | null>(async (ids) =>
      indexRows(ids, await trainingPrograms.findByIds(ids), (p) => p.id),
    ),
    internship: new DataLoader<string, Internship | null>(async (ids) =>
      indexRows(ids, await internships.findByIds(ids), (r) => r.id),
    ),
    thesis: new DataLoader<string, Thesis | null>(async (ids) =>
      indexRows(ids, await theses.findByIds(ids), (r) => r.id),
    ),
    trainingEnrollment: new DataLoader<string, TrainingEnrollment | null>(async (ids) =>
      indexRows(ids, await enrollments.findByIds(ids), (r) => r.id),
    ),
    student: new DataLoader<string, Student | null>(async (ids) =>
      indexRows(ids, await students.findByIds(ids), (s) => s.id),
    ),

    universitiesByInternshipProgram: new DataLoader<string, string[]>(async (ids) =>
      groupRows(ids, await internshipPrograms.universitiesOf(ids), (u) => u.programId).map((rows) =>
        rows.map((u) => u.institutionId),
      ),
    ),
    providersByTrainingProgram: new DataLoader<string, string[]>(async (ids) =>
      groupRows(ids, await trainingPrograms.providersOf(ids), (p) => p.programId).map((rows) =>
        rows.map((p) => p.institutionId),
      ),
    ),

    // Funnels: one grouped COUNT per batch, never the rows themselves.
    internshipCountsByProgram: new DataLoader<string, StatusCounts>(async (ids) => {
      const counts = await internships.countsByProgram(ids);
      return ids.map((id) => counts.get(id) ?? {});
    }),
    thesisCountsByProgram: new DataLoader<string, StatusCounts>(async (ids) => {
      const counts = await theses.countsByProgram(ids);
      return ids.map((id) => counts.get(id) ?? {});
    }),
    enrollmentCountsByProgram: new DataLoader<string, StatusCounts>(async (ids) => {
      const counts = await enrollments.countsByProgram(ids);
      return ids.map((id) => counts.get(id) ?? {});
    }),
    internshipCountsByInstitution: new DataLoader<string, InstitutionCounts>(async (ids) => {
      const counts = await internships.countsByInstitution(ids);
      return ids.map((id) => counts.get(id) ?? noCounts);
    }),
    thesisCountsByInstitution: new DataLoader<string, InstitutionCounts>(async (ids) => {
      const counts = await theses.countsByInstitution(ids);
      return ids.map((id) => counts.get(id) ?? noCounts);
    }),
    enrollmentCountsByInstitution: new DataLoader<string, InstitutionCounts>(async (ids) => {
      const counts = await enrollments.countsByInstitution(ids);
      return ids.map((id) => counts.get(id) ?? noCounts);
    }),

    internshipProgramsByAgreement: new DataLoader<string, InternshipProgram[]>(async (ids) =>
      groupRows(ids, await internshipPrograms.findByAgreementIds(ids), (p) => p.agreementId as string),
    ),
    thesisProgramsByAgreement: new DataLoader<string, ThesisProgram[]>(async (ids) =>
      groupRows(ids, await thesisPrograms.findByAgreementIds(ids), (p) => p.agreementId as string),
    ),
    trainingProgramsByAgreement: new DataLoader<string, TrainingProgram[]>(async (ids) =>
      groupRows(ids, await trainingPrograms.findByAgreementIds(ids), (p) => p.agreementId as string),
    ),

    internshipProgramsByInstitution: new DataLoader<string, InstitutionInternshipProgram[]>(async (ids) =>
      groupRows(ids, await internshipPrograms.findForInstitutions(ids), (r) => r.institutionId),
    ),
    thesisProgramsByInstitution: new DataLoader<string, InstitutionThesisProgram[]>(async (ids) =>
      groupRows(ids, await thesisPrograms.findForInstitutions(ids), (r) => r.institutionId),
    ),
    trainingProgramsByInstitution: new DataLoader<string, InstitutionTrainingProgram[]>(async (ids) =>
      groupRows(ids, await trainingPrograms.findForInstitutions(ids), (r) => r.institutionId),
    ),

    internshipsByStudent: new DataLoader<string, Internship[]>(async (ids) =>
      groupRows(ids, await internships.findByStudentIds(ids), (r) => r.studentId),
    ),
    thesesByStudent: new DataLoader<string, Thesis[]>(async (ids) =>
      groupRows(ids, await theses.findByStudentIds(ids), (r) => r.studentId),
    ),
    enrollmentsByStudent: new DataLoader<string, TrainingEnrollment[]>(async (ids) =>
      groupRows(ids, await enrollments.findByStudentIds(ids), (r) => r.studentId),
    ),
    citations: createCitationsLoader(dataSource),
    claims: createClaimsLoader(dataSource),
    sourceDocument: createSourceDocumentLoader(dataSource),
    sourcesCited: createSourcesCitedLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
