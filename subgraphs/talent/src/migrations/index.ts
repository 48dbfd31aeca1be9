import { subgraphMigrations } from '@partnership-graph/shared';
import { CreateTalent1700000000003 } from './CreateTalent1700000000003';
import { CreateTalentAuditLog1765000000000 } from './CreateTalentAuditLog1765000000000';
import { AddSearchIndexes1766600000000 } from './AddSearchIndexes1766600000000';
import { RefreshSearchSpellings1767200000000 } from './RefreshSearchSpellings1767200000000';
import { UseSharedAuditLog1767400000000 } from './UseSharedAuditLog1767400000000';

/** Every migration of this subgraph; the kit's own join them in timestamp order. */
export const migrations = subgraphMigrations([
  CreateTalent1700000000003,
  CreateTalentAuditLog1765000000000,
  AddSearchIndexes1766600000000,
  RefreshSearchSpellings1767200000000,
  UseSharedAuditLog1767400000000,
]);
