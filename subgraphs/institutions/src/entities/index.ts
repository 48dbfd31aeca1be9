import { AuditEntry, Citation, Claim, IdempotencyRecord, SourceDocument } from '@partnership-graph/shared';
import { Institution } from './Institution';
import { Membership } from './Membership';
import { Person } from './Person';
import { Position } from './Position';

export { Institution, Membership, Person, Position };

/** Every entity of this subgraph's database. */
export const entities = [
  Institution,
  Person,
  Position,
  Membership,
  SourceDocument,
  Citation,
  Claim,
  AuditEntry,
  IdempotencyRecord,
];
