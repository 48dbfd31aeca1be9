import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { buildSearchText } from '@partnership-graph/shared';
import { Internship } from '../entities/Internship';
import type { InternshipProgram } from '../entities/InternshipProgram';
import { Student } from '../entities/Student';
import { Thesis } from '../entities/Thesis';
import type { ThesisProgram } from '../entities/ThesisProgram';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import type { TrainingProgram } from '../entities/TrainingProgram';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';

/**
 * Synthetic rows written straight into a test's own database (ids start with
 * "synthetic-"); never part of the seed dataset.
 */
let sequence = 0;
const createdAt = () => new Date(Date.UTC(2030, 0, 1, 0, 0, 0, sequence++)).toISOString();

export async function insertInternshipProgram(
  dataSource: DataSource,
  fields: Partial<InternshipProgram> & { id: string },
  universityIds: string[] = [],
): Promise<void> {
  await new InternshipProgramRepository(dataSource).insert(
    dataSource.manager,
    {
      title: `Synthetic internships ${fields.id}`,
      description: null,
      hostId: null,
      levels: ['BACHELOR', 'MASTER'],
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'OPEN',
      agreementId: null,
      version: 1,
      ...fields,
    },
    universityIds,
  );
}

export async function insertThesisProgram(
  dataSource: DataSource,
  fields: Partial<ThesisProgram> & { id: string; universityId: string },
) {
  await new ThesisProgramRepository(dataSource).insert(dataSource.manager, {
    title: `Synthetic theses ${fields.id}`,
    description: null,
    industryPartnerId: null,
    levels: ['BACHELOR', 'MASTER'],
    areas: [],
    startsOn: null,
    endsOn: null,
    status: 'OPEN',
    agreementId: null,
    version: 1,
    ...fields,
  });
}

export async function insertTrainingProgram(
  dataSource: DataSource,
  fields: Partial<TrainingProgram> & { id: string },
  providerIds: string[],
): Promise<void> {
  await new TrainingProgramRepository(dataSource).insert(
    dataSource.manager,
    {
      title: `Synthetic training ${fields.id}`,
      description: null,
      kind: 'VOCATIONAL',
      audience: null,
      areas: [],
      seats: null,
      startsOn: null,
      endsOn: null,
      status: 'OPEN',
      agreementId: null,
      version: 1,
      ...fields,
    },
    providerIds,
  );
}

export async function insertStudent(dataSource: DataSource, fields: Partial<Student> & { id: string }): Promise<void> {
  await dataSource.getRepository(Student).insert({
    name: `Synthetic Student ${fields.id}`,
    email: `${fields.id}@example.org`,
    universityId: null,
    createdAt: createdAt(),
    ...fields,
  });
}

export async function insertInternships(
  dataSource: DataSource,
  programId: string,
  records: Array<{ studentId: string; status: string; level?: string }>,
): Promise<void> {
  if (!records.length) return;
  await dataSource.getRepository(Internship).insert(
    records.map((r) => ({
      id: randomUUID(),
      programId,
      studentId: r.studentId,
      level: r.level ?? 'BACHELOR',
      startsOn: null,
      endsOn: null,
      status: r.status,
      version: 1,
      createdAt: createdAt(),
    })),
  );
}

export async function insertTheses(
  dataSource: DataSource,
  programId: string,
  records: Array<{
    studentId: string;
    status: string;
    title?: string;
    year?: number;
    level?: string;
    academic?: string;
    industry?: string;
  }>,
): Promise<void> {
  if (!records.length) return;
  await dataSource.getRepository(Thesis).insert(
    records.map((r, i) => {
      const title = r.title ?? `Synthetic thesis ${programId} ${i}`;
      return {
        id: randomUUID(),
        programId,
        studentId: r.studentId,
        title,
        level: r.level ?? 'MASTER',
        year: r.year ?? 2025,
        academicSupervisorId: r.academic ?? 'synthetic-academic',
        industrySupervisorId: r.industry ?? 'synthetic-industry',
        status: r.status,
        version: 1,
        createdAt: createdAt(),
        searchText: buildSearchText([title]),
      };
    }),
  );
}

export async function insertEnrollments(
  dataSource: DataSource,
  programId: string,
  records: Array<{ studentId: string; status: string }>,
): Promise<void> {
  if (!records.length) return;
  await dataSource.getRepository(TrainingEnrollment).insert(
    records.map((r) => ({
      id: randomUUID(),
      programId,
      studentId: r.studentId,
      startsOn: null,
      endsOn: null,
      status: r.status,
      version: 1,
      createdAt: createdAt(),
    })),
  );
}
