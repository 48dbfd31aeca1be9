import { CreateAuditLog1700000000020, subgraphMigrations } from '@partnership-graph/shared';
import { CreateAgreements1700000000002 } from './CreateAgreements1700000000002';
import { AddScaleIndexes1766200000000 } from './AddScaleIndexes1766200000000';
import { AddUndatedLastSortKeys1766400000000 } from './AddUndatedLastSortKeys1766400000000';
import { AddTitleFilterIndexes1766500000000 } from './AddTitleFilterIndexes1766500000000';
import { AddSearchIndexes1766600000000 } from './AddSearchIndexes1766600000000';
import { AddAreasFulltextIndex1766700000000 } from './AddAreasFulltextIndex1766700000000';
import { RefreshAgreementSearchText1766800000000 } from './RefreshAgreementSearchText1766800000000';
import { AddCommitmentKindIndex1766800000001 } from './AddCommitmentKindIndex1766800000001';
import { RefreshSearchSpellings1767200000000 } from './RefreshSearchSpellings1767200000000';
import { NameAuditActions1767400000000 } from './NameAuditActions1767400000000';

/** Every migration of this subgraph; the kit's own join them in timestamp order. */
export const migrations = subgraphMigrations([
  CreateAgreements1700000000002,
  CreateAuditLog1700000000020,
  AddScaleIndexes1766200000000,
  AddUndatedLastSortKeys1766400000000,
  AddTitleFilterIndexes1766500000000,
  AddSearchIndexes1766600000000,
  AddAreasFulltextIndex1766700000000,
  RefreshAgreementSearchText1766800000000,
  AddCommitmentKindIndex1766800000001,
  RefreshSearchSpellings1767200000000,
  NameAuditActions1767400000000,
]);
