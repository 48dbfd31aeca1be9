import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { subgraphsOf } from '@partnership-graph/shared/testing';
import { composeSupergraph, defaultSubgraphsDir } from '../compose';
import { checkSchema } from '../schemaCheck';

/**
 * The README's recipe for a new subgraph, followed for a throwaway fourth one: a
 * package with a schema.graphql that extends a shared entity composes into the
 * supergraph, reaches the client API schema, and is a safe (non-breaking) change.
 */
describe('adding a subgraph', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-new-subgraph-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    for (const name of fs.readdirSync(defaultSubgraphsDir)) {
      const file = path.join(defaultSubgraphsDir, name, 'schema.graphql');
      if (!fs.existsSync(file)) continue;
      fs.mkdirSync(path.join(dir, name));
      fs.copyFileSync(file, path.join(dir, name, 'schema.graphql'));
    }
  });

  it('composes a fourth subgraph that extends Institution, as a safe change', () => {
    const before = composeSupergraph(dir);
    fs.mkdirSync(path.join(dir, 'reviews'));
    fs.writeFileSync(
      path.join(dir, 'reviews', 'schema.graphql'),
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

"An institution, as the reviews subgraph knows it."
type Institution @key(fields: "id") {
  "Stable id."
  id: ID!
  "How many peer reviews the institution has."
  reviewCount: Int!
}

type Query {
  "How many reviews the graph holds."
  reviewTotal: Int!
}
`,
    );
    const after = composeSupergraph(dir);
    expect(subgraphsOf(after.supergraphSdl)).toContain('reviews');
    expect(after.apiSchemaSdl).toContain('reviewCount: Int!');
    expect(after.apiSchemaSdl).not.toContain('join__');
    const report = checkSchema({
      committedApiSdl: before.apiSchemaSdl,
      newApiSchema: after.apiSchema,
      accepted: new Map(),
      operations: [],
    });
    expect(report.ok).toBe(true);
    expect(report.changes.map((c) => c.description)).toEqual(
      expect.arrayContaining(['Institution.reviewCount was added.', 'Query.reviewTotal was added.']),
    );
    expect(report.changes.every((c) => c.severity === 'SAFE')).toBe(true);
  });

  it('refuses a subgraph that clashes with another, naming the field', () => {
    fs.mkdirSync(path.join(dir, 'clash'), { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'clash', 'schema.graphql'),
      `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Institution @key(fields: "id") { id: ID! acronym: Int }
`,
    );
    expect(() => composeSupergraph(dir)).toThrow(/acronym/);
    fs.rmSync(path.join(dir, 'clash'), { recursive: true });
  });

  it('refuses a list field without an estimated size, naming it, and composes it once @listSize is declared', () => {
    fs.mkdirSync(path.join(dir, 'badges'), { recursive: true });
    const schema = (
      directive: string,
    ) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@listSize"])
"An institution, as the badges subgraph knows it."
type Institution @key(fields: "id") {
  "Stable id."
  id: ID!
  "The badges the institution holds."
  badges: [String!]!${directive}
}
`;
    fs.writeFileSync(path.join(dir, 'badges', 'schema.graphql'), schema(''));
    expect(() => composeSupergraph(dir)).toThrow(/@listSize[\s\S]*- Institution\.badges/);
    fs.writeFileSync(path.join(dir, 'badges', 'schema.graphql'), schema(' @listSize(assumedSize: 5)'));
    expect(composeSupergraph(dir).supergraphSdl).toMatch(
      /badges: \[String!\]! @join__field\(graph: BADGES\) @listSize\(assumedSize: 5\)/,
    );
    fs.rmSync(path.join(dir, 'badges'), { recursive: true });
  });
});
