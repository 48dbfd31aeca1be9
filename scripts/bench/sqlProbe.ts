import path from 'node:path';
import { readCacheTtlMs, setReadCacheTtl, SqlStatementCounter } from '@partnership-graph/shared';
import { postGraphQL, type RunningService } from '@partnership-graph/shared/testing';
import type { Scenario } from '@partnership-graph/shared/testing';

/** SQL statements one request costs, per subgraph, through this project's gateway (and S1 sent directly). */
export interface SqlPerRequest {
  scenario: string;
  path: 'gateway' | 'direct';
  total: number;
  bySubgraph: Record<string, number>;
}

/**
 * Where a running subgraph keeps its data, read from its "ready at URL (where)" line
 * (`describeDatabase`): "embedded SQLite <file>", or "MySQL database <name> on <host>".
 */
export function databaseEnvOf(service: RunningService, mysqlUrl: string | undefined): Record<string, string> {
  const where = /ready at \S+ \(([^;)\n]+)/.exec(service.output())?.[1]?.trim();
  if (!where) throw new Error(`cannot tell where ${service.name} keeps its data`);
  const mysql = /^MySQL database (\S+) on \S+$/.exec(where);
  if (mysql) {
    if (!mysqlUrl) throw new Error(`${service.name} runs on MySQL but MYSQL_URL is not set`);
    const server = new URL(mysqlUrl);
    server.pathname = `/${mysql[1]}`;
    return { [`${service.name.toUpperCase()}_MYSQL_URL`]: server.toString() };
  }
  const sqlite = /^embedded SQLite (.+)$/.exec(where);
  if (!sqlite) throw new Error(`cannot tell where ${service.name} keeps its data from "${where}"`);
  return { SQLITE_DIR: path.dirname(sqlite[1]), MYSQL_URL: '' };
}

/**
 * Counts statements cheaply: the subgraphs are opened a second time, in this process,
 * on the same databases with a counting TypeORM logger, behind this project's gateway
 * (also in-process). Each scenario is sent once to warm up, then `repeat` times counted.
 * The counts do not depend on load (DataLoaders batch within one request).
 */
export async function countSqlPerRequest(options: {
  services: RunningService[];
  /** Each scenario with the request to count (a varied scenario's first). */
  scenarios: Array<{ scenario: Scenario; body: string }>;
  mysqlUrl: string | undefined;
  repeat?: number;
}): Promise<SqlPerRequest[]> {
  const repeat = options.repeat ?? 3;
  // A request's full cost: the aggregate cache (COUNT, GROUP BY) off while counting.
  setReadCacheTtl(0);
  try {
    return await countUncached(options, repeat);
  } finally {
    setReadCacheTtl(readCacheTtlMs());
  }
}

async function countUncached(
  options: {
    services: RunningService[];
    scenarios: Array<{ scenario: Scenario; body: string }>;
    mysqlUrl: string | undefined;
  },
  repeat: number,
): Promise<SqlPerRequest[]> {
  const institutions = await import('../../subgraphs/institutions/src/public');
  const agreements = await import('../../subgraphs/agreements/src/public');
  const talent = await import('../../subgraphs/talent/src/public');
  const { createGatewayServer } = await import('../../gateway/src/server');
  const { loadGatewayConfig } = await import('../../gateway/src/config');

  const envOf = (name: string) => {
    const service = options.services.find((s) => s.name === name);
    if (!service) throw new Error(`no running ${name} subgraph`);
    return {
      ...process.env,
      SEED_ON_START: '0',
      HOST: '127.0.0.1',
      [`${name.toUpperCase()}_PORT`]: '0',
      ...databaseEnvOf(service, options.mysqlUrl),
    };
  };
  const counters: Record<string, SqlStatementCounter> = {
    institutions: new SqlStatementCounter(0),
    agreements: new SqlStatementCounter(0),
    talent: new SqlStatementCounter(0),
  };
  const closers: Array<() => Promise<void>> = [];
  try {
    const inst = await institutions.createServer(institutions.loadConfig(envOf('institutions')), {
      logger: counters.institutions,
    });
    closers.push(inst.close);
    const agr = await agreements.createServer(
      agreements.loadConfig({ ...envOf('agreements'), INSTITUTIONS_URL: inst.url }),
      {
        logger: counters.agreements,
      },
    );
    closers.push(agr.close);
    const tal = await talent.createServer(
      talent.loadConfig({ ...envOf('talent'), INSTITUTIONS_URL: inst.url, AGREEMENTS_URL: agr.url }),
      { logger: counters.talent },
    );
    closers.push(tal.close);
    const gateway = await createGatewayServer(
      loadGatewayConfig({
        ...process.env,
        HOST: '127.0.0.1',
        GATEWAY_PORT: '0',
        SUPERGRAPH_POLL_MS: '0',
        // A request's full cost: no answer from the gateway's response cache.
        RESPONSE_CACHE_MS: '0',
        ENTITY_CACHE_MS: '0',
        INSTITUTIONS_URL: inst.url,
        AGREEMENTS_URL: agr.url,
        TALENT_URL: tal.url,
      }),
    );
    closers.push(gateway.close);

    const { SUBGRAPH_SECRET_HEADER, readAuthConfig } = await import('@partnership-graph/shared');
    const secret = { [SUBGRAPH_SECRET_HEADER]: readAuthConfig().subgraphSecret };
    const results: SqlPerRequest[] = [];
    const measure = async ({ scenario, body }: { scenario: Scenario; body: string }, via: 'gateway' | 'direct') => {
      const url = via === 'gateway' ? gateway.url : inst.url;
      const headers = via === 'direct' ? secret : {};
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const send = async () => {
        const response = await postGraphQL(url, query, variables, headers);
        if (response.status !== 200 || response.body.errors) {
          throw new Error(
            `SQL probe: ${scenario.id} via ${via} answered ${response.status} ${JSON.stringify(response.body.errors ?? '')}`,
          );
        }
      };
      await send();
      for (const counter of Object.values(counters)) counter.reset();
      for (let i = 0; i < repeat; i++) await send();
      const bySubgraph = Object.fromEntries(Object.entries(counters).map(([name, c]) => [name, c.count / repeat]));
      results.push({
        scenario: scenario.id,
        path: via,
        total: Object.values(bySubgraph).reduce((a, b) => a + b, 0),
        bySubgraph,
      });
    };
    for (const probe of options.scenarios) {
      await measure(probe, 'gateway');
      if (probe.scenario.singleSubgraph) await measure(probe, 'direct');
    }
    return results;
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
  }
}
