import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `pnpm codegen` writes, from the schema files:
 * - each subgraph's resolver types (federation mode, its context type, its TypeORM
 *   entities as mappers) into `subgraphs/<name>/src/generated/resolvers.ts`;
 * - the typed client example's document types from `schema/api.graphql`.
 * `pnpm codegen:check` fails when a committed generated file is stale.
 */
const resolverPlugins = ['typescript', 'typescript-resolvers'];
const common = {
  federation: true,
  useIndexSignature: true,
  enumsAsTypes: true,
  scalars: { Date: 'string' },
  // Resolvers may return promises of parents that the field resolvers refine.
  resolverTypeWrapperSignature: 'T | Promise<T>',
};

const config: CodegenConfig = {
  overwrite: true,
  hooks: { afterOneFileWrite: [] },
  generates: {
    'subgraphs/institutions/src/generated/resolvers.ts': {
      schema: 'subgraphs/institutions/schema.graphql',
      plugins: resolverPlugins,
      config: {
        ...common,
        contextType: '../context#InstitutionsContext',
        mappers: {
          Institution: '../entities/Institution#Institution as InstitutionRow',
          Person: '../entities/Person#Person as PersonRow',
          Position: '../entities/Position#Position as PositionRow',
          Membership: '../entities/Membership#Membership as MembershipRow',
          Source: '@partnership-graph/shared#CitedSource',
          InstitutionConnection: '@partnership-graph/shared#Connection<InstitutionRow>',
          PersonConnection: '@partnership-graph/shared#Connection<PersonRow>',
        },
      },
    },
    'schema/client/src/generated/': {
      schema: 'schema/api.graphql',
      documents: ['schema/client/src/**/*.ts', '!schema/client/src/generated/**'],
      preset: 'client',
      config: { scalars: { Date: 'string' }, enumsAsTypes: true },
    },
  },
};

export default config;
