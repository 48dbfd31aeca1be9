import { In, type DataSource, type EntityManager } from 'typeorm';
import { recordKey, seedRecordProvenance, type SyncResult } from '@partnership-graph/shared';
import { Agreement } from '../entities/Agreement';
import { AgreementCommitment } from '../entities/AgreementCommitment';
import { AgreementParty } from '../entities/AgreementParty';
import { Event } from '../entities/Event';
import { EventParticipant, type ParticipantRole } from '../entities/EventParticipant';
import { EventSpeaker } from '../entities/EventSpeaker';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository, type AgreementValues } from '../repositories/AgreementRepository';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository, type EventValues } from '../repositories/EventRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
import { writeTransaction } from '@partnership-graph/shared';
import { agreementsSeed } from './data';
import { agreementsProvenance } from './provenance';
import type { AgreementsSeed, SeedAgreement, SeedEvent } from './types';

export type SeedReport = Record<'agreements' | 'events' | 'claims', SyncResult>;

/** The parts of a seeded agreement that the database holds, in a fixed shape for comparison. */
function agreementDocument(values: AgreementValues, parties: AgreementParty[], commitments: AgreementCommitment[]) {
  return JSON.stringify({
    values: [
      values.title,
      values.titleIsDescriptive,
      values.kind,
      values.status,
      values.description,
      values.signedOn,
      values.validFrom,
      values.validUntil,
      values.areas,
    ],
    parties: [...parties].sort((a, b) => a.position - b.position).map((p) => [p.institutionId, p.role, p.signatoryId]),
    commitments: [...commitments].sort((a, b) => a.position - b.position).map((c) => [c.kind, c.description]),
  });
}

function seedAgreementValues(a: SeedAgreement): AgreementValues {
  const { id: _id, parties: _parties, commitments: _commitments, sources: _sources, ...values } = a;
  return values;
}

function eventDocument(values: EventValues, participants: EventParticipant[], speakers: EventSpeaker[]) {
  const byRole = (role: ParticipantRole) =>
    participants
      .filter((p) => p.role === role)
      .sort((a, b) => a.position - b.position)
      .map((p) => p.institutionId);
  return JSON.stringify({
    values: [
      values.title,
      values.titleIsDescriptive,
      values.kind,
      values.description,
      values.startsOn,
      values.endsOn,
      values.online,
      values.location,
      values.attendance,
      values.topics,
      values.decisions,
    ],
    organizers: byRole('ORGANIZER'),
    partners: byRole('PARTNER'),
    participants: byRole('PARTICIPANT'),
    speakers: [...speakers]
      .sort((a, b) => a.position - b.position)
      .map((s) => [s.personId, s.institutionId, s.role, s.contribution]),
  });
}

function seedEventValues(e: SeedEvent): EventValues {
  const {
    id: _id,
    organizerIds: _o,
    partnerIds: _p,
    participantIds: _pa,
    speakers: _s,
    sources: _sources,
    ...values
  } = e;
  return values;
}

async function syncAgreements(
  dataSource: DataSource,
  manager: EntityManager,
  seeds: readonly SeedAgreement[],
): Promise<SyncResult> {
  const agreements = new AgreementRepository(dataSource);
  const parties = new AgreementPartyRepository(dataSource);
  const commitments = new AgreementCommitmentRepository(dataSource);
  const ids = seeds.map((a) => a.id);
  const rows = await manager.getRepository(Agreement).findBy({ id: In(ids) });
  const storedParties = await manager.getRepository(AgreementParty).findBy({ agreementId: In(ids) });
  const storedCommitments = await manager.getRepository(AgreementCommitment).findBy({ agreementId: In(ids) });
  const result: SyncResult = { created: 0, updated: 0, unchanged: 0 };
  for (const seed of seeds) {
    const values = seedAgreementValues(seed);
    const wantedParties = seed.parties.map((p, position) =>
      Object.assign(new AgreementParty(), { agreementId: seed.id, ...p, position }),
    );
    const wantedCommitments = seed.commitments.map((c, position) =>
      Object.assign(new AgreementCommitment(), { agreementId: seed.id, ...c, position }),
    );
    const row = rows.find((r) => r.id === seed.id);
    if (!row) {
      await agreements.insert(manager, seed.id, values, seed.commitments);
      await parties.insertRows(manager, wantedParties);
      await commitments.insert(manager, seed.id, seed.commitments);
      result.created += 1;
      continue;
    }
    const stored = agreementDocument(
      row,
      storedParties.filter((p) => p.agreementId === seed.id),
      storedCommitments.filter((c) => c.agreementId === seed.id),
    );
    if (stored === agreementDocument(values, wantedParties, wantedCommitments)) {
      result.unchanged += 1;
      continue;
    }
    // A changed record gets a new version, so clients holding the old one get CONFLICT.
    await agreements.update(manager, seed.id, row.version, values, seed.commitments);
    await parties.deleteForParent(manager, seed.id);
    await parties.insertRows(manager, wantedParties);
    await commitments.replace(manager, seed.id, seed.commitments);
    result.updated += 1;
  }
  return result;
}

async function syncEvents(
  dataSource: DataSource,
  manager: EntityManager,
  seeds: readonly SeedEvent[],
): Promise<SyncResult> {
  const events = new EventRepository(dataSource);
  const participants = new EventParticipantRepository(dataSource);
  const speakers = new EventSpeakerRepository(dataSource);
  const ids = seeds.map((e) => e.id);
  const rows = await manager.getRepository(Event).findBy({ id: In(ids) });
  const storedParticipants = await manager.getRepository(EventParticipant).findBy({ eventId: In(ids) });
  const storedSpeakers = await manager.getRepository(EventSpeaker).findBy({ eventId: In(ids) });
  const result: SyncResult = { created: 0, updated: 0, unchanged: 0 };
  for (const seed of seeds) {
    const values = seedEventValues(seed);
    const wantedParticipants = (
      [
        ['ORGANIZER', seed.organizerIds],
        ['PARTNER', seed.partnerIds],
        ['PARTICIPANT', seed.participantIds],
      ] as const
    ).flatMap(([role, list]) =>
      list.map((institutionId, position) =>
        Object.assign(new EventParticipant(), { eventId: seed.id, institutionId, role, position }),
      ),
    );
    const wantedSpeakers = seed.speakers.map((s, position) =>
      Object.assign(new EventSpeaker(), { eventId: seed.id, ...s, position }),
    );
    const row = rows.find((r) => r.id === seed.id);
    if (row) {
      const stored = eventDocument(
        row,
        storedParticipants.filter((p) => p.eventId === seed.id),
        storedSpeakers.filter((s) => s.eventId === seed.id),
      );
      if (stored === eventDocument(values, wantedParticipants, wantedSpeakers)) {
        result.unchanged += 1;
        continue;
      }
      await events.update(manager, seed.id, row.version, values);
      await speakers.deleteForParent(manager, seed.id);
      result.updated += 1;
    } else {
      await events.insert(manager, seed.id, values);
      result.created += 1;
    }
    await participants.replace(manager, seed.id, 'ORGANIZER', seed.organizerIds);
    await participants.replace(manager, seed.id, 'PARTNER', seed.partnerIds);
    await participants.replace(manager, seed.id, 'PARTICIPANT', seed.participantIds);
    await speakers.insertRows(manager, wantedSpeakers);
  }
  return result;
}

/** Writes the seed dataset; idempotent, and one transaction, so it never half-applies. */
export async function seedAgreements(
  dataSource: DataSource,
  seed: AgreementsSeed = agreementsSeed,
): Promise<SeedReport> {
  return writeTransaction(dataSource, async (manager) => {
    const agreements = await syncAgreements(dataSource, manager, seed.agreements);
    const events = await syncEvents(dataSource, manager, seed.events);
    const claims = await seedRecordProvenance(
      manager,
      [
        ...seed.agreements.map((r) => ({ recordKey: recordKey('agreement', r.id), citations: r.sources })),
        ...seed.events.map((r) => ({ recordKey: recordKey('event', r.id), citations: r.sources })),
      ],
      agreementsProvenance,
    );
    return { agreements, events, claims };
  });
}

/** Seeds a database that has no agreements and no events yet (first start). */
export async function seedIfEmpty(dataSource: DataSource): Promise<SeedReport | null> {
  const agreements = await dataSource.getRepository(Agreement).count();
  const events = await dataSource.getRepository(Event).count();
  return agreements === 0 && events === 0 ? seedAgreements(dataSource) : null;
}
