import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { citationLoaders, groupLoader, recordLoader, type PageRequest } from '@partnership-graph/shared';
import { AgreementCommitmentRepository } from '../repositories/AgreementCommitmentRepository';
import { AgreementPartyRepository } from '../repositories/AgreementPartyRepository';
import { AgreementRepository } from '../repositories/AgreementRepository';
import { EventParticipantRepository } from '../repositories/EventParticipantRepository';
import { EventRepository } from '../repositories/EventRepository';
import { EventSpeakerRepository } from '../repositories/EventSpeakerRepository';
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
 * Pages of a per-parent connection: the parents asking with the same filter, order and
 * page share one statement (`findPage` answers each parent's rows).
 */
function parentPageLoader<F, O, R>(
  findPage: (parentIds: string[], filter: F, orderBy: O, page: PageRequest) => Promise<Map<string, R[]>>,
) {
  return new DataLoader<PageKey<F, O>, R[], string>(
    (keys) =>
      batchByGroup(
        keys,
        argumentsOf,
        async (group) => {
          const { filter, orderBy, page } = group[0];
          const byParent = await findPage(
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
  );
}

/** The sizes of a per-parent connection: the parents asking with the same filter share one statement. */
function parentCountLoader<F>(countByParents: (parentIds: string[], filter: F) => Promise<Map<string, number>>) {
  return new DataLoader<CountKey<F>, number, string>(
    (keys) =>
      batchByGroup(
        keys,
        argumentsOf,
        async (group) => {
          const counts = await countByParents(
            group.map((k) => k.parentId),
            group[0].filter,
          );
          return new Map(group.map((k) => [k, counts.get(k.parentId) ?? 0]));
        },
        0,
      ),
    { cacheKeyFn: cacheKeyOf },
  );
}

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
    agreement: recordLoader((ids) => agreements.findByIds(ids)),
    partiesByAgreement: parties.parentLoader(),
    commitmentsByAgreement: commitments.parentLoader(),
    agreementsByParty: parentPageLoader(agreements.findPageByParties.bind(agreements)),
    agreementCountByParty: parentCountLoader(agreements.countByParties.bind(agreements)),
    partnersByInstitution: groupLoader((ids) => parties.findPartners(ids), 'institutionId'),
    signedAgreementsByPerson: groupLoader((ids) => agreements.findBySignatories(ids), 'signatoryId'),

    event: recordLoader((ids) => events.findByIds(ids)),
    participantsByEvent: participants.parentLoader(),
    speakersByEvent: speakers.parentLoader(),
    eventsByInstitution: parentPageLoader(events.findPageByInstitutions.bind(events)),
    eventCountByInstitution: parentCountLoader(events.countByInstitutions.bind(events)),
    eventRolesByPerson: groupLoader((ids) => speakers.findRolesByPersonIds(ids), 'personId'),

    ...citationLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
