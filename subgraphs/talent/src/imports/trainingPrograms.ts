import type { DataSource } from 'typeorm';
import { trainingProgramSnapshot } from '../audit/snapshots';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import { programDateOrder, trainingProgramFieldRules, trainingProgramReferences } from '../mutations/programRules';
import type { TrainingProgramImportInput } from '../generated/resolvers';
import { ProgramImportStore } from '../repositories/ProgramImportStore';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';
import { asGiven, keep, mergedProgramFields, rowField } from './importFields';
import type { ProgramImportSpec } from './importPrograms';

export function trainingProgramImport(dataSource: DataSource) {
  const repository = new TrainingProgramRepository(dataSource);
  const spec: ProgramImportSpec<
    TrainingProgramImportInput,
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
