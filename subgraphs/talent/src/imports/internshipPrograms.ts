import type { DataSource } from 'typeorm';
import { internshipProgramSnapshot } from '../audit/snapshots';
import { Internship } from '../entities/Internship';
import { InternshipProgram } from '../entities/InternshipProgram';
import { InternshipProgramUniversity } from '../entities/InternshipProgramUniversity';
import { internshipProgramFieldRules, internshipProgramReferences, programDateOrder } from '../mutations/programRules';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import type { InternshipProgramImportInput } from '../generated/resolvers';
import { ProgramImportStore } from '../repositories/ProgramImportStore';
import { asGiven, keep, mergedProgramFields, rowField } from './importFields';
import type { ProgramImportSpec } from './importPrograms';

export function internshipProgramImport(dataSource: DataSource) {
  const repository = new InternshipProgramRepository(dataSource);
  const spec: ProgramImportSpec<
    InternshipProgramImportInput,
    InternshipProgram,
    ReturnType<typeof internshipProgramFieldRules> & { startsOn?: string }
  > = {
    entityType: 'InternshipProgram',
    recordType: 'internship-program',
    store: new ProgramImportStore<InternshipProgram>({
      program: InternshipProgram,
      link: InternshipProgramUniversity,
      seatTakers: Internship,
      searchColumns: (program, universityIds) => repository.searchColumns(program, universityIds),
    }),
    rules: (row, check) => asGiven(internshipProgramFieldRules(row, check, rowField)),
    references: (fields) => internshipProgramReferences(fields, rowField),
    merge: (f, stored, id) => {
      const s = stored?.program;
      return {
        program: {
          ...mergedProgramFields(f, s, id),
          hostId: keep(f.hostId, s?.hostId),
          levels: f.levels ?? s?.levels ?? [],
          seats: keep(f.seats, s?.seats),
        },
        linkIds: [...(f.universityIds ?? stored?.linkIds ?? [])].sort(),
      };
    },
    checkMerged: (record, check) => programDateOrder(record.program, check, rowField),
    snapshot: (record) => internshipProgramSnapshot(record.program, record.linkIds),
  };
  return spec;
}
