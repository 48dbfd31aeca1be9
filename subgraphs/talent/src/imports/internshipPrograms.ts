import type { DataSource } from 'typeorm';
import { internshipProgramSnapshot } from '../audit/snapshots';
import { Internship } from '../entities/Internship';
import { InternshipProgram } from '../entities/InternshipProgram';
import { InternshipProgramUniversity } from '../entities/InternshipProgramUniversity';
import type { InternshipProgramImportInput } from '../generated/resolvers';
import { internshipProgramFieldRules, internshipProgramReferences } from '../mutations/programRules';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { keep } from './importFields';
import { programImportSpec } from './programImportSpec';

export function internshipProgramImport(dataSource: DataSource) {
  const repository = new InternshipProgramRepository(dataSource);
  return programImportSpec({
    entityType: 'InternshipProgram',
    recordType: 'internship-program',
    tables: {
      program: InternshipProgram,
      link: InternshipProgramUniversity,
      seatTakers: Internship,
      searchColumns: (program, universityIds) => repository.searchColumns(program, universityIds),
    },
    fieldRules: (row: InternshipProgramImportInput, check, f) => internshipProgramFieldRules(row, check, f),
    references: internshipProgramReferences,
    ownFields: (f, s) => ({
      hostId: keep(f.hostId, s?.hostId),
      levels: f.levels ?? s?.levels ?? [],
      seats: keep(f.seats, s?.seats),
    }),
    linkIdsOf: (f) => f.universityIds,
    snapshot: (record) => internshipProgramSnapshot(record.program, record.linkIds),
  });
}
