import { browserAvailable } from '../testing/browser';

describe('browser tests on a machine without Chromium', () => {
  const missing = { CHROMIUM_PATH: '/nonexistent/chromium' };

  it('are skipped with a one-line reason naming them', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(browserAvailable('the explorer', missing)).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^skipped "the explorer": no chromium at \/nonexistent\/chromium/),
    );
    warn.mockRestore();
  });

  it('fail instead when REQUIRE_BROWSER=1', () => {
    expect(() => browserAvailable('the explorer', { ...missing, REQUIRE_BROWSER: '1' })).toThrow(
      /REQUIRE_BROWSER=1.*the explorer/,
    );
  });

  it('run where the browser exists', () => {
    expect(browserAvailable('the explorer', { CHROMIUM_PATH: process.execPath })).toBe(true);
  });
});
