import { type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import {
  chunks,
  andCitedBy,
  findTextFilteredPage,
  fulltextWords,
  searchCondition,
  searchNeedle,
  type TextCondition,
  cachedQuery,
  buildSearchText,
  updateVersioned,
  assertDateOrder,
  assertValidId,
  badUserInput,
  endOfPeriod,
  foldText,
  optionalDate,
  type PageRequest,
  undatedLast,
} from '@partnership-graph/shared';
import { Agreement } from '../entities/Agreement';
import { AgreementParty } from '../entities/AgreementParty';
import { areaVocabulary } from '../vocabulary/areaVocabulary';
import { commitmentKindVocabulary, unsearchedCommitmentKinds } from '../vocabulary/commitmentKindVocabulary';
import { datedTitleOrders, type RowOrder } from './datedTitleOrders';
import { TitledTable } from './TitledTable';
import { bool, jsonList, nullableString, periodReaches, type ParentJoin } from './sql';

/** An agreement as resolvers see it (the columns clients can ask for). */
export interface AgreementRow {
  id: string;
  title: string;
  titleIsDescriptive: boolean;
  kind: string;
  status: string;
  description: string | null;
  signedOn: string | null;
  validFrom: string | null;
  validUntil: string | null;
  areas: string[];
  version: number;
}

/** The values of an agreement a client or the seed sets; derived columns are computed from them. */
export type AgreementValues = Omit<AgreementRow, 'id' | 'version'>;

/** What a mutation or an import can change of a stored agreement. */
export function agreementValues(row: AgreementRow): AgreementValues {
  return {
    title: row.title,
    titleIsDescriptive: row.titleIsDescriptive,
    kind: row.kind,
    status: row.status,
    description: row.description,
    signedOn: row.signedOn,
    validFrom: row.validFrom,
    validUntil: row.validUntil,
    areas: row.areas,
  };
}

/** A commitment's values, as the search text needs them. */
export interface CommitmentValues {
  kind: string;
  description: string | null;
}

/**
 * The folded key an agreement stores for an area: the area vocabulary's key when the
 * area is one of its labels in any language ("Künstliche Intelligenz" → "artificial
 * intelligence"), else the area folded.
 */
export function areaKey(area: string): string {
  return areaVocabulary.keyOf(area) ?? foldText(area);
}

/** A TEXT column holds 65,535 bytes; folded text is ASCII, one byte a character. */
const searchTextLimit = 65_000;

/**
 * What `filter.search` looks at, folded: the title, the description, every area with
 * its labels in every language of the vocabulary, and every commitment — the name of
 * its kind in every language and its own words. Cut at a term boundary when it would
 * not fit its column (the most telling terms come first).
 */
export function agreementSearchText(
  values: Pick<AgreementValues, 'title' | 'description' | 'areas'>,
  commitments: readonly CommitmentValues[],
): string {
  const areaWords = values.areas.flatMap((area) => areaVocabulary.foldedWords(areaKey(area)));
  const kindWords = commitments.flatMap((c) =>
    unsearchedCommitmentKinds.has(c.kind) ? [] : commitmentKindVocabulary.foldedWords(c.kind),
  );
  const text = buildSearchText([
    values.title,
    values.description,
    ...values.areas,
    ...areaWords,
    ...kindWords,
    ...commitments.map((c) => c.description),
  ]);
  return text.length <= searchTextLimit ? text : text.slice(0, text.lastIndexOf('|', searchTextLimit - 1) + 1);
}

/** The stored `area_keys`: every area's key (see areaKey) once, between `|`, so a filter can match a whole area. */
export function agreementAreaKeys(areas: readonly string[]): string {
  return `|${[...new Set(areas.map(areaKey).filter(Boolean))].join('|')}|`;
}

/** The stored columns of an agreement: its values plus the folded sort, search and area keys. */
export function agreementColumns(
  values: AgreementValues,
  commitments: readonly CommitmentValues[],
): Omit<Agreement, 'id' | 'version'> {
  return {
    ...values,
    areaKeys: agreementAreaKeys(values.areas),
    signedOnSort: undatedLast(values.signedOn),
    sortTitle: foldText(values.title).slice(0, 300),
    searchText: agreementSearchText(values, commitments),
  };
}

/** `AgreementFilter` as clients send it. */
export interface AgreementFilterInput {
  search?: string | null;
  partyId?: string | null;
  signatoryId?: string | null;
  kinds?: string[] | null;
  statuses?: string[] | null;
  areas?: string[] | null;
  commitmentKinds?: string[] | null;
  signedFrom?: string | null;
  signedTo?: string | null;
  sourceId?: string | null;
}

/** A checked filter: ids well-formed, texts folded, date bounds ordered. */
export interface AgreementFilter {
  search: string | null;
  partyId: string | null;
  signatoryId: string | null;
  kinds: string[];
  statuses: string[];
  /**
   * Folded texts, any of which must start a word of one of the agreement's areas: each
   * area the client gave, and every label (in every language) of the vocabulary areas
   * it names.
   */
  areaNeedles: string[];
  commitmentKinds: string[];
  signedFrom: string | null;
  signedTo: string | null;
  sourceId: string | null;
}

export type AgreementOrderBy = 'SIGNED_ON_DESC' | 'SIGNED_ON_ASC' | 'TITLE_ASC';

export type AgreementStatsGroupBy = 'YEAR' | 'KIND' | 'STATUS' | 'AREA' | 'PARTY_ROLE';

/** One value of a dimension and how many records have it; `key` null for records without a value. */
export interface CountRow {
  key: string | null;
  count: number;
}

/** An institution and how many of the selected agreements it is a party to. */
export interface PartyCountRow {
  institutionId: string;
  agreementCount: number;
}

/** Two institutions (`sourceId` < `targetId`) that are parties to `weight` of the selected agreements together. */
export interface PartyPairRow {
  sourceId: string;
  targetId: string;
  weight: number;
  firstSignedOn: string | null;
  lastSignedOn: string | null;
}

/** The grouping expression of each dimension that is a column (or part of one) of the agreement itself. */
const columnDimensions: Record<'YEAR' | 'KIND' | 'STATUS', string> = {
  // Partial dates start with their year: "2025", "2025-07", "2025-07-04".
  YEAR: 'SUBSTR(a.signed_on, 1, 4)',
  KIND: 'a.kind',
  STATUS: 'a.status',
};

export function countRowsFromRaw(rows: Array<Record<string, unknown>>): CountRow[] {
  return rows.map((r) => ({ key: nullableString(r.bucket_key), count: Number(r.bucket_count) }));
}

/** The folded texts that select the given areas: each as given, and the labels of the vocabulary areas it names. */
function areaNeedles(areas: readonly string[]): string[] {
  const needles = new Set<string>();
  for (const area of areas) {
    const folded = foldText(area);
    if (!folded) continue;
    needles.add(folded);
    for (const key of areaVocabulary.keysMatching(folded))
      for (const word of areaVocabulary.foldedWords(key)) needles.add(word);
  }
  return [...needles];
}

/** Checks a client's filter; throws BAD_USER_INPUT naming the field. */
export function parseAgreementFilter(
  filter: AgreementFilterInput | null | undefined,
  prefix = 'filter',
): AgreementFilter {
  const f = filter ?? {};
  if ((f.areas?.length ?? 0) > 50) throw badUserInput(`${prefix}.areas`, 'at most 50 areas');
  for (const area of f.areas ?? []) {
    if ([...area].length > 200) throw badUserInput(`${prefix}.areas`, 'each area at most 200 characters');
  }
  const signedFrom = optionalDate(f.signedFrom, `${prefix}.signedFrom`);
  const signedTo = optionalDate(f.signedTo, `${prefix}.signedTo`);
  assertDateOrder(signedFrom, signedTo, `${prefix}.signedTo`, `${prefix}.signedFrom`);
  return {
    search: searchNeedle(f.search, `${prefix}.search`),
    partyId: f.partyId != null ? assertValidId(f.partyId, `${prefix}.partyId`) : null,
    signatoryId: f.signatoryId != null ? assertValidId(f.signatoryId, `${prefix}.signatoryId`) : null,
    // Each value once: a list repeating one 40,000 times would be as many SQL parameters.
    kinds: [...new Set(f.kinds ?? [])],
    statuses: [...new Set(f.statuses ?? [])],
    areaNeedles: areaNeedles(f.areas ?? []),
    commitmentKinds: [...new Set(f.commitmentKinds ?? [])],
    signedFrom,
    signedTo,
    sourceId: f.sourceId != null ? assertValidId(f.sourceId, `${prefix}.sourceId`) : null,
  };
}

const { dateDesc, dateAsc, titleAsc } = datedTitleOrders<AgreementRow>('a', 'signed_on', (a) => a.signedOn);
const orders: Record<AgreementOrderBy, RowOrder<AgreementRow>> = {
  SIGNED_ON_DESC: dateDesc,
  SIGNED_ON_ASC: dateAsc,
  TITLE_ASC: titleAsc,
};

/** The columns of an agreement, aliased for raw queries (see `fromRaw`). */
const columns = [
  'a.id AS id',
  'a.title AS title',
  'a.title_is_descriptive AS title_is_descriptive',
  'a.kind AS kind',
  'a.status AS status',
  'a.description AS description',
  'a.signed_on AS signed_on',
  'a.valid_from AS valid_from',
  'a.valid_until AS valid_until',
  'a.areas AS areas',
  'a.version AS version',
];

function fromRaw(raw: Record<string, unknown>): AgreementRow {
  return {
    id: String(raw.id),
    title: String(raw.title),
    titleIsDescriptive: bool(raw.title_is_descriptive),
    kind: String(raw.kind),
    status: String(raw.status),
    description: nullableString(raw.description),
    signedOn: nullableString(raw.signed_on),
    validFrom: nullableString(raw.valid_from),
    validUntil: nullableString(raw.valid_until),
    areas: jsonList(raw.areas),
    version: Number(raw.version),
  };
}

/**
 * Agreements with an area that one of the folded `needles` starts a word of, as in
 * search (`area_keys` is "|key|key|", words between spaces). FULLTEXT narrows it: each
 * needle's words as required prefixes, any needle.
 */
function areasCondition(needles: readonly string[]): TextCondition {
  return {
    apply: (query) => {
      const conditions = needles.map((_, i) => `a.area_keys LIKE :areaAtValue${i} OR a.area_keys LIKE :areaAtWord${i}`);
      const parameters = Object.fromEntries(
        needles.flatMap((needle, i) => [
          [`areaAtValue${i}`, `%|${needle}%`],
          [`areaAtWord${i}`, `% ${needle}%`],
        ]),
      );
      return query.andWhere(`(${conditions.join(' OR ')})`, parameters);
    },
    fulltext: (settings) => {
      const groups = needles.map((needle) => fulltextWords(needle, settings));
      if (groups.some((words) => !words.length)) return null;
      return {
        column: 'a.area_keys',
        query: groups.map((words) => `(${words.map((w) => `+${w}*`).join(' ')})`).join(' '),
      };
    },
  };
}

/** The filter's conditions on folded text, which findTextFilteredPage bounds. */
function textConditions(filter: AgreementFilter): TextCondition[] {
  const conditions: TextCondition[] = [];
  if (filter.search) conditions.push(searchCondition('a.search_text', filter.search));
  if (filter.areaNeedles.length) conditions.push(areasCondition(filter.areaNeedles));
  return conditions;
}

/** Every SQL statement about agreements lives here; writes take the transaction's manager. */
/** An agreement's parties: the institutions its pages per institution hang under. */
const byParty: ParentJoin<Agreement> = {
  join: (query, parentIds) =>
    query
      .innerJoin(AgreementParty, 'pp', 'pp.agreement_id = a.id')
      .andWhere('pp.institution_id IN (:...parentIds)', { parentIds: [...parentIds] }),
  parentColumn: 'pp.institution_id',
  idColumn: 'a.id',
};

export class AgreementRepository extends TitledTable<Agreement, AgreementRow, AgreementFilter, AgreementOrderBy> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Agreement,
      alias: 'a',
      cacheName: 'agreements',
      columns,
      fromRaw,
      orders,
      byInstitution: byParty,
    });
  }

  /** `withText: false` leaves the text conditions (search, areas) to `findTextFilteredPage`. */
  protected filtered(filter: AgreementFilter, withText = true): SelectQueryBuilder<Agreement> {
    const query = this.dataSource.getRepository(Agreement).createQueryBuilder('a');
    if (withText) for (const condition of textConditions(filter)) condition.apply(query);
    if (filter.partyId) {
      query.andWhere('a.id IN (SELECT fp.agreement_id FROM agreement_parties fp WHERE fp.institution_id = :partyId)', {
        partyId: filter.partyId,
      });
    }
    if (filter.signatoryId) {
      query.andWhere(
        'a.id IN (SELECT fs.agreement_id FROM agreement_parties fs WHERE fs.signatory_id = :signatoryId)',
        {
          signatoryId: filter.signatoryId,
        },
      );
    }
    if (filter.kinds.length) query.andWhere('a.kind IN (:...kinds)', { kinds: filter.kinds });
    if (filter.statuses.length) query.andWhere('a.status IN (:...statuses)', { statuses: filter.statuses });
    if (filter.commitmentKinds.length) {
      query.andWhere(
        'a.id IN (SELECT fc.agreement_id FROM agreement_commitments fc WHERE fc.kind IN (:...commitmentKinds))',
        { commitmentKinds: filter.commitmentKinds },
      );
    }
    if (filter.signedFrom) periodReaches(query, 'a.signed_on', filter.signedFrom, 'signedFrom');
    if (filter.signedTo) query.andWhere('a.signed_on <= :signedTo', { signedTo: endOfPeriod(filter.signedTo) });
    if (filter.sourceId) andCitedBy(query, 'a.id', 'agreement', filter.sourceId);
    return query;
  }

  async findPage(filter: AgreementFilter, orderBy: AgreementOrderBy, page: PageRequest): Promise<AgreementRow[]> {
    return findTextFilteredPage({
      query: () => this.filtered(filter, false).select(columns),
      order: orders[orderBy],
      after: page.after,
      limit: page.limit,
      conditions: textConditions(filter),
      fetch: async (query) => (await query.getRawMany()).map(fromRaw),
    });
  }

  /** One page of agreements for each of many institutions (their parties), in ONE statement. */
  findPageByParties(
    institutionIds: readonly string[],
    filter: AgreementFilter,
    orderBy: AgreementOrderBy,
    page: PageRequest,
  ): Promise<Map<string, AgreementRow[]>> {
    return this.pagesByInstitution(institutionIds, filter, orderBy, page);
  }

  /** How many agreements match the filter for each of many institutions, in one statement. */
  countByParties(institutionIds: readonly string[], filter: AgreementFilter): Promise<Map<string, number>> {
    return this.countsByInstitution(institutionIds, filter);
  }

  /** The agreements each of many people signed, latest first, in one statement. */
  async findBySignatories(personIds: readonly string[]): Promise<Array<AgreementRow & { signatoryId: string }>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource
      .getRepository(Agreement)
      .createQueryBuilder('a')
      .innerJoin(AgreementParty, 'sp', 'sp.agreement_id = a.id')
      .select([...columns, 'sp.signatory_id AS signatory_id'])
      .where('sp.signatory_id IN (:...personIds)', { personIds: [...personIds] })
      .orderBy("COALESCE(a.signed_on, '')", 'DESC')
      .addOrderBy('a.id', 'ASC')
      .getRawMany();
    return rows.map((raw) => ({ ...fromRaw(raw), signatoryId: String(raw.signatory_id) }));
  }

  /**
   * The distinct institutions that are parties to the agreements the filter selects,
   * at most `limit` of them (by id), through the aggregate cache.
   */
  partyIds(filter: AgreementFilter, limit: number): Promise<string[]> {
    const query = this.filtered(filter)
      .innerJoin(AgreementParty, 'ip', 'ip.agreement_id = a.id')
      .select('DISTINCT ip.institution_id', 'institution_id')
      .orderBy('ip.institution_id', 'ASC')
      .limit(limit);
    return cachedQuery('agreements.partyIds', query, async (q) =>
      (await q.getRawMany()).map((r: Record<string, unknown>) => String(r.institution_id)),
    );
  }

  /** How many distinct institutions are parties to the agreements the filter selects (through the aggregate cache). */
  countPartyInstitutions(filter: AgreementFilter): Promise<number> {
    const query = this.filtered(filter)
      .innerJoin(AgreementParty, 'ip', 'ip.agreement_id = a.id')
      .select('COUNT(DISTINCT ip.institution_id)', 'total');
    return cachedQuery('agreements.countPartyInstitutions', query, async (q) =>
      Number((await q.getRawOne())?.total ?? 0),
    );
  }

  /**
   * The selected agreements counted by a value of their parties, in ONE statement: each
   * group of institution ids is a bucket (an agreement counts once per bucket it has a
   * party in); parties in no group form the bucket with key null.
   */
  countByPartyGroups(
    filter: AgreementFilter,
    groups: ReadonlyArray<{ key: string; institutionIds: readonly string[] }>,
  ): Promise<CountRow[]> {
    const parameters: Record<string, unknown> = {};
    const cases = groups.map((group, index) => {
      parameters[`groupIds${index}`] = [...group.institutionIds];
      parameters[`groupKey${index}`] = group.key;
      return `WHEN cp.institution_id IN (:...groupIds${index}) THEN :groupKey${index}`;
    });
    const bucket = cases.length ? `CASE ${cases.join(' ')} ELSE NULL END` : 'NULL';
    const query = this.filtered(filter)
      .innerJoin(AgreementParty, 'cp', 'cp.agreement_id = a.id')
      .select(bucket, 'bucket_key')
      .addSelect('COUNT(DISTINCT a.id)', 'bucket_count')
      .setParameters(parameters)
      .groupBy('bucket_key');
    return cachedQuery('agreements.countByPartyGroups', query, async (q) => countRowsFromRaw(await q.getRawMany()));
  }

  /**
   * How many of the agreements the filter selects have each value of a dimension, in
   * ONE statement (GROUP BY). By PARTY_ROLE an agreement counts once per role its
   * parties have; by AREA once per area.
   */
  countBy(
    filter: AgreementFilter,
    groupBy: Exclude<AgreementStatsGroupBy, 'PARTY_COUNTRY' | 'PARTY_KIND'>,
  ): Promise<CountRow[]> {
    // Read through the aggregate cache: a GROUP BY reads every matching agreement.
    return cachedQuery(`agreements.countBy.${groupBy}`, this.filtered(filter), () =>
      this.countByUncached(filter, groupBy),
    );
  }

  private async countByUncached(
    filter: AgreementFilter,
    groupBy: Exclude<AgreementStatsGroupBy, 'PARTY_COUNTRY' | 'PARTY_KIND'>,
  ): Promise<CountRow[]> {
    if (groupBy === 'AREA') return this.countByArea(filter);
    if (groupBy === 'PARTY_ROLE') {
      const rows: Array<Record<string, unknown>> = await this.filtered(filter)
        .innerJoin(AgreementParty, 'rp', 'rp.agreement_id = a.id')
        .select('rp.role', 'bucket_key')
        .addSelect('COUNT(DISTINCT a.id)', 'bucket_count')
        .groupBy('rp.role')
        .getRawMany();
      return countRowsFromRaw(rows);
    }
    const expression = columnDimensions[groupBy];
    const rows: Array<Record<string, unknown>> = await this.filtered(filter)
      .select(expression, 'bucket_key')
      .addSelect('COUNT(*)', 'bucket_count')
      .groupBy(expression)
      .getRawMany();
    return countRowsFromRaw(rows);
  }

  /**
   * Agreements per folded area. `area_keys` holds every folded area between `|`
   * ("|science|innovation|"); a recursive CTE (SQLite ≥ 3.8.3, MySQL 8, MariaDB 10.2)
   * cuts it into one row per area, and the areas are counted in the same statement.
   * Each step keeps the text from the next `|` on, so `rest` never changes type.
   */
  private async countByArea(filter: AgreementFilter): Promise<CountRow[]> {
    const [sql, parameters] = this.filtered(filter)
      .select('a.id', 'agreement_id')
      .addSelect('a.area_keys', 'area_keys')
      .getQueryAndParameters();
    const next = "INSTR(SUBSTR(rest, 2), '|')";
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `WITH RECURSIVE split (agreement_id, rest) AS (
         SELECT f.agreement_id, f.area_keys FROM (${sql}) f
         UNION ALL
         SELECT agreement_id, SUBSTR(rest, ${next} + 1) FROM split WHERE ${next} > 0
       )
       SELECT SUBSTR(rest, 2, ${next} - 1) AS bucket_key, COUNT(DISTINCT agreement_id) AS bucket_count
       FROM split WHERE ${next} > 1
       GROUP BY SUBSTR(rest, 2, ${next} - 1)`,
      parameters,
    );
    return countRowsFromRaw(rows);
  }

  /**
   * The `limit` institutions that are parties to the most of the agreements the filter
   * selects (ties by id), with how many, in one statement through the aggregate cache.
   */
  findTopParties(filter: AgreementFilter, limit: number): Promise<PartyCountRow[]> {
    const query = this.filtered(filter)
      .innerJoin(AgreementParty, 'ip', 'ip.agreement_id = a.id')
      .select('ip.institution_id', 'institution_id')
      .addSelect('COUNT(*)', 'agreement_count')
      .groupBy('ip.institution_id')
      .orderBy('COUNT(*)', 'DESC')
      .addOrderBy('ip.institution_id', 'ASC')
      .limit(limit);
    return cachedQuery('agreements.findTopParties', query, async (q) =>
      (await q.getRawMany()).map((r: Record<string, unknown>) => ({
        institutionId: String(r.institution_id),
        agreementCount: Number(r.agreement_count),
      })),
    );
  }

  /**
   * Every party of a selected agreement joined with each other party of it whose id sorts
   * after its own, selecting the two as `source_id` and `target_id`.
   */
  private partyPairs(filter: AgreementFilter): SelectQueryBuilder<Agreement> {
    return this.filtered(filter)
      .innerJoin(AgreementParty, 'np', 'np.agreement_id = a.id')
      .innerJoin(AgreementParty, 'nq', 'nq.agreement_id = a.id AND nq.institution_id > np.institution_id')
      .select('np.institution_id', 'source_id')
      .addSelect('nq.institution_id', 'target_id');
  }

  /** How many pairs of institutions are parties to one of the selected agreements together (through the aggregate cache). */
  countPartyPairs(filter: AgreementFilter): Promise<number> {
    const pairs = this.partyPairs(filter).groupBy('np.institution_id').addGroupBy('nq.institution_id');
    return cachedQuery('agreements.countPartyPairs', pairs, async (q) => {
      const [sql, parameters] = q.getQueryAndParameters();
      const rows: Array<Record<string, unknown>> = await this.dataSource.query(
        `SELECT COUNT(*) AS total FROM (${sql}) pairs`,
        parameters,
      );
      return Number(rows[0]?.total ?? 0);
    });
  }

  /**
   * The pairs among `institutionIds` that share selected agreements, weighted by how
   * many, with the first and last signing dates (partial dates compare as text), the
   * heaviest `limit` (ties by the ids), in one statement through the aggregate cache.
   */
  findPartyPairs(filter: AgreementFilter, institutionIds: readonly string[], limit: number): Promise<PartyPairRow[]> {
    if (!institutionIds.length || limit <= 0) return Promise.resolve([]);
    const query = this.partyPairs(filter)
      .andWhere('np.institution_id IN (:...pairIds)')
      .andWhere('nq.institution_id IN (:...pairIds)', { pairIds: [...institutionIds] })
      .addSelect('COUNT(*)', 'weight')
      .addSelect('MIN(a.signed_on)', 'first_signed_on')
      .addSelect('MAX(a.signed_on)', 'last_signed_on')
      .groupBy('np.institution_id')
      .addGroupBy('nq.institution_id')
      .orderBy('COUNT(*)', 'DESC')
      .addOrderBy('np.institution_id', 'ASC')
      .addOrderBy('nq.institution_id', 'ASC')
      .limit(limit);
    return cachedQuery('agreements.findPartyPairs', query, async (q) =>
      (await q.getRawMany()).map((r: Record<string, unknown>) => ({
        sourceId: String(r.source_id),
        targetId: String(r.target_id),
        weight: Number(r.weight),
        firstSignedOn: nullableString(r.first_signed_on),
        lastSignedOn: nullableString(r.last_signed_on),
      })),
    );
  }

  /**
   * The first `perPair` selected agreements (by id) that each pair shares, keyed
   * "sourceId targetId", in one statement through the aggregate cache: the agreements
   * of every pair between the pairs' sources and targets (callers pass at most a few
   * thousand pairs among a few hundred institutions), numbered per pair and cut.
   */
  async findSharedAgreementIds(
    filter: AgreementFilter,
    pairs: ReadonlyArray<{ sourceId: string; targetId: string }>,
    perPair: number,
  ): Promise<Map<string, string[]>> {
    const shared = new Map<string, string[]>();
    if (!pairs.length) return shared;
    const wanted = new Set(pairs.map((pair) => `${pair.sourceId} ${pair.targetId}`));
    const numbered = this.partyPairs(filter)
      .andWhere('np.institution_id IN (:...pairSources)', {
        pairSources: [...new Set(pairs.map((pair) => pair.sourceId))],
      })
      .andWhere('nq.institution_id IN (:...pairTargets)', {
        pairTargets: [...new Set(pairs.map((pair) => pair.targetId))],
      })
      .addSelect('a.id', 'agreement_id')
      .addSelect('ROW_NUMBER() OVER (PARTITION BY np.institution_id, nq.institution_id ORDER BY a.id)', 'pair_rank');
    const rows = await cachedQuery('agreements.findSharedAgreementIds', numbered, async (q) => {
      const [sql, values] = q.getQueryAndParameters();
      const raw: Array<Record<string, unknown>> = await this.dataSource.query(
        `SELECT source_id, target_id, agreement_id FROM (${sql}) numbered WHERE pair_rank <= ${Math.floor(perPair)} ORDER BY source_id, target_id, agreement_id`,
        values,
      );
      return raw.map((r) => ({
        key: `${String(r.source_id)} ${String(r.target_id)}`,
        agreementId: String(r.agreement_id),
      }));
    });
    for (const row of rows) {
      if (!wanted.has(row.key)) continue;
      const ids = shared.get(row.key);
      if (ids) ids.push(row.agreementId);
      else shared.set(row.key, [row.agreementId]);
    }
    return shared;
  }

  /** `commitments`: the agreement's commitments, which its search text holds. */
  async insert(
    manager: EntityManager,
    id: string,
    values: AgreementValues,
    commitments: readonly CommitmentValues[],
  ): Promise<void> {
    await manager.getRepository(Agreement).insert({ id, version: 1, ...agreementColumns(values, commitments) });
  }

  /**
   * Writes the values if the stored version is still `expectedVersion` (else CONFLICT);
   * returns the new version. `commitments`: those the agreement has after the change.
   */
  update(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
    values: AgreementValues,
    commitments: readonly CommitmentValues[],
  ): Promise<number> {
    return updateVersioned(manager, Agreement, id, expectedVersion, agreementColumns(values, commitments));
  }

  /** Writes many new agreements at version 1: one statement per 200. */
  async insertMany(
    manager: EntityManager,
    agreements: ReadonlyArray<{ id: string; values: AgreementValues; commitments: readonly CommitmentValues[] }>,
  ): Promise<void> {
    for (const chunk of chunks(agreements, 200)) {
      await manager
        .getRepository(Agreement)
        .insert(
          chunk.map(({ id, values, commitments }) => ({ id, version: 1, ...agreementColumns(values, commitments) })),
        );
    }
  }
}
