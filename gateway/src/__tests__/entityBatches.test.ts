import { mergeEntityAnswers, splitEntityBatch, type SubgraphPayload } from '../entityBatches';

/** An `_entities` fetch as the gateway's query plan sends it, for `count` institutions. */
function entityFetch(count: number): SubgraphPayload {
  return {
    query: 'query($representations:[_Any!]!){_entities(representations:$representations){...on Institution{id}}}',
    variables: {
      representations: Array.from({ length: count }, (_, i) => ({ __typename: 'Institution', id: `institution-${i}` })),
    },
  };
}
const bytes = (payload: SubgraphPayload) => Buffer.byteLength(JSON.stringify(payload));

describe('an _entities fetch larger than the subgraph accepts', () => {
  it('is split, in order, into fetches that each fit the limit', () => {
    const whole = entityFetch(500);
    const limit = Math.floor(bytes(whole) / 3);
    const parts = splitEntityBatch(whole, limit);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    for (const part of parts) expect(bytes(part.payload)).toBeLessThanOrEqual(limit);
    expect(parts.flatMap((part) => part.payload.variables?.representations as unknown[])).toEqual(
      whole.variables?.representations,
    );
    expect(parts.map((part) => part.offset)).toEqual(
      parts.map((_, i) => parts.slice(0, i).reduce((sum, p) => sum + p.count, 0)),
    );
    for (const part of parts) expect(part.payload.query).toBe(whole.query);
  });

  it('goes as it is when it fits, and so does any fetch that is not an entity batch', () => {
    const small = entityFetch(3);
    expect(splitEntityBatch(small, bytes(small))).toEqual([{ offset: 0, count: 3, payload: small }]);
    const query = { query: '{ institutions { totalCount } }' };
    expect(splitEntityBatch(query, 10)).toEqual([{ offset: 0, count: 0, payload: query }]);
  });

  it('sends a single representation larger than the limit on its own', () => {
    const whole = entityFetch(4);
    (whole.variables?.representations as Array<Record<string, string>>)[1].note = 'x'.repeat(5_000);
    const parts = splitEntityBatch(whole, 1_000);
    expect(parts.map((part) => part.count)).toEqual([1, 1, 2]);
  });

  it('answers as one fetch would: entities in order, error paths counted from the whole batch, nulls for a part without data', () => {
    const parts = splitEntityBatch(entityFetch(6), bytes(entityFetch(3)));
    expect(parts.map((part) => part.count)).toEqual([3, 3]);
    const merged = mergeEntityAnswers([
      {
        part: parts[0],
        answer: {
          data: { _entities: [{ id: 'a' }, null, { id: 'c' }] },
          errors: [{ message: 'no b', path: ['_entities', 1, 'id'] }],
        },
      },
      {
        part: parts[1],
        answer: { data: null, errors: [{ message: 'part failed' }, { message: 'no e', path: ['_entities', 1] }] },
      },
    ]);
    expect(merged).toEqual({
      data: { _entities: [{ id: 'a' }, null, { id: 'c' }, null, null, null] },
      errors: [
        { message: 'no b', path: ['_entities', 1, 'id'] },
        { message: 'part failed' },
        { message: 'no e', path: ['_entities', 4] },
      ],
    });
  });
});
