import type { DataSource } from 'typeorm';
import type { ImportSource } from '@partnership-graph/shared';
import { internshipProgramSnapshot } from '../audit/snapshots';
import { Internship } from '../entities/Internship';
import { InternshipProgram } from '../entities/InternshipProgram';
import { InternshipProgramUniversity } from '../entities/InternshipProgramUniversity';
import { internshipProgramFieldRules, internshipProgramReferences, programDateOrder, type InternshipProgramFieldsInput } from '../mutations/programRules';
import { InternshipProgramRepository } from '../repositories/InternshipProgramRepository';
import { ProgramImportStore } from '../repositories/ProgramImportStore';
import { asGiven, keep, rowField } from './importFields';
import type { ProgramImportSpec } from './importPrograms';

/** One row of `importInternshipPrograms`: the fields of CreateInternshipProgramInput and its source. */
export interface InternshipProgramImportRow extends InternshipProgramFieldsInput {
  id?: string | null;
  title: string;
  levels: string[];
  source?: ImportSource | null;
}

export function internshipProgramImport(dataSource: DataSource) {
  const repository = new InternshipProgramRepository(dataSource);
  const spec: ProgramImportSpec<InternshipProgramImportRow, InternshipProgram, ReturnType<typeof internshipProgramFieldRules> & { startsOn?: string }> = {
    entityType: 'InternshipProgram',
    recordType: 'internship-program',
    store: new ProgramImportStore<InternshipProgram>(dataSource, {
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
          id,
          title: f.title as string,
          description: keep(f.description, s?.description),
          hostId: keep(f.hostId, s?.hostId),
          levels: f.levels ?? s?.levels ?? [],
          areas: f.areas ?? s?.areas ?? [],
          seats: keep(f.seats, s?.seats),
          startsOn: keep(f.startsOn, s?.startsOn),
          endsOn: keep(f.endsOn, s?.endsOn),
          status: f.status ?? s?.status ?? 'ANNOUNCED',
          agreementId: keep(f.agreementId, s?.agreementId),
          version: s?.version ?? 1,
        },
        linkIds: [...(f.universityIds ?? stored?.linkIds ?? [])].sort(),
      };
    },
    checkMerged: (record, check) => programDateOrder(record.program, check, rowField),
    snapshot: (record) => internshipProgramSnapshot(record.program, record.linkIds),
  };
  return spec;
}
