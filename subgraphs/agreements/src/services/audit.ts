import type { DataSource, EntityManager } from 'typeorm';
import { recordKey } from '@partnership-graph/shared';
import { Agreement } from '../entities/Agreement';
import { Event } from '../entities/Event';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { CitationRepository } from '../repositories/CitationRepository';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import { agreementValues, type AgreementRow } from '../repositories/AgreementRepository';
import { eventValues, type EventRow } from '../repositories/EventRepository';

export type AuditedType = 'Agreement' | 'Event';

/**
 * What the audit entry of a mutation keeps of an agreement or event: the record with
 * everything a mutation can change, read with the mutation's own transaction manager
 * before and after the change.
 */
export class AuditSnapshots {
  private readonly parties: AgreementPartyRepository;
  private readonly commitments: AgreementCommitmentRepository;
  private readonly citations: CitationRepository;
  private readonly participants: EventParticipantRepository;
  private readonly speakers: EventSpeakerRepository;

  constructor(dataSource: DataSource) {
    this.parties = new AgreementPartyRepository(dataSource);
    this.commitments = new AgreementCommitmentRepository(dataSource);
    this.citations = new CitationRepository(dataSource);
    this.participants = new EventParticipantRepository(dataSource);
    this.speakers = new EventSpeakerRepository(dataSource);
  }

  /** The record with everything a mutation can change, as stored now (null when there is none). */
  snapshot(manager: EntityManager, type: AuditedType, id: string): Promise<object | null> {
    return type === 'Agreement' ? this.agreement(manager, id) : this.event(manager, id);
  }

  private async agreement(manager: EntityManager, id: string): Promise<object | null> {
    const row = await manager.getRepository(Agreement).findOneBy({ id });
    if (!row) return null;
    const [parties, commitments, citations] = [
      await this.parties.findForParent(manager, id),
      await this.commitments.findForParent(manager, id),
      await this.citations.findForParent(manager, recordKey('agreement', id)),
    ];
    return agreementSnapshot(row, parties, commitments, citations);
  }

  private async event(manager: EntityManager, id: string): Promise<object | null> {
    const row = await manager.getRepository(Event).findOneBy({ id });
    if (!row) return null;
    const [participants, speakers, citations] = [
      await this.participants.findForParent(manager, id),
      await this.speakers.findForParent(manager, id),
      await this.citations.findForParent(manager, recordKey('event', id)),
    ];
    return eventSnapshot(row, participants, speakers, citations);
  }
}

type SnapshotCitation = { sourceId: string; quote: string | null };

/**
 * An agreement with everything a mutation can change, as the audit log keeps it. The
 * import builds its before/after snapshots from rows it has already read, in the same shape.
 */
export function agreementSnapshot(
  row: AgreementRow,
  parties: ReadonlyArray<{ institutionId: string; role: string | null; signatoryId: string | null }>,
  commitments: ReadonlyArray<{ kind: string; description: string | null }>,
  citations: readonly SnapshotCitation[],
): object {
  return {
    id: row.id,
    version: row.version,
    ...agreementValues(row),
    parties: parties.map((p) => ({ institutionId: p.institutionId, role: p.role, signatoryId: p.signatoryId })),
    commitments: commitments.map((c) => ({ kind: c.kind, description: c.description })),
    sources: citations.map((c) => ({ sourceId: c.sourceId, quote: c.quote })),
  };
}

/** An event with everything a mutation can change, as the audit log keeps it (see agreementSnapshot). */
export function eventSnapshot(
  row: EventRow,
  participants: ReadonlyArray<{ institutionId: string; role: string }>,
  speakers: ReadonlyArray<{
    personId: string;
    institutionId: string | null;
    role: string | null;
    contribution: string | null;
  }>,
  citations: readonly SnapshotCitation[],
): object {
  const inRole = (role: string) => participants.filter((p) => p.role === role).map((p) => p.institutionId);
  return {
    id: row.id,
    version: row.version,
    ...eventValues(row),
    organizerIds: inRole('ORGANIZER'),
    partnerIds: inRole('PARTNER'),
    participantIds: inRole('PARTICIPANT'),
    speakers: speakers.map((s) => ({
      personId: s.personId,
      institutionId: s.institutionId,
      role: s.role,
      contribution: s.contribution,
    })),
    sources: citations.map((c) => ({ sourceId: c.sourceId, quote: c.quote })),
  };
}
