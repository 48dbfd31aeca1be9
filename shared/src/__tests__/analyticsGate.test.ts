import { AnalyticsGate } from '../graphql/analyticsLimits';

/** At most `limit` walks or statistics run at once; the others wait their turn within their budget. */
describe('AnalyticsGate', () => {
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs at most its limit at once, the others in order as slots free up', async () => {
    const gate = new AnalyticsGate(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const work = (i: number) =>
      gate.begin(5_000, 'test').run(async () => {
        running += 1;
        most = Math.max(most, running);
        await later(20);
        order.push(i);
        running -= 1;
        return i;
      });
    expect(await Promise.all([0, 1, 2, 3, 4].map(work))).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('refuses with LIMIT_REACHED one that waited its whole budget, and frees no slot it never held', async () => {
    const gate = new AnalyticsGate(1);
    const long = gate.begin(5_000, 'long').run(() => later(200));
    const refused = gate.begin(30, 'partnershipNetwork').run(async () => 'ran');
    await expect(refused).rejects.toMatchObject({
      extensions: { code: 'LIMIT_REACHED', limit: 'concurrency', concurrency: 1, timeBudgetMs: 30 },
      message: expect.stringMatching(/partnershipNetwork waited its whole time budget of 30 ms/),
    });
    await long;
    // The slot is free again, and only one at a time still runs.
    let running = 0;
    let most = 0;
    await Promise.all(
      [1, 2, 3].map(() =>
        gate.begin(5_000, 'after').run(async () => {
          most = Math.max(most, ++running);
          await later(5);
          running -= 1;
        }),
      ),
    );
    expect(most).toBe(1);
  });

  it("gives a failed work's slot to the next", async () => {
    const gate = new AnalyticsGate(1);
    const failing = gate.begin(5_000, 'x').run(async () => {
      await later(10);
      throw new Error('boom');
    });
    const next = gate.begin(5_000, 'y').run(async () => 'next ran');
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('next ran');
  });
});
