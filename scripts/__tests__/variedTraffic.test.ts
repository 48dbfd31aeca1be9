import { scenarios } from '@partnership-graph/shared/testing';
import {
  AnswerBook,
  answerDigest,
  indexPicker,
  requestPool,
  searchWordsOf,
  seededRandom,
  type DatasetSample,
} from '../bench/variedTraffic';

/** The bench's varied traffic: requests drawn from the dataset, the same for every contender, answers checked against each other. */
describe('varied traffic for pnpm bench', () => {
  const sample: DatasetSample = {
    institutionIds: Array.from({ length: 200 }, (_, i) => `inst-${i}`),
    agreementIds: Array.from({ length: 1_000 }, (_, i) => `agr-${i}`),
    searchWords: ['technical', 'university', 'energy'],
  };

  it('draws the same requests from the same seed, and different ones from another', () => {
    const a = requestPool(scenarios.V1, sample, { size: 50, distribution: 'uniform', seed: 7 });
    const b = requestPool(scenarios.V1, sample, { size: 50, distribution: 'uniform', seed: 7 });
    const c = requestPool(scenarios.V1, sample, { size: 50, distribution: 'uniform', seed: 8 });
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    // Varied: most of 50 draws from 1,000 agreements differ.
    expect(new Set(a).size).toBeGreaterThan(45);
    const first = JSON.parse(a[0]) as { query: string; operationName: string; variables: { id: string } };
    expect(first.operationName).toBe('BenchV1');
    expect(sample.agreementIds).toContain(first.variables.id);
  });

  it('sends a fixed scenario as its one request', () => {
    expect(requestPool(scenarios.S2, sample, { size: 50, distribution: 'uniform', seed: 7 })).toHaveLength(1);
  });

  it("draws by Zipf's law with s = 1: the first index about 1/H(n) of the time, far more than uniformly", () => {
    const n = 100;
    const zipf = indexPicker(n, 'zipf', seededRandom(1));
    const uniform = indexPicker(n, 'uniform', seededRandom(1));
    const draws = 20_000;
    let zipfFirst = 0;
    let uniformFirst = 0;
    for (let i = 0; i < draws; i += 1) {
      const z = zipf();
      expect(z).toBeGreaterThanOrEqual(0);
      expect(z).toBeLessThan(n);
      if (z === 0) zipfFirst += 1;
      if (uniform() === 0) uniformFirst += 1;
    }
    let harmonic = 0;
    for (let k = 1; k <= n; k += 1) harmonic += 1 / k;
    expect(zipfFirst / draws).toBeCloseTo(1 / harmonic, 1);
    expect(uniformFirst / draws).toBeCloseTo(1 / n, 1);
  });

  it('searches by words of the names, four letters or more, each once', () => {
    const words = searchWordsOf(
      ['Azerbaijan Technical University', 'Baku State University', 'Azərişıq OJSC'],
      seededRandom(3),
    );
    expect([...words].sort()).toEqual(['azerbaijan', 'azərişıq', 'baku', 'ojsc', 'state', 'technical', 'university']);
  });

  it('counts an answer unlike the majority, or with errors, as wrong; key order does not matter', () => {
    const book = new AnswerBook();
    book.record('V1', 0, 'gateway', '{"data":{"a":1,"b":2}}');
    book.record('V1', 0, 'hive', '{"data":{"b":2,"a":1}}');
    book.record('V1', 0, 'apollo', '{"data":{"a":1,"b":3}}');
    book.record('V1', 1, 'gateway', '{"data":null,"errors":[{"message":"boom"}]}');
    book.record('V1', 1, 'hive', '{"data":{"a":1}}');
    book.record('V1', 2, 'gateway', '{"data":{"a":1}}');
    const { wrong, compared } = book.verdict();
    expect(Object.fromEntries(wrong)).toEqual({ 'apollo/V1': 1, 'gateway/V1': 1 });
    expect(compared).toBe(2);
    expect(answerDigest('not json')).toBeNull();
    expect(answerDigest('{"data":{"x":[{"b":1,"a":2}]}}')).toBe(answerDigest('{"data":{"x":[{"a":2,"b":1}]}}'));
  });
});
