import { retryWithBackoff } from '../database/retryWithBackoff';
import { logger } from '../observability/logger';

/**
 * A service started before its database waits for it: the attempt is retried after
 * 250 ms, 500 ms, 1 s… up to a ceiling. The clock is jest's, so nothing here waits.
 */
describe('retryWithBackoff', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** An attempt that fails `failures` times, then answers 'connected'. */
  const flaky = (failures: number) => {
    let calls = 0;
    const attempt = jest.fn(async () => {
      calls += 1;
      if (calls <= failures) throw new Error(`refused ${calls}`);
      return 'connected';
    });
    return attempt;
  };

  it('answers the first success without waiting or logging', async () => {
    const log = jest.fn();
    await expect(retryWithBackoff(flaky(0), { what: 'Connecting', log })).resolves.toBe('connected');
    expect(log).not.toHaveBeenCalled();
  });

  it('doubles the wait after each failure from 250 ms up to the 5 s ceiling, logging each try', async () => {
    const log = jest.fn();
    const attempt = flaky(7);
    const result = retryWithBackoff(attempt, { what: 'Connecting to MySQL', log });
    await jest.runAllTimersAsync();
    await expect(result).resolves.toBe('connected');
    expect(attempt).toHaveBeenCalledTimes(8);
    expect(log.mock.calls.map(([message]) => message)).toEqual([
      'Connecting to MySQL failed (attempt 1: refused 1); retrying in 250 ms',
      'Connecting to MySQL failed (attempt 2: refused 2); retrying in 500 ms',
      'Connecting to MySQL failed (attempt 3: refused 3); retrying in 1000 ms',
      'Connecting to MySQL failed (attempt 4: refused 4); retrying in 2000 ms',
      'Connecting to MySQL failed (attempt 5: refused 5); retrying in 4000 ms',
      'Connecting to MySQL failed (attempt 6: refused 6); retrying in 5000 ms',
      'Connecting to MySQL failed (attempt 7: refused 7); retrying in 5000 ms',
    ]);
  });

  it('does not try again before the wait is over', async () => {
    const attempt = flaky(1);
    const result = retryWithBackoff(attempt, { what: 'x', log: () => undefined, initialDelayMs: 1000 });
    await jest.advanceTimersByTimeAsync(999);
    expect(attempt).toHaveBeenCalledTimes(1);
    await jest.advanceTimersByTimeAsync(1);
    await expect(result).resolves.toBe('connected');
    expect(attempt).toHaveBeenCalledTimes(2);
  });

  it('takes its own first wait and ceiling', async () => {
    const log = jest.fn();
    const result = retryWithBackoff(flaky(4), { what: 'x', log, initialDelayMs: 10, maxDelayMs: 30 });
    await jest.runAllTimersAsync();
    await result;
    expect(log.mock.calls.map(([message]) => /retrying in (\d+) ms/.exec(message)![1])).toEqual([
      '10',
      '20',
      '30',
      '30',
    ]);
  });

  it('logs a warning through the process logger when given no log', async () => {
    const warn = jest.spyOn(logger(), 'warn').mockImplementation(() => undefined);
    try {
      const result = retryWithBackoff(flaky(1), { what: 'Opening the database' });
      await jest.runAllTimersAsync();
      await result;
      expect(warn).toHaveBeenCalledWith('Opening the database failed (attempt 1: refused 1); retrying in 250 ms');
    } finally {
      warn.mockRestore();
    }
  });
});
