import type { DataSource } from 'typeorm';
import { cachedRead, limitReached, type EntityReferenceChecker, type TimeBudget } from '@partnership-graph/shared';
import type { AgreementFilter, AgreementRepository, CountRow } from '../repositories/AgreementRepository';

/** The most distinct parties whose country or kind one statistic asks the institutions subgraph for. */
export const PARTY_STATS_MAX_PARTIES = 10_000;
/** Ids per `_entities` request: about 100 kB of representations, well within a subgraph's body limit. */
const LOOKUP_BATCH = 2_000;

/**
 * Agreements by an attribute of their parties that the institutions subgraph owns
 * (country, kind): the party ids come from SQL (at most PARTY_STATS_MAX_PARTIES, else
 * LIMIT_REACHED), their attribute from the owner's `_entities` in a few large batches,
 * and the buckets are counted in ONE statement (COUNT DISTINCT, so an agreement with two
 * parties of one country counts once there). The answer is kept in the aggregate cache:
 * a write here drops it at once, a change in the institutions subgraph is seen after
 * `READ_CACHE_MS`.
 */
export function countByPartyAttribute(
  dataSource: DataSource,
  agreements: AgreementRepository,
  references: EntityReferenceChecker,
  filter: AgreementFilter,
  attribute: 'country' | 'kind',
  budget: TimeBudget,
): Promise<CountRow[]> {
  return cachedRead(dataSource, `agreementStats.party.${attribute}\u0000${JSON.stringify(filter)}`, async () => {
    const ids = await agreements.partyIds(filter, PARTY_STATS_MAX_PARTIES + 1);
    if (ids.length > PARTY_STATS_MAX_PARTIES) {
      const parties = await agreements.countPartyInstitutions(filter);
      throw limitReached(
        `agreementStats by party ${attribute} would read the ${attribute} of ${parties} parties, more than ${PARTY_STATS_MAX_PARTIES}; narrow the filter`,
        { limit: 'parties', maxParties: PARTY_STATS_MAX_PARTIES, parties },
      );
    }
    if (!ids.length) return [];
    budget.check({ parties: ids.length });
    const institutions = await references.fetchFields<{ country?: string | null; kind?: string | null }>(
      'Institution',
      ids,
      attribute,
      LOOKUP_BATCH,
    );
    budget.check({ parties: ids.length });
    const idsByValue = new Map<string, string[]>();
    ids.forEach((id, index) => {
      const value = institutions[index]?.[attribute] ?? null;
      if (value === null) return; // counted in the bucket of parties without a value
      const members = idsByValue.get(value);
      if (members) members.push(id);
      else idsByValue.set(value, [id]);
    });
    const groups = [...idsByValue].map(([key, institutionIds]) => ({ key, institutionIds }));
    return agreements.countByPartyGroups(filter, groups);
  });
}
