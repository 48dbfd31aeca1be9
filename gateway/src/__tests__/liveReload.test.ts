import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, type Stack } from '@partnership-graph/shared/testing';
import { composeSubgraphFolder } from '@partnership-graph/shared/compose';

/** A supergraph of the institutions subgraph alone, with its SDL edited first. */
function institutionsSupergraph(edit: (sdl: string) => string = (sdl) => sdl): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-reload-'));
  fs.mkdirSync(path.join(dir, 'institutions'));
  const sdl = fs.readFileSync(path.join(repositoryRoot, 'subgraphs', 'institutions', 'schema.graphql'), 'utf8');
  fs.writeFileSync(path.join(dir, 'institutions', 'schema.graphql'), edit(sdl));
  try {
    return composeSubgraphFolder(dir).supergraphSdl;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('live supergraph reload', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-supergraph-'));
  const file = path.join(dir, 'supergraph.graphql');
  const withoutRorId = institutionsSupergraph((sdl) =>
    sdl.replace(/\n\s*"Research Organization Registry id, when known."\n\s*rorId: String/, ''),
  );
  const full = institutionsSupergraph();
  let stack: Stack;
  const rorQuery = '{ institution(id: "aztu") { id rorId } }';

  beforeAll(async () => {
    fs.writeFileSync(file, withoutRorId);
    stack = await startStack({
      subgraphs: ['institutions'],
      database: 'sqlite',
      gatewayEnv: { SUPERGRAPH_PATH: file, SUPERGRAPH_POLL_MS: '100' },
    });
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('switches to a new supergraph without a restart or a dropped request', async () => {
    expect((await postGraphQL(stack.gatewayUrl, rorQuery)).body.errors?.[0].message).toMatch(/rorId/);

    // Keep requests flowing while the file changes; every one must succeed.
    let running = true;
    const outcomes: number[] = [];
    const load = (async () => {
      while (running) {
        const { status, body } = await postGraphQL(stack.gatewayUrl, '{ institutions(first: 5) { totalCount } }');
        outcomes.push(status === 200 && !body.errors ? 1 : 0);
      }
    })();
    fs.writeFileSync(file, full);
    await until(async () => !(await postGraphQL(stack.gatewayUrl, rorQuery)).body.errors);
    running = false;
    await load;

    expect(outcomes.length).toBeGreaterThan(0);
    expect(outcomes.filter((ok) => !ok)).toHaveLength(0);
    const gateway = stack.services.find((s) => s.name === 'gateway');
    expect(gateway?.output()).toMatch(/switched to the new supergraph/);
  });

  it('refuses a supergraph that fails to load, logs why, and keeps serving the previous one', async () => {
    fs.writeFileSync(file, 'this is not a supergraph {');
    const gateway = stack.services.find((s) => s.name === 'gateway');
    await until(async () => /refused the new supergraph/.test(gateway?.output() ?? ''));
    const { status, body } = await postGraphQL(stack.gatewayUrl, rorQuery);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.institution.id).toBe('aztu');
  });
});
