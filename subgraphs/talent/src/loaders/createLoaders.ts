import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { citationLoaders, groupLoader, groupRows, mapLoader, recordLoader } from '@partnership-graph/shared';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { InternshipRepository } from '../repositories/InternshipRepository';
import type { InstitutionCounts, StatusCounts } from '../repositories/recordQuery';
import { StudentRepository } from '../repositories/StudentRepository';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { ThesisRepository } from '../repositories/ThesisRepository';
import { TrainingEnrollmentRepository } from '../repositories/TrainingEnrollmentRepository';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';

const noStatuses: StatusCounts = {};
const noCounts: InstitutionCounts = { programs: 0, statuses: {} };

/** The institutions each programme links to (universities, providers), in one statement per batch. */
const linkedInstitutionIds = (
  find: (programIds: readonly string[]) => Promise<Array<{ programId: string; institutionId: string }>>,
) =>
  new DataLoader<string, string[]>(async (ids) =>
    groupRows(ids, await find(ids), (link) => link.programId).map((links) => links.map((l) => l.institutionId)),
  );

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
    internshipProgram: recordLoader((ids) => internshipPrograms.findByIds(ids)),
    thesisProgram: recordLoader((ids) => thesisPrograms.findByIds(ids)),
    trainingProgram: recordLoader((ids) => trainingPrograms.findByIds(ids)),
    internship: recordLoader((ids) => internships.findByIds(ids)),
    thesis: recordLoader((ids) => theses.findByIds(ids)),
    trainingEnrollment: recordLoader((ids) => enrollments.findByIds(ids)),
    student: recordLoader((ids) => students.findByIds(ids)),

    universitiesByInternshipProgram: linkedInstitutionIds((ids) => internshipPrograms.universities.of(ids)),
    providersByTrainingProgram: linkedInstitutionIds((ids) => trainingPrograms.providers.of(ids)),

    // Funnels: one grouped COUNT per batch, never the rows themselves.
    internshipCountsByProgram: mapLoader((ids) => internships.countsByProgram(ids), noStatuses),
    thesisCountsByProgram: mapLoader((ids) => theses.countsByProgram(ids), noStatuses),
    enrollmentCountsByProgram: mapLoader((ids) => enrollments.countsByProgram(ids), noStatuses),
    internshipCountsByInstitution: mapLoader((ids) => internships.countsByInstitution(ids), noCounts),
    thesisCountsByInstitution: mapLoader((ids) => theses.countsByInstitution(ids), noCounts),
    enrollmentCountsByInstitution: mapLoader((ids) => enrollments.countsByInstitution(ids), noCounts),

    internshipProgramsByAgreement: groupLoader((ids) => internshipPrograms.findByAgreementIds(ids), 'agreementId'),
    thesisProgramsByAgreement: groupLoader((ids) => thesisPrograms.findByAgreementIds(ids), 'agreementId'),
    trainingProgramsByAgreement: groupLoader((ids) => trainingPrograms.findByAgreementIds(ids), 'agreementId'),

    internshipProgramsByInstitution: groupLoader((ids) => internshipPrograms.findForInstitutions(ids), 'institutionId'),
    thesisProgramsByInstitution: groupLoader((ids) => thesisPrograms.findForInstitutions(ids), 'institutionId'),
    trainingProgramsByInstitution: groupLoader((ids) => trainingPrograms.findForInstitutions(ids), 'institutionId'),

    internshipsByStudent: groupLoader((ids) => internships.findByStudentIds(ids), 'studentId'),
    thesesByStudent: groupLoader((ids) => theses.findByStudentIds(ids), 'studentId'),
    enrollmentsByStudent: groupLoader((ids) => enrollments.findByStudentIds(ids), 'studentId'),
    ...citationLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
