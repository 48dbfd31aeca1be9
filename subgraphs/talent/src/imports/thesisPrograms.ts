import type { DataSource } from 'typeorm';
import { thesisProgramSnapshot } from '../audit/snapshots';
import { ThesisProgram } from '../entities/ThesisProgram';
import {
  assertPartnerIsNotUniversity,
  programDateOrder,
  thesisProgramFieldRules,
  thesisProgramReferences,
} from '../mutations/programRules';
import type { ThesisProgramImportInput } from '../generated/resolvers';
import { ProgramImportStore } from '../repositories/ProgramImportStore';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { asGiven, keep, mergedProgramFields, rowField } from './importFields';
import type { ProgramImportSpec } from './importPrograms';

export function thesisProgramImport(dataSource: DataSource) {
  const repository = new ThesisProgramRepository(dataSource);
  const spec: ProgramImportSpec<
    ThesisProgramImportInput,
    ThesisProgram,
    ReturnType<typeof thesisProgramFieldRules> & { startsOn?: string }
  > = {
    entityType: 'ThesisProgram',
    recordType: 'thesis-program',
    store: new ProgramImportStore<ThesisProgram>({
      program: ThesisProgram,
      link: null,
      seatTakers: null,
      searchColumns: (program) => repository.searchColumns(program),
    }),
    rules: (row, check) => asGiven(thesisProgramFieldRules(row, check, rowField)),
    references: (fields) => thesisProgramReferences(fields, rowField),
    merge: (f, stored, id) => {
      const s = stored?.program;
      return {
        program: {
          ...mergedProgramFields(f, s, id),
          universityId: (f.universityId ?? s?.universityId) as string,
          industryPartnerId: keep(f.industryPartnerId, s?.industryPartnerId),
          levels: f.levels ?? s?.levels ?? [],
        },
        linkIds: [],
      };
    },
    checkMerged: (record, check) => {
      check(() =>
        assertPartnerIsNotUniversity(record.program.universityId, record.program.industryPartnerId, rowField),
      );
      programDateOrder(record.program, check, rowField);
    },
    snapshot: (record) => thesisProgramSnapshot(record.program),
  };
  return spec;
}
