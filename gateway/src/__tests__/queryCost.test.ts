import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEV_JWT_SECRET, mintToken, repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';
import { loadGatewayConfig } from '../config';

/**
 * The gateway's query cost through the real stack: variables and argument defaults
 * count, every list (paginated or not) has its size from the supergraph's @listSize,
 * a refusal names the costliest lists and a `first` that fits, and analysts get a
 * higher limit. The default limits are the ones in force (LIMIT_MAX_COST 150,000;
 * LIMIT_MAX_COST_AUTHENTICATED 500,000 for analysts and admins).
 */
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const subgraphs = subgraphsOf(supergraph);

/** Three levels of agreements, each page sized by `$n`. */
const nestedWithVariable = `query Nested($n: Int) {
  agreements(first: $n) { nodes { parties { institution {
    agreements(first: $n) { nodes { parties { institution {
      agreements(first: $n) { nodes { id } }
    } } } }
  } } } }
}`;
const nestedWith = (first: number | null) =>
  nestedWithVariable
    .replace('query Nested($n: Int) ', '')
    .replace(/\(first: \$n\)/g, first === null ? '' : `(first: ${first})`);
/** A refusal is 400 for a client that accepts the GraphQL-over-HTTP media type (with application/json: requestErrors.test.ts). */
const spec = { accept: 'application/graphql-response+json' };
const everyInstitutionWithItsAgreements =
  '{ institutions(first: 100) { nodes { name agreements(first: 100) { totalCount nodes { title parties { institution { name } } } } } } }';

type Extensions = {
  code: string;
  limit: string;
  maximum: number;
  value: number;
  costliestFields: Array<{ path: string; size: number; sizedBy: string; items: number; cost: number }>;
  fittingFirst: number | null;
};

describe.each(testDatabases())('the query cost through the gateway on $label', ({ label }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-cost-'));
  const supergraphFile = path.join(dir, 'supergraph.graphql');
  let stack: Stack;
  const tokens: Record<string, string> = {};
  const refusal = async (query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => {
    const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables, { ...spec, ...headers });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    // Each request's own trace id; the rest of a refusal says the same for the same operation.
    const { traceId, ...extensions } = body.errors![0].extensions as Extensions & { traceId: string };
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    return { message: body.errors![0].message, extensions: extensions as Extensions };
  };

  beforeAll(async () => {
    fs.writeFileSync(supergraphFile, supergraph);
    stack = await startStack({
      subgraphs,
      database: label,
      gatewayEnv: { SUPERGRAPH_PATH: supergraphFile, SUPERGRAPH_POLL_MS: '100', RESPONSE_CACHE_MS: '0' },
    });
    for (const role of ['analyst', 'viewer', 'admin'] as const) {
      tokens[role] = await mintToken(DEV_JWT_SECRET, { sub: `cost-test-${role}`, roles: [role] });
    }
  }, 120_000);
  afterAll(async () => {
    await stack?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses `first: $n` with {"n":100} three levels deep exactly as it refuses the literal', async () => {
    const literal = await refusal(nestedWith(100));
    const variable = await refusal(nestedWithVariable, { n: 100 });
    expect(literal.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', maximum: 150_000 });
    expect(literal.extensions.value).toBeGreaterThan(10_000_000);
    expect(variable.extensions).toEqual(literal.extensions);
    expect(variable.message).toBe(literal.message);
  });

  it('counts a defaulted `first` as its default (20), and a missing variable as the argument default', async () => {
    const explicit = await refusal(nestedWith(20));
    const defaulted = await refusal(nestedWith(null));
    const missingVariable = await refusal(nestedWithVariable, {});
    expect(explicit.extensions.value).toBeGreaterThan(150_000);
    expect(defaulted.extensions.value).toBe(explicit.extensions.value);
    expect(missingVariable.extensions.value).toBe(explicit.extensions.value);
    expect(defaulted.extensions.costliestFields[0]).toMatchObject({
      path: 'agreements.nodes',
      size: 20,
      sizedBy: 'first',
    });
    // A variable's own default counts too.
    const variableDefault = await refusal(nestedWithVariable.replace('$n: Int', '$n: Int = 30'), {});
    expect(variableDefault.extensions.value).toBe((await refusal(nestedWith(30))).extensions.value);
  });

  it('sizes unpaginated lists (partners, members, signedAgreements…) by their @listSize', async () => {
    const query = `{ institutions(first: 100) { nodes { partners { institution { members { member { partners { institution { id } } } } } } } } }`;
    const { message, extensions } = await refusal(query);
    expect(extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(extensions.costliestFields.map((f) => f.path)).toEqual([
      'institutions.nodes',
      'institutions.nodes.partners',
      'institutions.nodes.partners.institution.members',
    ]);
    expect(extensions.costliestFields[1]).toMatchObject({ size: 50, sizedBy: 'assumedSize', items: 5_000 });
    expect(message).toContain('institutions.nodes.partners (50 each, @listSize assumed; 5,000 in all;');
    const signatories = `{ people(first: 100) { nodes { signedAgreements { parties { institution { units { partners { institution { id } } } } } } } } }`;
    const people = await refusal(signatories);
    expect(people.extensions.costliestFields.map((f) => f.path)).toContain('people.nodes.signedAgreements');
  });

  it('names the three costliest lists and a `first` that fits: that first is answered, one more is refused', async () => {
    const { message, extensions } = await refusal(nestedWith(100));
    expect(extensions.costliestFields).toHaveLength(3);
    expect(extensions.costliestFields[0]).toMatchObject({
      path: 'agreements.nodes',
      size: 100,
      sizedBy: 'first',
      items: 100,
    });
    for (const field of extensions.costliestFields) expect(message).toContain(field.path);
    const fit = extensions.fittingFirst!;
    expect(fit).toBeGreaterThan(1);
    expect(fit).toBeLessThan(100);
    expect(message).toContain(`With first: ${fit} or less on every list it would cost`);
    const fits = await postGraphQL(stack.gatewayUrl, nestedWith(fit));
    expect(fits.body.errors).toBeUndefined();
    expect(fits.body.data.agreements.nodes.length).toBeGreaterThan(0);
    expect((await refusal(nestedWith(fit + 1))).extensions.value).toBeGreaterThan(150_000);
  });

  it('answers every institution with its agreements on the seed data', async () => {
    const { status, body } = await postGraphQL(stack.gatewayUrl, everyInstitutionWithItsAgreements);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data.institutions.nodes.length).toBeGreaterThanOrEqual(29);
    const agreements = body.data.institutions.nodes.flatMap(
      (i: { agreements: { nodes: unknown[] } }) => i.agreements.nodes,
    );
    expect(agreements.length).toBeGreaterThan(0);
  });

  it('gives analysts and admins the higher limit, not other roles', async () => {
    const query = nestedWith(20); // about 232,000: over 150,000, under 500,000
    await refusal(query);
    await refusal(query, undefined, { authorization: `Bearer ${tokens.viewer}` });
    for (const role of ['analyst', 'admin']) {
      const { status, body } = await postGraphQL(stack.gatewayUrl, query, undefined, {
        authorization: `Bearer ${tokens[role]}`,
      });
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
    }
    const tooMuch = await refusal(nestedWith(100), undefined, { authorization: `Bearer ${tokens.analyst}` });
    expect(tooMuch.extensions.maximum).toBe(500_000);
  });

  it('refuses fragments with variables like the same query written out', async () => {
    const withFragments = `query Fragmented($n: Int!) { agreements(first: $n) { ...Page } }
      fragment Page on AgreementConnection { nodes { parties { institution { ...Deeper } } } }
      fragment Deeper on Institution { agreements(first: $n) { nodes { parties { institution { agreements(first: $n) { nodes { id } } } } } } }`;
    expect((await refusal(withFragments, { n: 100 })).extensions.value).toBe(
      (await refusal(nestedWith(100))).extensions.value,
    );
  });

  it('refuses a variable that does not fit its type as bad input, not as a server error', async () => {
    const { status, body } = await postGraphQL(stack.gatewayUrl, nestedWithVariable, { n: 'many' }, spec);
    expect(status).toBe(400);
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the sizes from the supergraph it serves: a larger @listSize there refuses what was answered', async () => {
    const query = '{ agreements(first: 100) { nodes { parties { institution { units { id } } } } } }';
    expect((await postGraphQL(stack.gatewayUrl, query)).body.errors).toBeUndefined();
    const bigger = supergraph.replace(/(parties: \[AgreementParty!\]![^\n]*@listSize\(assumedSize: )5\)/, '$15000)');
    expect(bigger).not.toBe(supergraph);
    fs.writeFileSync(supergraphFile, bigger);
    try {
      const deadline = Date.now() + 10_000;
      let refused = false;
      while (!refused && Date.now() < deadline) {
        const { body } = await postGraphQL(stack.gatewayUrl, query);
        refused = body.errors?.[0]?.extensions?.code === 'QUERY_TOO_COMPLEX';
        if (!refused) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(refused).toBe(true);
      const { extensions } = await refusal(query);
      expect(extensions.costliestFields).toContainEqual(
        expect.objectContaining({ path: 'agreements.nodes.parties', size: 5000, sizedBy: 'assumedSize' }),
      );
    } finally {
      fs.writeFileSync(supergraphFile, supergraph);
    }
  });
});

describe('the cost limits configuration', () => {
  it('defaults to 150,000, and 500,000 for analysts', () => {
    const { limits } = loadGatewayConfig({});
    expect(limits).toMatchObject({ maxCost: 150_000, maxCostElevated: 500_000, maxCostRoles: ['analyst'] });
  });

  it('reads the limits and the roles that get the higher one, and stops on a role that does not exist', () => {
    const { limits } = loadGatewayConfig({
      LIMIT_MAX_COST: '1000',
      LIMIT_MAX_COST_AUTHENTICATED: '5000',
      LIMIT_MAX_COST_ROLES: 'viewer, analyst',
    });
    expect(limits).toMatchObject({ maxCost: 1000, maxCostElevated: 5000, maxCostRoles: ['viewer', 'analyst'] });
    expect(() => loadGatewayConfig({ LIMIT_MAX_COST_ROLES: 'analyst,boss' })).toThrow(/LIMIT_MAX_COST_ROLES.*boss/);
    expect(() => loadGatewayConfig({ LIMIT_MAX_COST: '1000', LIMIT_MAX_COST_AUTHENTICATED: '10' })).toThrow(
      /LIMIT_MAX_COST_AUTHENTICATED/,
    );
  });
});
