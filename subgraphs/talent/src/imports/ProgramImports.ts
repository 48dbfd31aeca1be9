import type { DataSource } from 'typeorm';
import type { Caller, EntityReferenceChecker, ImportResult, WritePipeline } from '@partnership-graph/shared';
import type {
  MutationImportInternshipProgramsArgs,
  MutationImportThesisProgramsArgs,
  MutationImportTrainingProgramsArgs,
} from '../generated/resolvers';
import { importPrograms, type ProgramImportDeps } from './importPrograms';
import { internshipProgramImport } from './internshipPrograms';
import { thesisProgramImport } from './thesisPrograms';
import { trainingProgramImport } from './trainingPrograms';

/**
 * The import mutations of the talent subgraph (docs/import/MUTATIONS.md): internship,
 * thesis and training programmes, one batch of 1 to 1000 rows per call, through the
 * write pipeline (authorized by writePolicy before the batch is looked at).
 */
export class ProgramImports {
  private readonly deps: ProgramImportDeps;
  private readonly internship;
  private readonly thesis;
  private readonly training;

  constructor(dataSource: DataSource, references: EntityReferenceChecker, pipeline: WritePipeline) {
    this.deps = { references, pipeline };
    this.internship = internshipProgramImport(dataSource);
    this.thesis = thesisProgramImport(dataSource);
    this.training = trainingProgramImport(dataSource);
  }

  importInternshipPrograms(caller: Caller, args: MutationImportInternshipProgramsArgs): Promise<ImportResult> {
    return importPrograms(caller, this.internship, 'importInternshipPrograms', args, this.deps);
  }

  importThesisPrograms(caller: Caller, args: MutationImportThesisProgramsArgs): Promise<ImportResult> {
    return importPrograms(caller, this.thesis, 'importThesisPrograms', args, this.deps);
  }

  importTrainingPrograms(caller: Caller, args: MutationImportTrainingProgramsArgs): Promise<ImportResult> {
    return importPrograms(caller, this.training, 'importTrainingPrograms', args, this.deps);
  }
}
