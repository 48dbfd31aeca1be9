import { readInt, readUrl } from './envReaders';

/** One subgraph of the graph: its name (also its folder under `subgraphs/`) and the port it listens on by default. */
export interface SubgraphEntry {
  name: string;
  defaultPort: number;
}

/**
 * Every subgraph, in one list. The gateway's targets, the subgraphs' references to each
 * other, compose, `pnpm start`, bench and generate read it: adding a subgraph is one entry
 * here and its package in `subgraphs/<name>/`.
 */
export const subgraphRegistry = [
  { name: 'institutions', defaultPort: 4001 },
  { name: 'agreements', defaultPort: 4002 },
  { name: 'talent', defaultPort: 4003 },
] as const satisfies readonly SubgraphEntry[];

export type SubgraphName = (typeof subgraphRegistry)[number]['name'];

export const subgraphNames: readonly SubgraphName[] = subgraphRegistry.map((entry) => entry.name);

/** The registry's entry for `name`; an unknown name is a programming error. */
export function subgraphEntry(name: string): SubgraphEntry {
  const entry = subgraphRegistry.find((candidate) => candidate.name === name);
  if (!entry) throw new Error(`no subgraph "${name}" in the registry (${subgraphNames.join(', ')})`);
  return entry;
}

/** The prefix of a subgraph's variables: `INSTITUTIONS` for `INSTITUTIONS_PORT`, `INSTITUTIONS_URL`, `INSTITUTIONS_MYSQL_URL`. */
export function subgraphEnvPrefix(name: string): string {
  return name.toUpperCase();
}

/** The port a subgraph listens on: `<NAME>_PORT`, else its default (0 picks a free port). */
export function readSubgraphPort(env: NodeJS.ProcessEnv, name: string): number {
  return readInt(env, `${subgraphEnvPrefix(name)}_PORT`, subgraphEntry(name).defaultPort, 0, 65535);
}

/**
 * Where the gateway and other subgraphs reach a subgraph: `<NAME>_URL`, else loopback on
 * the port it listens on, so setting `<NAME>_PORT` alone moves every caller too.
 */
export function readSubgraphUrl(env: NodeJS.ProcessEnv, name: string): string {
  return readUrl(env, `${subgraphEnvPrefix(name)}_URL`, `http://127.0.0.1:${readSubgraphPort(env, name)}/`);
}
