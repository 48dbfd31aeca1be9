import type { DataSource } from 'typeorm';
import type { EntityReferenceChecker } from '@partnership-graph/shared';
import { ProgramWrites } from './ProgramWrites';
import { RecordWrites } from './RecordWrites';

/** Every write of the talent subgraph (the Mutation resolvers call these). */
export class TalentWrites {
  readonly programs: ProgramWrites;
  readonly records: RecordWrites;

  constructor(dataSource: DataSource, references: EntityReferenceChecker) {
    this.programs = new ProgramWrites(dataSource, references);
    this.records = new RecordWrites(dataSource, references);
  }
}
