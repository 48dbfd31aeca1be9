import type { DataSource } from 'typeorm';
import type { ImportSource } from '@partnership-graph/shared';
import { thesisProgramSnapshot } from '../audit/snapshots';
import { ThesisProgram } from '../entities/ThesisProgram';
import {
  assertPartnerIsNotUniversity,
  programDateOrder,
  thesisProgramFieldRules,
  thesisProgramReferences,
  type ThesisProgramFieldsInput,
} from '../mutations/programRules';
import { ProgramImportStore } from '../repositories/ProgramImportStore';
import { ThesisProgramRepository } from '../repositories/ThesisProgramRepository';
import { asGiven, keep, mergedProgramFields, rowField } from './importFields';
import type { ProgramImportSpec } from './importPrograms';

/** One row of `importThesisPrograms`: the fields of CreateThesisProgramInput and its source. */
export interface ThesisProgramImportRow extends ThesisProgramFieldsInput {
  id?: string | null;
  title: string;
  universityId: string;
  levels: string[];
  source?: ImportSource | null;
}

export function thesisProgramImport(dataSource: DataSource) {
  const repository = new ThesisProgramRepository(dataSource);
  const spec: ProgramImportSpec<
    ThesisProgramImportRow,
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
