import fs from 'node:fs';
import path from 'node:path';
import { composeSubgraphFolder, defaultSubgraphsDir, type Composed } from '@partnership-graph/shared/compose';
import { listFieldsWithoutSize } from '../gateway/src/costDirectives';

/**
 * Composes the supergraph from every subgraph's `schema.graphql` and writes
 * `schema/supergraph.graphql` (what the gateway serves) and `schema/api.graphql`
 * (the client-facing schema, without federation internals, for frontends' code
 * generation). With --check it writes nothing and fails when either committed file
 * is stale or composition fails.
 */
export const repositoryRoot = path.resolve(__dirname, '..');
export const supergraphFile = path.join(repositoryRoot, 'schema', 'supergraph.graphql');
export const apiSchemaFile = path.join(repositoryRoot, 'schema', 'api.graphql');

export { defaultSubgraphPorts, defaultSubgraphsDir, type Composed } from '@partnership-graph/shared/compose';

/** Composes the subgraphs in `subgraphsDir` and checks what only this repository asks of them: every list has a size. */
export function composeSupergraph(subgraphsDir = defaultSubgraphsDir): Composed {
  const composed = composeSubgraphFolder(subgraphsDir);
  // The gateway's query cost reads every list's size from the SDL; a list without one would be a guess.
  const unsized = listFieldsWithoutSize(composed.supergraphSdl);
  if (unsized.length) {
    throw new Error(
      `every list field needs an estimated size for the gateway's query cost: add @listSize(assumedSize: N), or ` +
        `@listSize(slicingArguments: ["first"], sizedFields: ["nodes", "edges"], requireOneSlicingArgument: false) on a connection, ` +
        `to these fields in their subgraph's schema.graphql (see README, Security):\n${unsized.map((f) => `  - ${f}`).join('\n')}`,
    );
  }
  return composed;
}

export function writeComposed(composed: Composed): void {
  fs.mkdirSync(path.dirname(supergraphFile), { recursive: true });
  fs.writeFileSync(supergraphFile, composed.supergraphSdl);
  fs.writeFileSync(apiSchemaFile, composed.apiSchemaSdl);
}

function main(): void {
  const check = process.argv.includes('--check');
  const composed = composeSupergraph();
  if (check) {
    const stale = [
      [supergraphFile, composed.supergraphSdl],
      [apiSchemaFile, composed.apiSchemaSdl],
    ].filter(([file, content]) => !fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content);
    if (stale.length) {
      for (const [file] of stale)
        console.error(`${path.relative(repositoryRoot, file)} is stale: run \`pnpm compose\` and commit the result.`);
      process.exit(1);
    }
    console.log('schema/supergraph.graphql and schema/api.graphql are up to date.');
    return;
  }
  writeComposed(composed);
  console.log('wrote schema/supergraph.graphql and schema/api.graphql');
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
