import type { SubgraphName } from './tables';

/**
 * EXPLAIN of the list queries the benchmark scenarios send, written as the
 * repositories write them (keyset ORDER BY sort key, id; IN lists of a DataLoader
 * batch). `expect` names the index the query should use; `sorts` says whether a
 * filesort is what the current schema gives (a missing index, reported, not fixed here).
 */
export interface IndexProbe {
  database: SubgraphName;
  name: string;
  sql: string;
  /** The index the plan should use for the main table. */
  expect: string;
  /** A DataLoader batch: sorting its few matched rows is fine; only the index matters. */
  batch?: boolean;
  /** Set when the schema as migrated cannot serve this query from an index alone: what is missing. */
  knownGap?: string;
}

const ids = (prefix: string, count: number, step: number) =>
  Array.from({ length: count }, (_, k) => `'${prefix}${String(k * step).padStart(7, '0')}'`).join(', ');

export const probes: readonly IndexProbe[] = [
  {
    database: 'institutions',
    name: 'institutions page (NAME_ASC, first page of 20, the default)',
    sql: 'SELECT i.* FROM institutions i ORDER BY i.sort_name ASC, i.id ASC LIMIT 21',
    expect: 'idx_institutions_sort_name',
  },
  {
    database: 'institutions',
    name: 'S1 institutions page (NAME_ASC, first page of 50)',
    sql: 'SELECT i.* FROM institutions i ORDER BY i.sort_name ASC, i.id ASC LIMIT 51',
    expect: 'idx_institutions_sort_name',
  },
  {
    database: 'institutions',
    name: 'S1 institutions page (NAME_ASC, deep keyset page)',
    sql:
      "SELECT i.* FROM institutions i WHERE (i.sort_name > 'synthetic nordic' OR (i.sort_name = 'synthetic nordic' AND i.id > 'syn-inst-0000500')) " +
      'ORDER BY i.sort_name ASC, i.id ASC LIMIT 51',
    expect: 'idx_institutions_sort_name',
  },
  {
    database: 'institutions',
    name: 'institutions page filtered by country',
    sql: "SELECT i.* FROM institutions i WHERE i.country = 'DE' ORDER BY i.sort_name ASC, i.id ASC LIMIT 51",
    expect: 'idx_institutions_country_sort_name',
  },
  {
    database: 'institutions',
    name: 'institutions page filtered by kind',
    sql: "SELECT i.* FROM institutions i WHERE i.kind = 'UNIVERSITY' ORDER BY i.sort_name ASC, i.id ASC LIMIT 51",
    expect: 'idx_institutions_kind_sort_name',
  },
  {
    database: 'institutions',
    name: 'institutions page FOUNDED_ON_ASC (undated last: founded_on_sort)',
    sql: 'SELECT i.* FROM institutions i ORDER BY i.founded_on_sort ASC, i.id ASC LIMIT 51',
    expect: 'idx_institutions_founded_on_sort',
  },
  {
    database: 'institutions',
    name: 'institutions page FOUNDED_ON_ASC (deep keyset page)',
    sql:
      "SELECT i.* FROM institutions i WHERE (i.founded_on_sort > '1950' OR (i.founded_on_sort = '1950' AND i.id > 'syn-inst-0000500')) " +
      'ORDER BY i.founded_on_sort ASC, i.id ASC LIMIT 51',
    expect: 'idx_institutions_founded_on_sort',
  },
  {
    database: 'institutions',
    name: 'institutions page filtered by country, FOUNDED_ON_ASC',
    sql: "SELECT i.* FROM institutions i WHERE i.country = 'DE' ORDER BY i.founded_on_sort ASC, i.id ASC LIMIT 51",
    expect: 'idx_institutions_country_founded_on_sort',
  },
  {
    database: 'institutions',
    name: 'people page (NAME_ASC)',
    sql: 'SELECT p.* FROM people p ORDER BY p.sort_name ASC, p.id ASC LIMIT 51',
    expect: 'idx_people_sort_name',
  },
  {
    database: 'institutions',
    name: 'positions of 50 institutions (DataLoader batch)',
    sql: `SELECT * FROM positions WHERE institution_id IN (${ids('syn-inst-', 50, 7)})`,
    expect: 'idx_positions_institution',
    batch: true,
  },
  {
    database: 'agreements',
    name: 'S4/S3 agreements page (TITLE_ASC)',
    sql: 'SELECT a.* FROM agreements a ORDER BY a.sort_title ASC, a.id ASC LIMIT 101',
    expect: 'idx_agreements_sort_title',
  },
  {
    database: 'agreements',
    name: 'agreements of one kind (TITLE_ASC)',
    sql: "SELECT a.* FROM agreements a WHERE a.kind IN ('MEMORANDUM_OF_UNDERSTANDING') ORDER BY a.sort_title ASC, a.id ASC LIMIT 101",
    expect: 'idx_agreements_kind_sort_title',
  },
  {
    database: 'agreements',
    name: 'S3 agreements page (SIGNED_ON_DESC, the default order)',
    // NULLs sort last in DESC natively, so the page orders by the bare column (keyset nullsLast).
    sql: 'SELECT a.* FROM agreements a ORDER BY a.signed_on DESC, a.id DESC LIMIT 101',
    expect: 'idx_agreements_signed_on',
  },
  {
    database: 'agreements',
    name: 'agreements page (SIGNED_ON_DESC, deep keyset page)',
    sql:
      "SELECT a.* FROM agreements a WHERE (a.signed_on < '2015-06' OR a.signed_on IS NULL OR (a.signed_on = '2015-06' AND a.id < 'syn-agr-0005000')) " +
      'ORDER BY a.signed_on DESC, a.id DESC LIMIT 101',
    expect: 'idx_agreements_signed_on',
  },
  {
    database: 'agreements',
    name: 'agreements of one kind (SIGNED_ON_DESC)',
    sql: "SELECT a.* FROM agreements a WHERE a.kind = 'MEMORANDUM_OF_UNDERSTANDING' ORDER BY a.signed_on DESC, a.id DESC LIMIT 101",
    expect: 'idx_agreements_kind_signed_on',
  },
  {
    database: 'agreements',
    name: 'agreements page (SIGNED_ON_ASC, undated last: signed_on_sort)',
    sql: 'SELECT a.* FROM agreements a ORDER BY a.signed_on_sort ASC, a.id ASC LIMIT 101',
    expect: 'idx_agreements_signed_on_sort',
  },
  {
    database: 'agreements',
    name: 'agreements page (SIGNED_ON_ASC, deep keyset page)',
    sql:
      "SELECT a.* FROM agreements a WHERE (a.signed_on_sort > '2015-06' OR (a.signed_on_sort = '2015-06' AND a.id > 'syn-agr-0005000')) " +
      'ORDER BY a.signed_on_sort ASC, a.id ASC LIMIT 101',
    expect: 'idx_agreements_signed_on_sort',
  },
  {
    database: 'agreements',
    name: 'agreements of one status (SIGNED_ON_ASC)',
    sql: "SELECT a.* FROM agreements a WHERE a.status = 'SIGNED' ORDER BY a.signed_on_sort ASC, a.id ASC LIMIT 101",
    expect: 'idx_agreements_status_signed_on_sort',
  },
  {
    database: 'agreements',
    name: 'events page (STARTS_ON_ASC, undated last: starts_on_sort)',
    sql: 'SELECT e.* FROM events e ORDER BY e.starts_on_sort ASC, e.id ASC LIMIT 21',
    expect: 'idx_events_starts_on_sort',
  },
  {
    database: 'agreements',
    name: 'S3 parties of 100 agreements (DataLoader batch)',
    sql: `SELECT * FROM agreement_parties WHERE agreement_id IN (${ids('syn-agr-', 100, 3)}) ORDER BY agreement_id, position`,
    expect: 'PRIMARY',
    batch: true,
  },
  {
    database: 'agreements',
    name: 'S2 agreements of 50 institutions (findPageByParties)',
    sql:
      'SELECT * FROM (SELECT a.id, a.title, pp.institution_id AS parent_id, ROW_NUMBER() OVER (PARTITION BY pp.institution_id ' +
      "ORDER BY COALESCE(a.signed_on, '') DESC, a.id DESC) AS rn FROM agreements a INNER JOIN agreement_parties pp ON pp.agreement_id = a.id " +
      `WHERE pp.institution_id IN (${ids('syn-inst-', 50, 20)})) numbered WHERE numbered.rn <= 21 ORDER BY numbered.parent_id, numbered.rn`,
    expect: 'idx_agreement_parties_institution',
    batch: true,
  },
  {
    database: 'agreements',
    name: 'S4 agreement statistics by year',
    sql: 'SELECT SUBSTR(a.signed_on, 1, 4) AS bucket_key, COUNT(*) AS bucket_count FROM agreements a GROUP BY SUBSTR(a.signed_on, 1, 4)',
    expect: 'idx_agreements_signed_on',
    knownGap:
      'an aggregate over every agreement reads the whole index: its cost grows with the data; the subgraph reads it through the aggregate cache (READ_CACHE_MS)',
  },
  {
    database: 'agreements',
    name: 'S4 agreement statistics by kind',
    sql: 'SELECT a.kind AS bucket_key, COUNT(*) AS bucket_count FROM agreements a GROUP BY a.kind',
    expect: 'idx_agreements_kind',
    knownGap:
      'an aggregate over every agreement reads the whole index: its cost grows with the data; the subgraph reads it through the aggregate cache (READ_CACHE_MS)',
  },
  {
    database: 'talent',
    name: 'internships of one programme (created_at keyset)',
    sql: "SELECT * FROM internships r WHERE r.program_id = 'syn-iprog-0000001' ORDER BY r.created_at ASC, r.id ASC LIMIT 21",
    expect: 'idx_internships_program_created',
  },
  {
    database: 'talent',
    name: 'theses page (created_at keyset)',
    sql: 'SELECT * FROM theses t ORDER BY t.created_at ASC, t.id ASC LIMIT 21',
    expect: 'idx_theses_created',
  },
  {
    database: 'talent',
    name: 'internship programmes page (TITLE)',
    sql: 'SELECT * FROM internship_programs p ORDER BY p.sort_title ASC, p.id ASC LIMIT 21',
    expect: 'idx_internship_programs_sort_title',
  },
  {
    database: 'talent',
    name: 'internship programmes of one institution (host or university)',
    sql:
      "SELECT p.* FROM internship_programs p INNER JOIN (SELECT h.id AS program_id FROM internship_programs h WHERE h.host_id = 'syn-inst-0000013' " +
      "UNION SELECT u.program_id AS program_id FROM internship_program_universities u WHERE u.institution_id = 'syn-inst-0000013') involved " +
      'ON involved.program_id = p.id ORDER BY p.sort_title ASC, p.id ASC LIMIT 21',
    // The programmes of one institution are few: sorting them is fine once both sides are index lookups.
    expect: 'PRIMARY',
    batch: true,
  },
  {
    database: 'talent',
    name: 'S2 outcomes: programmes of 100 agreements',
    sql: `SELECT * FROM internship_programs p WHERE p.agreement_id IN (${ids('syn-agr-', 100, 20)})`,
    expect: 'idx_internship_programs_agreement',
    batch: true,
  },
];

export interface ProbeResult {
  probe: IndexProbe;
  /** The key the plan uses for the probe's main table (first row of the plan). */
  key: string | null;
  rows: number | null;
  extra: string;
  /** The expected key is used (and, for a page, without a filesort). */
  ok: boolean;
}

type Query = (database: SubgraphName, sql: string) => Promise<Array<Record<string, unknown>>>;

export async function runProbes(query: Query): Promise<ProbeResult[]> {
  const results: ProbeResult[] = [];
  for (const probe of probes) {
    const plan = await query(probe.database, `EXPLAIN ${probe.sql}`);
    // The derived table of a window query comes first; its inner table is the one to judge.
    const row = plan.find((r) => r.table !== null && !String(r.table).startsWith('<')) ?? plan[0] ?? {};
    const key = (row.key as string | null) ?? null;
    const extra = plan
      .map((r) => String(r.Extra ?? ''))
      .filter(Boolean)
      .join('; ');
    const ok = key === probe.expect && (probe.batch === true || !/filesort/i.test(String(row.Extra ?? '')));
    results.push({ probe, key, rows: row.rows == null ? null : Number(row.rows), extra, ok });
  }
  return results;
}

export function formatProbes(results: readonly ProbeResult[]): string {
  return results
    .map(({ probe, key, rows, extra, ok }) => {
      const verdict = probe.knownGap ? 'gap ' : ok ? 'ok  ' : 'MISS';
      const line = `  ${verdict} ${probe.database}: ${probe.name} — key ${key ?? 'none'}${probe.knownGap ? '' : ` (expected ${probe.expect})`}, ~${rows ?? '?'} rows${extra ? `, ${extra}` : ''}`;
      return probe.knownGap ? `${line}\n       → ${probe.knownGap}` : line;
    })
    .join('\n');
}
