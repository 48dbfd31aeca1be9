import type { DataSource } from 'typeorm';
import type { EntityReferenceChecker, IdempotencyKeys, ImportResult } from '@partnership-graph/shared';
import type { Writer } from '../access/writeAccess';
import { AuditLog } from '../audit/AuditLog';
import { importPrograms, type ProgramImportArgs, type ProgramImportDeps } from './importPrograms';
import { internshipProgramImport, type InternshipProgramImportRow } from './internshipPrograms';
import { thesisProgramImport, type ThesisProgramImportRow } from './thesisPrograms';
import { trainingProgramImport, type TrainingProgramImportRow } from './trainingPrograms';

/**
 * The import mutations of the talent subgraph (docs/import/MUTATIONS.md): internship,
 * thesis and training programmes, one batch of 1 to 1000 rows per call. The caller is
 * authorized before (access/writeAccess.ts requireEditor).
 */
export class ProgramImports {
  private readonly deps: ProgramImportDeps;
  private readonly internship;
  private readonly thesis;
  private readonly training;

  constructor(dataSource: DataSource, references: EntityReferenceChecker, idempotency: IdempotencyKeys) {
    this.deps = { dataSource, references, audit: new AuditLog(dataSource), idempotency };
    this.internship = internshipProgramImport(dataSource);
    this.thesis = thesisProgramImport(dataSource);
    this.training = trainingProgramImport(dataSource);
  }

  importInternshipPrograms(args: ProgramImportArgs<InternshipProgramImportRow>, writer: Writer): Promise<ImportResult> {
    return importPrograms(this.internship, 'importInternshipPrograms', args, writer, this.deps);
  }

  importThesisPrograms(args: ProgramImportArgs<ThesisProgramImportRow>, writer: Writer): Promise<ImportResult> {
    return importPrograms(this.thesis, 'importThesisPrograms', args, writer, this.deps);
  }

  importTrainingPrograms(args: ProgramImportArgs<TrainingProgramImportRow>, writer: Writer): Promise<ImportResult> {
    return importPrograms(this.training, 'importTrainingPrograms', args, writer, this.deps);
  }
}
