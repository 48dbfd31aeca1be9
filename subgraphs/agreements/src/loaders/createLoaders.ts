import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createCitationsLoader,
  createClaimsLoader,
  createSourceDocumentLoader,
  createSourcesCitedLoader,
  groupRows,
  indexRows,
  type PageRequest,
} from '@partnership-graph/shared';
import type { AgreementCommitment } from '../entities/AgreementCommitment';
import type { AgreementParty } from '../entities/AgreementParty';
import type { EventParticipant } from '../entities/EventParticipant';
import type { EventSpeaker } from '../entities/EventSpeaker';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository, type PartnerRow } from '../repositories/AgreementPartyRepository';
import {
  AgreementRepository,
  type AgreementFilter,
  type AgreementOrderBy,
  type AgreementRow,
} from '../repositories/AgreementRepository';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository, type EventFilter, type EventOrderBy, type EventRow } from '../repositories/EventRepository';
import { EventSpeakerRepository, type EventRoleRow } from '../repositories/EventSpeakerRepository';
import { batchByGroup } from '../repositories/sql';

/** One parent's page of a per-parent connection; parents asking with the same arguments share one statement. */
export interface PageKey<F, O> {
  parentId: string;
  filter: F;
  orderBy: O;
  page: PageRequest;
}

export interface CountKey<F> {
  parentId: string;
  filter: F;
}

const argumentsOf = (key: { parentId: string }) => JSON.stringify({ ...key, parentId: undefined });
const cacheKeyOf = (key: object) => JSON.stringify(key);

/**
 * The loaders of one request: each batches every lookup of its kind into one
 * statement. Per-parent connections (an institution's agreements and events) batch
 * every parent asking with the same filter, order and page into one statement that
 * pages each parent with a window function (see AgreementRepository.findPageByParties).
 */
export function createLoaders(dataSource: DataSource) {
  const agreements = new AgreementRepository(dataSource);
  const parties = new AgreementPartyRepository(dataSource);
  const commitments = new AgreementCommitmentRepository(dataSource);
  const events = new EventRepository(dataSource);
  const participants = new EventParticipantRepository(dataSource);
  const speakers = new EventSpeakerRepository(dataSource);

  return {
    agreement: new DataLoader<string, AgreementRow | null>(async (ids) =>
      indexRows(ids, await agreements.findByIds(ids), (a) => a.id),
    ),
    partiesByAgreement: new DataLoader<string, AgreementParty[]>(async (ids) =>
      groupRows(ids, await parties.findByAgreementIds(ids), (p) => p.agreementId),
    ),
    commitmentsByAgreement: new DataLoader<string, AgreementCommitment[]>(async (ids) =>
      groupRows(ids, await commitments.findByAgreementIds(ids), (c) => c.agreementId),
    ),
    agreementsByParty: new DataLoader<PageKey<AgreementFilter, AgreementOrderBy>, AgreementRow[], string>(
      (keys) =>
        batchByGroup(
          keys,
          argumentsOf,
          async (group) => {
            const { filter, orderBy, page } = group[0];
            const byParent = await agreements.findPageByParties(
              group.map((k) => k.parentId),
              filter,
              orderBy,
              page,
            );
            return new Map(group.map((k) => [k, byParent.get(k.parentId) ?? []]));
          },
          [],
        ),
      { cacheKeyFn: cacheKeyOf },
    ),
    agreementCountByParty: new DataLoader<CountKey<AgreementFilter>, number, string>(
      (keys) =>
        batchByGroup(
          keys,
          argumentsOf,
          async (group) => {
            const counts = await agreements.countByParties(
              group.map((k) => k.parentId),
              group[0].filter,
            );
            return new Map(group.map((k) => [k, counts.get(k.parentId) ?? 0]));
          },
          0,
        ),
      { cacheKeyFn: cacheKeyOf },
    ),
    partnersByInstitution: new DataLoader<string, PartnerRow[]>(async (ids) =>
      groupRows(ids, await parties.findPartners(ids), (p) => p.institutionId),
    ),
    signedAgreementsByPerson: new DataLoader<string, AgreementRow[]>(async (ids) =>
      groupRows(ids, await agreements.findBySignatories(ids), (a) => a.signatoryId),
    ),

    event: new DataLoader<string, EventRow | null>(async (ids) =>
      indexRows(ids, await events.findByIds(ids), (e) => e.id),
    ),
    participantsByEvent: new DataLoader<string, EventParticipant[]>(async (ids) =>
      groupRows(ids, await participants.findByEventIds(ids), (p) => p.eventId),
    ),
    speakersByEvent: new DataLoader<string, EventSpeaker[]>(async (ids) =>
      groupRows(ids, await speakers.findByEventIds(ids), (s) => s.eventId),
    ),
    eventsByInstitution: new DataLoader<PageKey<EventFilter, EventOrderBy>, EventRow[], string>(
      (keys) =>
        batchByGroup(
          keys,
          argumentsOf,
          async (group) => {
            const { filter, orderBy, page } = group[0];
            const byParent = await events.findPageByInstitutions(
              group.map((k) => k.parentId),
              filter,
              orderBy,
              page,
            );
            return new Map(group.map((k) => [k, byParent.get(k.parentId) ?? []]));
          },
          [],
        ),
      { cacheKeyFn: cacheKeyOf },
    ),
    eventCountByInstitution: new DataLoader<CountKey<EventFilter>, number, string>(
      (keys) =>
        batchByGroup(
          keys,
          argumentsOf,
          async (group) => {
            const counts = await events.countByInstitutions(
              group.map((k) => k.parentId),
              group[0].filter,
            );
            return new Map(group.map((k) => [k, counts.get(k.parentId) ?? 0]));
          },
          0,
        ),
      { cacheKeyFn: cacheKeyOf },
    ),
    eventRolesByPerson: new DataLoader<string, EventRoleRow[]>(async (ids) =>
      groupRows(ids, await speakers.findRolesByPersonIds(ids), (r) => r.personId),
    ),

    citations: createCitationsLoader(dataSource),
    claims: createClaimsLoader(dataSource),
    sourceDocument: createSourceDocumentLoader(dataSource),
    sourcesCited: createSourcesCitedLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
