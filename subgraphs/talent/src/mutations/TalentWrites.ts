import type { DataSource } from 'typeorm';
import { WritePipeline, type EntityReferenceChecker, type IdempotencyKeys } from '@partnership-graph/shared';
import { ProgramImports } from '../imports/ProgramImports';
import { writePolicy } from '../writePolicy';
import { ProgramWrites } from './ProgramWrites';
import { RecordWrites } from './RecordWrites';

/** Every write of the talent subgraph (the Mutation resolvers call these with the request's caller). */
export class TalentWrites {
  readonly programs: ProgramWrites;
  readonly records: RecordWrites;
  /** The import mutations of programmes (src/imports/). */
  readonly imports: ProgramImports;

  constructor(dataSource: DataSource, references: EntityReferenceChecker, idempotency: IdempotencyKeys) {
    const pipeline = new WritePipeline(dataSource, writePolicy, idempotency);
    this.programs = new ProgramWrites(dataSource, references, pipeline);
    this.records = new RecordWrites(dataSource, references, pipeline);
    this.imports = new ProgramImports(dataSource, references, pipeline);
  }
}
