import {
  TableIndex,
  type MigrationInterface,
  type ObjectLiteral,
  type QueryRunner,
  type SelectQueryBuilder,
} from 'typeorm';
import { badUserInput } from '../graphql/errors';
import type { Cursor } from '../graphql/pagination';
import { searchKey } from '../text/foldText';
import { applyKeyset, type KeysetOrder } from './keyset';

/**
 * Text search over a folded `search_text` column ("|value|value|", words of [a-z0-9]
 * between spaces; see buildSearchText), matching the needle where a word starts:
 * "bayrak" and "baku state" find "Baku State University of Bayraktar", "raktar" does not.
 *
 * On MySQL a page of matches is found in two steps, each bounded:
 * 1. the first SEARCH_WINDOW rows of the list in its order are tested one by one (the
 *    order's index, as without search) — a common word fills the page here;
 * 2. when fewer matches than a page lie there, the word is rare and the table's FULLTEXT
 *    index gives every row holding the needle's words, which are then sorted.
 * A LIKE alone walks every row for a rare word (a minute over a million agreements);
 * FULLTEXT alone sorts every row for a common one (seconds). SQLite, used for small
 * data, tests the rows in order.
 */

/** Rows of a list tested for the needle in order before the FULLTEXT index is asked. */
export const SEARCH_WINDOW = 2000;

/** InnoDB's default FULLTEXT stopwords, which the index does not hold. */
const fulltextStopwords = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(
    ' ',
  ),
);

/** What a server's FULLTEXT indexes hold: words of at least `minWord` characters (innodb_ft_min_token_size). */
export interface FulltextSettings {
  minWord: number;
}

/** Per data source, read once when it opens (see readFulltextSettings); null: the FULLTEXT step is off. */
const serverSettings = new WeakMap<object, FulltextSettings | null>();

/**
 * Reads the server's FULLTEXT settings once, when a MySQL data source opens. With a
 * stopword list of its own the server leaves out words this code cannot know, and a
 * FULLTEXT query naming one would miss rows: the step is then off (searches test rows
 * in order, as on SQLite).
 */
export async function readFulltextSettings(dataSource: {
  query: (sql: string) => Promise<Array<Record<string, unknown>>>;
}): Promise<FulltextSettings | null> {
  const [row] = await dataSource.query(
    'SELECT @@innodb_ft_min_token_size AS min_word, @@innodb_ft_server_stopword_table AS stopword_table',
  );
  const settings = row && !row.stopword_table ? { minWord: Number(row.min_word) } : null;
  serverSettings.set(dataSource, settings);
  return settings;
}

/** The folded needle of a `search` argument, null when absent or blank; over 200 characters is BAD_USER_INPUT. */
export function searchNeedle(search: string | null | undefined, argument = 'filter.search'): string | null {
  if (search == null) return null;
  if ([...search].length > 200) throw badUserInput(argument, 'at most 200 characters');
  return searchKey(search) || null;
}

/** Adds the text condition: the folded `needle` where a word of `column` starts. */
export function andTextMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  needle: string,
): SelectQueryBuilder<T> {
  return query.andWhere(`(${column} LIKE :searchAtValue OR ${column} LIKE :searchAtWord)`, {
    searchAtValue: `%|${needle}%`,
    searchAtWord: `% ${needle}%`,
  });
}

/** Adds a list's `search` argument, when it has words, as the text condition on `<alias>.search_text`. */
export function andSearchMatches<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  search: string | null | undefined,
): void {
  const needle = searchNeedle(search);
  if (needle) andTextMatches(query, `${alias}.search_text`, needle);
}

/** The words of folded text a FULLTEXT index holds (long enough, not stopwords). */
export function fulltextWords(folded: string, settings: FulltextSettings): string[] {
  return folded.split(' ').filter((w) => w.length >= settings.minWord && !fulltextStopwords.has(w));
}

/** The FULLTEXT boolean query every match of `needle` satisfies (each indexable word as a required prefix), or null. */
export function fulltextQuery(needle: string, settings: FulltextSettings): string | null {
  const words = fulltextWords(needle, settings);
  return words.length ? words.map((w) => `+${w}*`).join(' ') : null;
}

/**
 * A condition on folded text that no B-tree index serves: `apply` adds the exact
 * condition; `fulltext` names a FULLTEXT-indexed column and a boolean query that every
 * row meeting the condition satisfies, on a server with these settings (null when the
 * index cannot narrow it).
 */
export interface TextCondition {
  apply: <Q extends ObjectLiteral>(query: SelectQueryBuilder<Q>) => SelectQueryBuilder<Q>;
  fulltext: (settings: FulltextSettings) => { column: string; query: string } | null;
}

/** The `search` condition: `needle` where a word of `column` starts. */
export function searchCondition(column: string, needle: string): TextCondition {
  return {
    apply: (q) => andTextMatches(q, column, needle),
    fulltext: (settings) => {
      const query = fulltextQuery(needle, settings);
      return query === null ? null : { column, query };
    },
  };
}

export interface TextFilteredPage<T extends ObjectLiteral, R> {
  /** The list's filtered query, without the text conditions; a fresh builder per call. */
  query: () => SelectQueryBuilder<T>;
  order: KeysetOrder;
  after: Cursor | null;
  limit: number;
  /** The text conditions the rows must also meet; none: a plain page. */
  conditions: readonly TextCondition[];
  /** Runs the page query (getMany, or getRawMany and a mapping). */
  fetch: (query: SelectQueryBuilder<T>) => Promise<R[]>;
}

/** One keyset page of a list filtered by text conditions (see the top of this file). */
export async function findTextFilteredPage<T extends ObjectLiteral, R>(page: TextFilteredPage<T, R>): Promise<R[]> {
  const { query, order, after, limit, conditions, fetch } = page;
  const run = (q: SelectQueryBuilder<T>) => fetch(applyKeyset(q, order, after, limit));
  const matching = () => conditions.reduce((q, condition) => condition.apply(q), query());
  if (!conditions.length) return run(matching());
  // Set only for MySQL data sources opened by openDatabase.
  const settings = serverSettings.get(query().connection);
  // One FULLTEXT index narrows a query; the other conditions are tested on what it gives.
  const fulltext = settings ? conditions.map((c) => c.fulltext(settings)).find((f) => f !== null) : null;
  if (!fulltext) return run(matching());

  const boundary = await windowEnd(query(), order, after);
  // The rest of the list is shorter than the window: testing it in order is bounded already.
  if (!boundary) return run(matching());
  const inWindow = await run(andUpTo(matching(), order, boundary));
  if (inWindow.length >= limit) return inWindow;
  return run(
    matching().andWhere(`MATCH(${fulltext.column}) AGAINST (:fulltext IN BOOLEAN MODE)`, { fulltext: fulltext.query }),
  );
}

export interface TextSearchPage<T extends ObjectLiteral, R> extends Omit<TextFilteredPage<T, R>, 'conditions'> {
  /** The folded search column, e.g. `a.search_text` (FULLTEXT-indexed on MySQL). */
  column: string;
  /** The folded needle; null or empty: no text condition. */
  needle: string | null;
}

/** One keyset page of a list with a `search` filter. */
export function findTextSearchPage<T extends ObjectLiteral, R>(page: TextSearchPage<T, R>): Promise<R[]> {
  const { column, needle, ...rest } = page;
  return findTextFilteredPage({ ...rest, conditions: needle ? [searchCondition(column, needle)] : [] });
}

/**
 * A page of entities from a list with a `search` filter on `<alias>.search_text`:
 * `filtered(withSearch)` builds the list's query with or without the text condition.
 */
export function findSearchablePage<T extends ObjectLiteral>(
  filtered: (withSearch: boolean) => SelectQueryBuilder<T>,
  alias: string,
  order: KeysetOrder,
  search: string | null | undefined,
  page: { after: Cursor | null; limit: number },
): Promise<T[]> {
  return findTextSearchPage({
    query: () => filtered(false),
    order,
    after: page.after,
    limit: page.limit,
    column: `${alias}.search_text`,
    needle: searchNeedle(search),
    fetch: (query) => query.getMany(),
  });
}

interface Boundary {
  key: string | null;
  id: string;
}

/** The SEARCH_WINDOW-th row of the list after the cursor, in the page's order (null if the list ends first). */
async function windowEnd<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  after: Cursor | null,
): Promise<Boundary | null> {
  const key = order.nullsLast && order.direction === 'DESC' ? order.nullsLast.column : order.sortExpression;
  const row = await applyKeyset(query, order, after, 1)
    .offset(SEARCH_WINDOW - 1)
    .select(key, 'boundary_key')
    .addSelect(order.idExpression, 'boundary_id')
    .getRawOne<{ boundary_key: unknown; boundary_id: unknown }>();
  if (!row) return null;
  return {
    key: row.boundary_key === null || row.boundary_key === undefined ? null : String(row.boundary_key),
    id: String(row.boundary_id),
  };
}

/** Rows up to and including `boundary` in the order, as a range the order's index serves. */
function andUpTo<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  order: KeysetOrder,
  boundary: Boundary,
): SelectQueryBuilder<T> {
  const id = order.idExpression;
  const params = { boundaryKey: boundary.key, boundaryId: boundary.id };
  if (order.nullsLast && order.direction === 'DESC') {
    const column = order.nullsLast.column;
    if (boundary.key === null) return query.andWhere(`(${column} IS NOT NULL OR ${id} >= :boundaryId)`, params);
    return query.andWhere(`(${column} > :boundaryKey OR (${column} = :boundaryKey AND ${id} >= :boundaryId))`, params);
  }
  const [before, upTo] = order.direction === 'ASC' ? ['<', '<='] : ['>', '>='];
  const key = order.sortExpression;
  return query.andWhere(
    `(${key} ${before} :boundaryKey OR (${key} = :boundaryKey AND ${id} ${upTo} :boundaryId))`,
    params,
  );
}

/** The FULLTEXT index of a table's `search_text` (a plain index on SQLite, which has none). */
export function searchIndex(table: string): TableIndex {
  return new TableIndex({ name: `ft_${table}_search`, columnNames: ['search_text'], isFulltext: true });
}

/** A subgraph's migration adding `searchIndex` to each of its searchable `tables`. */
export abstract class SearchIndexesMigration implements MigrationInterface {
  abstract readonly name: string;
  protected abstract readonly tables: readonly string[];

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of this.tables) await queryRunner.createIndex(table, searchIndex(table));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...this.tables].reverse()) await queryRunner.dropIndex(table, searchIndex(table).name!);
  }
}
