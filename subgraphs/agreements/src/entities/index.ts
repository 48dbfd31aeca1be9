import { AuditEntry, Citation, Claim, IdempotencyRecord, SourceDocument } from '@partnership-graph/shared';
import { Agreement } from './Agreement';
import { AgreementCommitment } from './AgreementCommitment';
import { AgreementParty } from './AgreementParty';
import { Event } from './Event';
import { EventParticipant } from './EventParticipant';
import { EventSpeaker } from './EventSpeaker';

export { Agreement, AgreementCommitment, AgreementParty, AuditEntry, Event, EventParticipant, EventSpeaker };

/** Every entity of this subgraph's database. */
export const entities = [
  Agreement,
  AgreementParty,
  AgreementCommitment,
  Event,
  EventParticipant,
  EventSpeaker,
  AuditEntry,
  SourceDocument,
  Citation,
  Claim,
  IdempotencyRecord,
];
