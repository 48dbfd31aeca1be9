import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { readExampleOperations, repositoryRoot } from '@partnership-graph/shared';
import { readCostDirectives } from '../costDirectives';
import { estimateQueryCost } from '../estimateQueryCost';

/**
 * The estimator over the committed supergraph's @listSize and @cost, without a stack:
 * the sizes the SDL declares are the ones counted (the stack-level behaviour is in
 * queryCost.test.ts).
 */
const schema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8'));
const directives = readCostDirectives(
  fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'),
);
const estimate = (query: string, variables?: Record<string, unknown>) =>
  estimateQueryCost({ schema, document: parse(query), variables, directives });

describe('estimateQueryCost over the supergraph', () => {
  it('sizes a connection by first: its nodes and edges count, the connection once', () => {
    // 1 (connection) + 7 × (1 institution + names: 10 assumed LocalizedName objects)
    expect(estimate('{ institutions(first: 7) { totalCount nodes { names { value } } } }').cost).toBe(1 + 7 * (1 + 10));
    expect(estimate('{ institutions(first: 7) { edges { node { id } } } }').cost).toBe(1 + 7 * 2);
  });

  it("sizes a record's history by first, 20 when it is left out, as every connection", () => {
    // 1 (connection) + 10 × (1 agreement + 1 history + 5 entries)
    expect(estimate('{ agreements(first: 10) { nodes { history(first: 5) { nodes { id } } } } }').cost).toBe(
      1 + 10 * (1 + 1 + 5),
    );
    // 1 (programme) + 1 (history) + 20 entries
    expect(estimate('{ internshipProgram(id: "x") { history { edges { node { id } } } } }').cost).toBe(1 + 1 + 20 * 2);
  });

  it('counts a statistic by maxBuckets, 1,000 when it is left out', () => {
    expect(estimate('{ agreementStats(groupBy: YEAR) { key count } }').cost).toBe(1000);
    expect(estimate('{ agreementStats(groupBy: YEAR, maxBuckets: 12) { key count } }').cost).toBe(12);
    expect(estimate('query($b: Int) { talentStats(groupBy: HOST, maxBuckets: $b) { key } }', { b: 40 }).cost).toBe(40);
  });

  it('weighs the graph walks by their @cost, and a mutation 10 more', () => {
    // 100 (the walk) + 500 nodes + 2,000 edges × (1 edge + 1 source)
    expect(estimate('{ partnershipNetwork { nodes { id } edges { source { id } } } }').cost).toBe(100 + 500 + 2000 * 2);
    expect(estimate('{ partnershipPath(from: "aztu", to: "bsu") { length } }').cost).toBe(100);
    expect(estimate('mutation { createEvent(input: { title: "x", kind: DEMO_DAY }) { id } }').cost).toBe(10 + 1);
  });

  it('names lists by their response path, aliases included, and adds up one path reached twice', () => {
    const { lists } = estimate(
      '{ a: institutions(first: 2) { nodes { sources { id } } } b: institutions(first: 3) { nodes { id } } }',
    );
    expect(lists.map((l) => [l.path, l.size, l.items])).toEqual([
      ['a.nodes', 2, 2],
      ['a.nodes.sources', 10, 20],
      ['b.nodes', 3, 3],
    ]);
    const twice = estimate('{ institution(id: "aztu") { ...S ...S } } fragment S on Institution { units { id } }');
    expect(twice.lists).toEqual([expect.objectContaining({ path: 'institution.units', items: 40, cost: 40 })]);
  });

  it('keeps every example operation far below the anonymous limit', () => {
    for (const operation of readExampleOperations())
      expect([operation.name, estimate(operation.query).cost < 15_000]).toEqual([operation.name, true]);
  });
});
