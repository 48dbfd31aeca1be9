import type { DataSource } from 'typeorm';
import type { EntityReferenceChecker, IdempotencyKeys } from '@partnership-graph/shared';
import { ProgramImports } from '../imports/ProgramImports';
import { ProgramWrites } from './ProgramWrites';
import { RecordWrites } from './RecordWrites';

/** Every write of the talent subgraph (the Mutation resolvers call these). */
export class TalentWrites {
  readonly programs: ProgramWrites;
  readonly records: RecordWrites;
  /** The import mutations of programmes (src/imports/). */
  readonly imports: ProgramImports;

  constructor(dataSource: DataSource, references: EntityReferenceChecker, idempotency: IdempotencyKeys) {
    this.programs = new ProgramWrites(dataSource, references, idempotency);
    this.records = new RecordWrites(dataSource, references, idempotency);
    this.imports = new ProgramImports(dataSource, references, idempotency);
  }
}
