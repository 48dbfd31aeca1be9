import {
  AddCitationProvenance1766100000000,
  AddClaims1767300000000,
  CreateIdempotencyKeys1766850000000,
  CreateSources1700000000000,
} from '@partnership-graph/shared';
import { CreateTalent1700000000003 } from './CreateTalent1700000000003';
import { CreateTalentAuditLog1765000000000 } from './CreateTalentAuditLog1765000000000';
import { AddSearchIndexes1766600000000 } from './AddSearchIndexes1766600000000';
import { RefreshSearchSpellings1767200000000 } from './RefreshSearchSpellings1767200000000';
import { UseSharedAuditLog1767400000000 } from './UseSharedAuditLog1767400000000';

/** Every migration of this subgraph, in order. */
export const migrations = [
  CreateSources1700000000000,
  CreateTalent1700000000003,
  CreateTalentAuditLog1765000000000,
  AddCitationProvenance1766100000000,
  AddSearchIndexes1766600000000,
  CreateIdempotencyKeys1766850000000,
  RefreshSearchSpellings1767200000000,
  AddClaims1767300000000,
  UseSharedAuditLog1767400000000,
];
