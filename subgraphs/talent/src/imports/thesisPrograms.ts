import type { DataSource } from 'typeorm';
import { thesisProgramSnapshot } from '../audit/snapshots';
import { ThesisProgram } from '../entities/ThesisProgram';
import type { ThesisProgramImportInput } from '../generated/resolvers';
import {
  assertPartnerIsNotUniversity,
  thesisProgramFieldRules,
  thesisProgramReferences,
} from '../mutations/programRules';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { keep, rowField } from './importFields';
import { programImportSpec } from './programImportSpec';

export function thesisProgramImport(dataSource: DataSource) {
  const repository = new ThesisProgramRepository(dataSource);
  return programImportSpec({
    entityType: 'ThesisProgram',
    recordType: 'thesis-program',
    tables: {
      program: ThesisProgram,
      link: null,
      seatTakers: null,
      searchColumns: (program) => repository.searchColumns(program),
    },
    fieldRules: (row: ThesisProgramImportInput, check, f) => thesisProgramFieldRules(row, check, f),
    references: thesisProgramReferences,
    ownFields: (f, s) => ({
      universityId: f.universityId ?? s?.universityId,
      industryPartnerId: keep(f.industryPartnerId, s?.industryPartnerId),
      levels: f.levels ?? s?.levels ?? [],
    }),
    checkOwn: (program, check) =>
      check(() => assertPartnerIsNotUniversity(program.universityId, program.industryPartnerId, rowField)),
    snapshot: (record) => thesisProgramSnapshot(record.program),
  });
}
