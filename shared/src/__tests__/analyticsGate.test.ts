import {
  AnalyticsGate,
  DEFAULT_ANALYTICS_ANONYMOUS_PERCENT,
  DEFAULT_ANALYTICS_BUDGET_MS,
  DEFAULT_ANALYTICS_CONCURRENCY,
  readAnalyticsConfig,
} from '../graphql/analyticsLimits';

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

/** Anonymous walks and statistics hold at most their share of the process's time; signed-in ones are not paced. */
describe('AnalyticsGate pacing of anonymous callers', () => {
  const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('starts the next anonymous work only after a pause of t·(100/percent − 1) ms', async () => {
    const gate = new AnalyticsGate(4, 50);
    const starts: number[] = [];
    const work = () =>
      gate.begin(5_000, 'agreementStats', { anonymous: true }).run(async () => {
        starts.push(performance.now());
        await later(40);
      });
    await Promise.all([work(), work(), work()]);
    // Each ran 40 ms, so at 50% the next waits at least another 40 ms: starts are ≥ 80 ms apart, not 0 (4 slots were free).
    expect(starts[1] - starts[0]).toBeGreaterThanOrEqual(78);
    expect(starts[2] - starts[1]).toBeGreaterThanOrEqual(78);
  });

  it('does not pace signed-in callers, nor make them wait for an anonymous pause', async () => {
    const gate = new AnalyticsGate(4, 5);
    await gate.begin(5_000, 'anonymous', { anonymous: true }).run(() => later(50)); // a pause of 950 ms follows
    const started = performance.now();
    const signedIn = await Promise.all(
      [1, 2, 3].map(() =>
        gate.begin(5_000, 'talentStats').run(async () => {
          await later(20);
          return performance.now() - started;
        }),
      ),
    );
    expect(Math.max(...signedIn)).toBeLessThan(600);
  });

  it('refuses with LIMIT_REACHED an anonymous work that could not start within its budget, naming the share', async () => {
    const gate = new AnalyticsGate(1, 20);
    await gate.begin(5_000, 'first', { anonymous: true }).run(() => later(60)); // a pause of 240 ms follows
    await expect(
      gate.begin(100, 'partnershipNetwork', { anonymous: true }).run(async () => 'ran'),
    ).rejects.toMatchObject({
      extensions: { code: 'LIMIT_REACHED', limit: 'anonymousShare', anonymousPercent: 20, timeBudgetMs: 100 },
      message: expect.stringMatching(/partnershipNetwork could not start within its time budget of 100 ms/),
    });
    // After the pause, the next anonymous work runs.
    await later(260);
    await expect(gate.begin(1_000, 'later', { anonymous: true }).run(async () => 'ran')).resolves.toBe('ran');
  });

  it('at 100% paces nothing', async () => {
    const gate = new AnalyticsGate(2, 100);
    const started = performance.now();
    await Promise.all([1, 2].map(() => gate.begin(5_000, 'x', { anonymous: true }).run(() => later(40))));
    expect(performance.now() - started).toBeLessThan(75);
  });
});

/** What a request context starts its walks and statistics with. */
describe("a context's analytics starter and the analytics settings", () => {
  it("gives each work the caller's budget, the default budget when none is given, and paces only anonymous callers", async () => {
    const gate = new AnalyticsGate(1, 50);
    const signedIn = gate.starterFor({ id: 'editor-1' }, 120)('talentStats');
    expect(signedIn.budget.remainingMs()).toBeLessThanOrEqual(120);
    expect(signedIn.budget.remainingMs()).toBeGreaterThan(100);
    expect(gate.starterFor({ id: 'editor-1' })('talentStats').budget.remainingMs()).toBeGreaterThan(
      DEFAULT_ANALYTICS_BUDGET_MS - 50,
    );
    // An anonymous work of 100 ms at 50% pauses the next anonymous one 100 ms; a signed-in one does not wait.
    await gate
      .starterFor(
        { id: null },
        5_000,
      )('agreementStats')
      .run(() => new Promise((r) => setTimeout(r, 100)));
    const started = performance.now();
    await gate
      .starterFor(
        { id: 'editor-1' },
        5_000,
      )('agreementStats')
      .run(async () => undefined);
    expect(performance.now() - started).toBeLessThan(80);
    await gate
      .starterFor(
        { id: null },
        5_000,
      )('agreementStats')
      .run(async () => undefined);
    expect(performance.now() - started).toBeGreaterThanOrEqual(90);
  });

  it('reads ANALYTICS_BUDGET_MS, ANALYTICS_CONCURRENCY and ANALYTICS_ANONYMOUS_PERCENT together, with their defaults', () => {
    expect(
      readAnalyticsConfig({
        ANALYTICS_BUDGET_MS: '900',
        ANALYTICS_CONCURRENCY: '3',
        ANALYTICS_ANONYMOUS_PERCENT: '40',
      }),
    ).toEqual({ analyticsBudgetMs: 900, analyticsConcurrency: 3, analyticsAnonymousPercent: 40 });
    expect(readAnalyticsConfig({})).toEqual({
      analyticsBudgetMs: DEFAULT_ANALYTICS_BUDGET_MS,
      analyticsConcurrency: DEFAULT_ANALYTICS_CONCURRENCY,
      analyticsAnonymousPercent: DEFAULT_ANALYTICS_ANONYMOUS_PERCENT,
    });
  });
});
