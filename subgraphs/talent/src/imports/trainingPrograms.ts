import type { DataSource } from 'typeorm';
import type { ImportSource } from '@partnership-graph/shared';
import { trainingProgramSnapshot } from '../audit/snapshots';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import {
  programDateOrder,
  trainingProgramFieldRules,
  trainingProgramReferences,
  type TrainingProgramFieldsInput,
} from '../mutations/programRules';
import { ProgramImportStore } from '../repositories/ProgramImportStore';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';
import { asGiven, keep, mergedProgramFields, rowField } from './importFields';
import type { ProgramImportSpec } from './importPrograms';

/** One row of `importTrainingPrograms`: the fields of CreateTrainingProgramInput and its source. */
export interface TrainingProgramImportRow extends TrainingProgramFieldsInput {
  id?: string | null;
  title: string;
  kind: string;
  providerIds: string[];
  source?: ImportSource | null;
}

export function trainingProgramImport(dataSource: DataSource) {
  const repository = new TrainingProgramRepository(dataSource);
  const spec: ProgramImportSpec<
    TrainingProgramImportRow,
    TrainingProgram,
    ReturnType<typeof trainingProgramFieldRules> & { startsOn?: string }
  > = {
    entityType: 'TrainingProgram',
    recordType: 'training-program',
    store: new ProgramImportStore<TrainingProgram>({
      program: TrainingProgram,
      link: TrainingProgramProvider,
      seatTakers: TrainingEnrollment,
      searchColumns: (program, providerIds) => repository.searchColumns(program, providerIds),
    }),
    rules: (row, check) => asGiven(trainingProgramFieldRules(row, check, rowField)),
    references: (fields) => trainingProgramReferences(fields, rowField),
    merge: (f, stored, id) => {
      const s = stored?.program;
      return {
        program: {
          ...mergedProgramFields(f, s, id),
          kind: (f.kind ?? s?.kind) as string,
          audience: keep(f.audience, s?.audience),
          seats: keep(f.seats, s?.seats),
        },
        linkIds: [...(f.providerIds ?? stored?.linkIds ?? [])].sort(),
      };
    },
    checkMerged: (record, check) => programDateOrder(record.program, check, rowField),
    snapshot: (record) => trainingProgramSnapshot(record.program, record.linkIds),
  };
  return spec;
}
