import { CreateAuditLog1700000000020, subgraphMigrations } from '@partnership-graph/shared';
import { AddInstitutionImports1766300000000 } from './AddInstitutionImports1766300000000';
import { CreateInstitutions1700000000001 } from './CreateInstitutions1700000000001';
import { AddScaleIndexes1766200000000 } from './AddScaleIndexes1766200000000';
import { AddUndatedLastSortKeys1766400000000 } from './AddUndatedLastSortKeys1766400000000';
import { AddSearchIndexes1766600000000 } from './AddSearchIndexes1766600000000';
import { AddPositionEvidence1766900000000 } from './AddPositionEvidence1766900000000';
import { AddPositionRoles1767000000000 } from './AddPositionRoles1767000000000';
import { AddInstitutionFacts1767300000001 } from './AddInstitutionFacts1767300000001';
import { RefreshSchwaSpellings1767300000002 } from './RefreshSchwaSpellings1767300000002';
import { RefreshSearchSpellings1767200000000 } from './RefreshSearchSpellings1767200000000';

/** Every migration of this subgraph; the kit's own join them in timestamp order. */
export const migrations = subgraphMigrations([
  CreateInstitutions1700000000001,
  AddScaleIndexes1766200000000,
  CreateAuditLog1700000000020,
  AddInstitutionImports1766300000000,
  AddUndatedLastSortKeys1766400000000,
  AddSearchIndexes1766600000000,
  AddPositionEvidence1766900000000,
  AddPositionRoles1767000000000,
  RefreshSearchSpellings1767200000000,
  AddInstitutionFacts1767300000001,
  RefreshSchwaSpellings1767300000002,
]);
