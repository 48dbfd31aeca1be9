import fs from 'node:fs';
import path from 'node:path';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, type Stack } from '@partnership-graph/shared/testing';
import { startHiveGateway } from '../testing/startHiveGateway';

/**
 * Portability: Hive Gateway serving the same schema/supergraph.graphql over the same
 * subgraphs answers every example operation exactly as this project's gateway does.
 */
const supergraphSdl = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const operations = readExampleOperations();

describe('the same supergraph through Hive Gateway', () => {
  let stack: Stack;
  let hive: Awaited<ReturnType<typeof startHiveGateway>>;
  beforeAll(async () => {
    stack = await startStack({ subgraphs: subgraphsOf(supergraphSdl), database: 'sqlite' });
    hive = await startHiveGateway({ supergraphSdl, subgraphUrls: stack.subgraphUrls });
  }, 120_000);
  afterAll(async () => {
    await hive?.close();
    await stack?.stop();
  });

  it.each(operations.map((op) => [op.name, op] as const))(
    '%s: identical answers from both gateways',
    async (_name, op) => {
      const ours = await postGraphQL(stack.gatewayUrl, op.query);
      const theirs = await postGraphQL(hive.url, op.query);
      expect(ours.body.errors).toBeUndefined();
      expect(theirs.body.errors).toBeUndefined();
      expect(theirs.body.data).toEqual(ours.body.data);
    },
  );
});
