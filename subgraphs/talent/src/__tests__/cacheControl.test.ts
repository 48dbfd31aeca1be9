import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { createSubgraphApollo, type Caller } from '@partnership-graph/shared';
import { testDatabases } from '@partnership-graph/shared/testing';
import { createContext, type TalentContext } from '../context';
import { resolvers } from '../resolvers';
import { createApollo, createReferenceChecker, schemaFile } from '../server';
import { admin, openFixture, type TalentFixture } from './fixture';
import { insertStudent } from './syntheticRecords';

/**
 * The Cache-Control header this subgraph sends with each answer, from its schema's
 * @cacheControl hints: what the gateway's response cache and every HTTP cache go by.
 */
describe.each(testDatabases())('cache hints of the talent subgraph on $label', (database) => {
  let fx: TalentFixture;
  let dir: string;
  const servers: ApolloServer<TalentContext>[] = [];
  const references = createReferenceChecker({
    institutionsUrl: 'http://127.0.0.1:9/',
    agreementsUrl: 'http://127.0.0.1:9/',
  });

  /** Runs one operation and returns the answer's Cache-Control header. */
  async function cacheControl(
    server: ApolloServer<TalentContext>,
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ) {
    const response = await server.executeOperation(
      { query, variables },
      { contextValue: createContext(fx.dataSource, { references, caller }) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    return response.http.headers.get('cache-control');
  }
  async function start(server: ApolloServer<TalentContext>) {
    await server.start();
    servers.push(server);
    return server;
  }

  beforeAll(async () => {
    fx = await openFixture(database, { seed: false });
    await insertStudent(fx.dataSource, {
      id: 'synthetic-cached',
      name: 'Cached Synthetic',
      email: 'cached@example.org',
      universityId: 'aztu',
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'talent-hints-'));
  });
  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await fx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("makes an entity lookup cacheable only through its type's hint: without it, maxAge 0", async () => {
    const lookup = 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Agreement { id } } }';
    const variables = { r: [{ __typename: 'Agreement', id: 'mou-bsu-bayraktar-2025' }] };
    expect(await cacheControl(await start(createApollo()), lookup, variables)).toBe('max-age=10, public');
    const sdl = fs.readFileSync(schemaFile, 'utf8');
    const unannotated = sdl.replace(
      'type Agreement @key(fields: "id") @cacheControl(maxAge: 10) {',
      'type Agreement @key(fields: "id") {',
    );
    expect(unannotated).not.toBe(sdl);
    const file = path.join(dir, 'schema.graphql');
    fs.writeFileSync(file, unannotated);
    expect(
      await cacheControl(await start(createSubgraphApollo<TalentContext>(file, resolvers)), lookup, variables),
    ).toBe('no-store');
  });

  it("never lets a student's name or email be kept, even by the caller allowed to read them", async () => {
    const server = await start(createApollo());
    const publicPart = '{ student(id: "synthetic-cached") { id university { id } internships { status } } }';
    expect(await cacheControl(server, publicPart)).toBe('max-age=10, public');
    expect(await cacheControl(server, publicPart, undefined, admin)).toBe('max-age=10, public');
    expect(await cacheControl(server, '{ student(id: "synthetic-cached") { id name } }', undefined, admin)).toBe(
      'no-store',
    );
    expect(await cacheControl(server, '{ student(id: "synthetic-cached") { email } }', undefined, admin)).toBe(
      'no-store',
    );
  });

  it('keeps counts shorter than the records they count', async () => {
    const server = await start(createApollo());
    expect(await cacheControl(server, '{ internshipPrograms { nodes { id title } } }')).toBe('max-age=5, public');
    expect(await cacheControl(server, '{ talentStats(groupBy: YEAR) { key count } }')).toBe('max-age=5, public');
    expect(await cacheControl(server, '{ student(id: "synthetic-cached") { id } }')).toBe('max-age=10, public');
  });
});
