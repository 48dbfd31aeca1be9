import type { EntityReferenceChecker } from '@partnership-graph/shared';
import type { AgreementFilter, AgreementRepository, CountRow } from '../repositories/AgreementRepository';

/**
 * Agreements by an attribute of their parties that the institutions subgraph owns
 * (country, kind): the party ids come from SQL, their attribute from the owner's
 * `_entities`, and each bucket is counted in SQL (COUNT DISTINCT, so an agreement with
 * two parties of one country counts once there).
 */
export async function countByPartyAttribute(
  agreements: AgreementRepository,
  references: EntityReferenceChecker,
  filter: AgreementFilter,
  attribute: 'country' | 'kind',
): Promise<CountRow[]> {
  const ids = await agreements.partyIds(filter);
  if (!ids.length) return [];
  const institutions = await references.fetchFields<{ country?: string | null; kind?: string | null }>('Institution', ids, attribute);
  const idsByValue = new Map<string | null, string[]>();
  ids.forEach((id, index) => {
    const value = institutions[index]?.[attribute] ?? null;
    idsByValue.set(value, [...(idsByValue.get(value) ?? []), id]);
  });
  const rows: CountRow[] = [];
  for (const [key, members] of idsByValue) rows.push({ key, count: await agreements.countWithAnyParty(filter, members) });
  return rows;
}
