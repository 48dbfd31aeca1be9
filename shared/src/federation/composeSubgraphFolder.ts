import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { lexicographicSortSchema, parse, type GraphQLSchema, printSchema } from 'graphql';
import { repositoryRoot } from '../config';
import { subgraphRegistry } from '../subgraphRegistry';

/**
 * Composes a supergraph from a folder of subgraphs, each with its `schema.graphql`.
 * Tooling (`pnpm compose`, `pnpm schema:check`) and tests use it; services never do,
 * so it is not part of the kit's main entry.
 */
export const defaultSubgraphsDir = path.join(repositoryRoot, 'subgraphs');

/** Default routing URLs baked into the supergraph; the gateway overrides them from the environment. */
export const defaultSubgraphPorts: Record<string, number> = Object.fromEntries(
  subgraphRegistry.map((entry) => [entry.name, entry.defaultPort]),
);

export interface Composed {
  supergraphSdl: string;
  apiSchema: GraphQLSchema;
  apiSchemaSdl: string;
}

export function composeSubgraphFolder(subgraphsDir = defaultSubgraphsDir): Composed {
  const names = fs
    .readdirSync(subgraphsDir)
    .filter((name) => fs.existsSync(path.join(subgraphsDir, name, 'schema.graphql')))
    .sort();
  const services = names.map((name, index) => {
    const file = path.join(subgraphsDir, name, 'schema.graphql');
    let typeDefs;
    try {
      typeDefs = parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`subgraph "${name}": ${file} does not parse: ${(error as Error).message}`);
    }
    return { name, typeDefs, url: `http://127.0.0.1:${defaultSubgraphPorts[name] ?? 4010 + index}/` };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  // The API schema is what clients see: the supergraph without join/link machinery.
  const apiSchema = lexicographicSortSchema(result.schema.toAPISchema().toGraphQLJSSchema());
  return { supergraphSdl: result.supergraphSdl + '\n', apiSchema, apiSchemaSdl: printSchema(apiSchema) + '\n' };
}
