import type { DataSource } from 'typeorm';
import { trainingProgramSnapshot } from '../audit/snapshots';
import { TrainingEnrollment } from '../entities/TrainingEnrollment';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import type { TrainingProgramImportInput } from '../generated/resolvers';
import { trainingProgramFieldRules, trainingProgramReferences } from '../mutations/programRules';
import { TrainingProgramRepository } from '../repositories/TrainingProgramRepository';
import { keep } from './importFields';
import { programImportSpec } from './programImportSpec';

export function trainingProgramImport(dataSource: DataSource) {
  const repository = new TrainingProgramRepository(dataSource);
  return programImportSpec({
    entityType: 'TrainingProgram',
    recordType: 'training-program',
    tables: {
      program: TrainingProgram,
      link: TrainingProgramProvider,
      seatTakers: TrainingEnrollment,
      searchColumns: (program, providerIds) => repository.searchColumns(program, providerIds),
    },
    fieldRules: (row: TrainingProgramImportInput, check, f) => trainingProgramFieldRules(row, check, f),
    references: trainingProgramReferences,
    ownFields: (f, s) => ({
      kind: f.kind ?? s?.kind,
      audience: keep(f.audience, s?.audience),
      seats: keep(f.seats, s?.seats),
    }),
    linkIdsOf: (f) => f.providerIds,
    snapshot: (record) => trainingProgramSnapshot(record.program, record.linkIds),
  });
}
