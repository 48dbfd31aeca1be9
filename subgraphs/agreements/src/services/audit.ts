import type { DataSource, EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { recordKey, type ChildRows, type Citation } from '@partnership-graph/shared';
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
    return type === 'Agreement'
      ? this.withLists(manager, Agreement, 'agreement', id, [this.parties, this.commitments], agreementSnapshot)
      : this.withLists(manager, Event, 'event', id, [this.participants, this.speakers], eventSnapshot);
  }

  /** A record, its two lists and its citations, built into its snapshot by `build`. */
  private async withLists<R extends { id: string }, A extends ObjectLiteral, B extends ObjectLiteral>(
    manager: EntityManager,
    entity: EntityTarget<R>,
    recordType: string,
    id: string,
    [first, second]: [ChildRows<A>, ChildRows<B>],
    build: (row: R, first: A[], second: B[], citations: Citation[]) => object,
  ): Promise<object | null> {
    const row = await manager.getRepository(entity).findOneBy({ id } as FindOptionsWhere<R>);
    if (!row) return null;
    // One after the other: every read goes through the transaction's one connection.
    const firstRows = await first.findForParent(manager, id);
    const secondRows = await second.findForParent(manager, id);
    return build(row, firstRows, secondRows, await this.citations.findForParent(manager, recordKey(recordType, id)));
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
