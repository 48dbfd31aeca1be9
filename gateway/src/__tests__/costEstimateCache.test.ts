import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse } from 'graphql';
import { repositoryRoot } from '@partnership-graph/shared';
import { CostEstimateCache } from '../costEstimateCache';
import { readCostDirectives } from '../costDirectives';
import { estimateQueryCost } from '../estimateQueryCost';

const schema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8'));
const supergraph = fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8');
const directives = readCostDirectives(supergraph);

const detail = parse(`
  query Detail($id: ID!, $first: Int = 20, $withSources: Boolean!) {
    institution(id: $id) {
      name
      sources @include(if: $withSources) { id }
      agreements(first: $first) { nodes { id parties { institutionId } } }
    }
  }
`);

describe('CostEstimateCache', () => {
  it('reuses an estimate for other ids, and gives what estimating again would', () => {
    const cache = new CostEstimateCache();
    for (const id of ['aztu', 'bsu', 'ada', 'unknown-id']) {
      const variables = { id, first: 10, withSources: true };
      expect(cache.estimate({ schema, directives, document: detail, operationName: 'Detail', variables })).toEqual(
        estimateQueryCost({ schema, directives, document: detail, operationName: 'Detail', variables }),
      );
    }
    expect(cache.computed).toBe(1);
  });

  it('estimates again when a value that sizes a list or skips a field changes', () => {
    const cache = new CostEstimateCache();
    const cases = [
      { id: 'aztu', first: 10, withSources: true },
      { id: 'aztu', first: 50, withSources: true },
      { id: 'aztu', first: 50, withSources: false },
      { id: 'aztu', withSources: false },
      { id: 'aztu', first: null, withSources: false },
    ];
    const costs = cases.map((variables) => {
      const estimate = cache.estimate({ schema, directives, document: detail, operationName: 'Detail', variables });
      expect(estimate).toEqual(
        estimateQueryCost({ schema, directives, document: detail, operationName: 'Detail', variables }),
      );
      return estimate.cost;
    });
    expect(cache.computed).toBe(cases.length);
    // Left out, `first` is its default (20); sent as null, the list's assumed size counts.
    expect(new Set(costs).size).toBe(cases.length);
  });

  it('keeps estimates per supergraph', () => {
    const cache = new CostEstimateCache();
    const variables = { id: 'aztu', first: 10, withSources: true };
    cache.estimate({ schema, directives, document: detail, variables });
    cache.estimate({ schema, directives: readCostDirectives(supergraph), document: detail, variables });
    expect(cache.computed).toBe(2);
  });

  it('throws as estimating does for a value that does not coerce, and keeps nothing', () => {
    const cache = new CostEstimateCache();
    const variables = { id: 'aztu', first: 'many', withSources: true };
    const options = { schema, directives, document: detail, operationName: 'Detail', variables };
    expect(() => cache.estimate(options)).toThrow();
    expect(() => cache.estimate(options)).toThrow();
    expect(cache.computed).toBe(0);
  });
});
