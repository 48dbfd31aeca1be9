import fs from 'node:fs';
import path from 'node:path';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * The example library (schema/operations) answers each analyst question through
 * the gateway exactly as recorded, on every database. UPDATE_EXPECTED=1 records
 * answers for operations that have none yet (review them before committing).
 */
const operations = readExampleOperations();
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));

describe.each(testDatabases())('the example library through the gateway on $label', ({ label }) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ subgraphs, database: label });
  }, 120_000);
  afterAll(() => stack?.stop());

  it('has operations to run', () => {
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) expect(op.question).not.toBe('');
  });

  it.each(operations.map((op) => [op.name, op] as const))('%s answers as recorded', async (_name, op) => {
    const { status, body } = await postGraphQL(stack.gatewayUrl, op.query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    if (!fs.existsSync(op.expectedFile) && process.env.UPDATE_EXPECTED === '1' && label === 'sqlite') {
      fs.writeFileSync(op.expectedFile, JSON.stringify(body.data, null, 2) + '\n');
    }
    expect(fs.existsSync(op.expectedFile)).toBe(true);
    expect(body.data).toEqual(JSON.parse(fs.readFileSync(op.expectedFile, 'utf8')));
  });
});
