import { ConfigError, readInt, readString, readUrl } from '../envReaders';

/** The readers every service's config uses: a missing value takes its default, a bad one stops the service naming the variable. */
describe('readString', () => {
  it('gives the value when set, and the fallback when unset or empty', () => {
    expect(readString({ HOST: '0.0.0.0' }, 'HOST', '127.0.0.1')).toBe('0.0.0.0');
    expect(readString({}, 'HOST', '127.0.0.1')).toBe('127.0.0.1');
    expect(readString({ HOST: '' }, 'HOST', '127.0.0.1')).toBe('127.0.0.1');
  });

  it('keeps a value as given, spaces included', () => {
    expect(readString({ NAME: ' a b ' }, 'NAME', 'x')).toBe(' a b ');
  });
});

describe('readInt', () => {
  it('gives the fallback when unset or empty, without checking it against the bounds', () => {
    expect(readInt({}, 'PORT', 4001, 0, 65535)).toBe(4001);
    expect(readInt({ PORT: '' }, 'PORT', 4001, 0, 65535)).toBe(4001);
  });

  it('accepts an integer within the bounds, both bounds included', () => {
    expect(readInt({ PORT: '0' }, 'PORT', 4001, 0, 65535)).toBe(0);
    expect(readInt({ PORT: '65535' }, 'PORT', 4001, 0, 65535)).toBe(65535);
    expect(readInt({ PORT: '5001' }, 'PORT', 4001, 0, 65535)).toBe(5001);
  });

  it('refuses a value just outside either bound, naming the variable, the bounds and the value', () => {
    expect(() => readInt({ PORT: '65536' }, 'PORT', 4001, 0, 65535)).toThrow(
      new ConfigError('PORT must be an integer between 0 and 65535, got "65536"'),
    );
    expect(() => readInt({ LIMIT: '9' }, 'LIMIT', 10, 10, 20)).toThrow(
      new ConfigError('LIMIT must be an integer between 10 and 20, got "9"'),
    );
  });

  it('refuses what is not an integer: words, fractions, NaN, Infinity', () => {
    for (const bad of ['soon', '2.5', 'NaN', 'Infinity', '12abc']) {
      expect(() => readInt({ TTL: bad }, 'TTL', 1)).toThrow(ConfigError);
      expect(() => readInt({ TTL: bad }, 'TTL', 1)).toThrow(
        `TTL must be an integer between 0 and ${Number.MAX_SAFE_INTEGER}, got "${bad}"`,
      );
    }
  });

  it('refuses a blank value and numbers not written as decimal digits, which Number() would read as something else', () => {
    for (const bad of [' ', '\t', '0x10', '1e3', '+5', ' 7', '7 ', '1_000']) {
      expect(() => readInt({ PORT: bad }, 'PORT', 4001, 0, 65535)).toThrow(
        new ConfigError(`PORT must be an integer between 0 and 65535, got "${bad}"`),
      );
    }
    expect(readInt({ PORT: '007' }, 'PORT', 4001, 0, 65535)).toBe(7);
  });

  it('refuses a negative number by default (the lower bound is 0 unless given)', () => {
    expect(() => readInt({ TTL: '-1' }, 'TTL', 1)).toThrow(/^TTL must be an integer between 0 and/);
    expect(readInt({ OFFSET: '-5' }, 'OFFSET', 0, -10, 10)).toBe(-5);
  });

  it('throws a ConfigError, which the service prints as one line', () => {
    const error = (() => {
      try {
        readInt({ PORT: 'x' }, 'PORT', 1);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('ConfigError');
    expect((error as Error).message).not.toMatch(/\n/);
  });
});

describe('readUrl', () => {
  it('gives a well-formed value, or the fallback when unset or empty', () => {
    expect(readUrl({ JWKS_URL: 'https://id.example/jwks' }, 'JWKS_URL', 'http://127.0.0.1:4100/')).toBe(
      'https://id.example/jwks',
    );
    expect(readUrl({}, 'JWKS_URL', 'http://127.0.0.1:4100/')).toBe('http://127.0.0.1:4100/');
    expect(readUrl({ JWKS_URL: '' }, 'JWKS_URL', 'http://127.0.0.1:4100/')).toBe('http://127.0.0.1:4100/');
  });

  it('refuses a value that is no URL, naming the variable and the value', () => {
    expect(() => readUrl({ AGREEMENTS_URL: 'localhost 4002' }, 'AGREEMENTS_URL', 'http://127.0.0.1:4002/')).toThrow(
      new ConfigError('AGREEMENTS_URL must be a URL, got "localhost 4002"'),
    );
  });

  it('refuses a URL of another scheme, such as a host and port without http://', () => {
    for (const bad of ['localhost:4002', 'ftp://files.example/', 'mysql://root@127.0.0.1:3306']) {
      expect(() => readUrl({ AGREEMENTS_URL: bad }, 'AGREEMENTS_URL', 'http://127.0.0.1:4002/')).toThrow(
        new ConfigError(`AGREEMENTS_URL must be an http(s) URL, got "${bad}"`),
      );
    }
    expect(readUrl({ AGREEMENTS_URL: 'HTTP://Agreements:4002/graphql' }, 'AGREEMENTS_URL', 'x')).toBe(
      'HTTP://Agreements:4002/graphql',
    );
  });

  it('checks the fallback too, so a bad default is caught as well', () => {
    expect(() => readUrl({}, 'AGREEMENTS_URL', 'not a url')).toThrow(
      new ConfigError('AGREEMENTS_URL must be a URL, got "not a url"'),
    );
  });
});
