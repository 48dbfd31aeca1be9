import { groupLoader, mapLoader, recordLoader } from '../database/batchLoaders';

/** A finder that records each batch it is asked for. */
function finder<R>(answer: (ids: readonly string[]) => R) {
  const batches: string[][] = [];
  const find = async (ids: readonly string[]) => {
    batches.push([...ids]);
    return answer(ids);
  };
  return { find, batches };
}

describe('the request loaders of the kit', () => {
  it('recordLoader answers each id with its record or null, asking once per batch', async () => {
    const { find, batches } = finder((ids) =>
      ids.filter((id) => id !== 'b').map((id) => ({ id, name: id.toUpperCase() })),
    );
    const loader = recordLoader(find);
    const [a, b, c] = await Promise.all([loader.load('a'), loader.load('b'), loader.load('c')]);
    expect([a, b, c]).toEqual([{ id: 'a', name: 'A' }, null, { id: 'c', name: 'C' }]);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it("groupLoader answers each parent with its rows in the statement's order, and an empty list for a parent without rows", async () => {
    const rows = [
      { parentId: 'p1', n: 1 },
      { parentId: 'p2', n: 2 },
      { parentId: 'p1', n: 3 },
    ];
    const { find, batches } = finder(() => rows);
    const loader = groupLoader(find, (row) => row.parentId);
    const [p1, p2, p3] = await Promise.all([loader.load('p1'), loader.load('p2'), loader.load('p3')]);
    expect(p1.map((r) => r.n)).toEqual([1, 3]);
    expect(p2.map((r) => r.n)).toEqual([2]);
    expect(p3).toEqual([]);
    expect(batches).toEqual([['p1', 'p2', 'p3']]);
  });

  it('mapLoader answers the value the map holds for each key, and the missing value for a key it leaves out', async () => {
    const missing = { programs: 0 };
    const { find, batches } = finder(() => new Map([['x', { programs: 4 }]]));
    const loader = mapLoader(find, missing);
    const [x, y] = await Promise.all([loader.load('x'), loader.load('y')]);
    expect(x).toEqual({ programs: 4 });
    expect(y).toBe(missing);
    expect(batches).toEqual([['x', 'y']]);
  });
});
