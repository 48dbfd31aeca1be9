import { AddIndexesMigration, indexesOn } from '@partnership-graph/shared';

/** Imports match institutions by ROR id: an index makes that one indexed lookup per batch. */
export class AddInstitutionImports1766300000000 extends AddIndexesMigration {
  name = 'AddInstitutionImports1766300000000';
  protected added = indexesOn('institutions', { ror_id: ['ror_id'] });
}
