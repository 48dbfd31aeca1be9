import { GraphQLError } from 'graphql';
import {
  assertDateOrder,
  assertNoDuplicates,
  optionalDate,
  optionalEmail,
  optionalText,
  requireText,
} from '../graphql/validate';

/** The refusal of one field: BAD_USER_INPUT with the field's path as argumentName. */
function refusal(run: () => unknown): { message: string; argumentName: unknown; code: unknown } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    return { message, argumentName: extensions.argumentName, code: extensions.code };
  }
  throw new Error('expected a refusal');
}

describe('requireText', () => {
  it('answers the text trimmed', () => {
    expect(requireText('  Azərişıq  ', 'input.title', 10)).toBe('Azərişıq');
  });

  it('refuses missing, empty and blank text, naming the field', () => {
    for (const value of [null, undefined, '', ' \t\n ']) {
      expect(refusal(() => requireText(value, 'input.title', 10))).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'input.title',
        message: 'Invalid value for "input.title": must not be empty',
      });
    }
  });

  it('counts characters, not UTF-16 units, and the trimmed text only', () => {
    expect(requireText('əəəəə', 'f', 5)).toBe('əəəəə');
    expect(requireText('😀😀', 'f', 2)).toBe('😀😀');
    expect(requireText('  abc  ', 'f', 3)).toBe('abc');
    expect(refusal(() => requireText('abcd', 'input.title', 3)).message).toBe(
      'Invalid value for "input.title": at most 3 characters (got 4)',
    );
  });
});

describe('optionalText', () => {
  it('answers null for null, undefined and blank text, and the trimmed text otherwise', () => {
    expect(optionalText(null, 'f', 5)).toBeNull();
    expect(optionalText(undefined, 'f', 5)).toBeNull();
    expect(optionalText('   ', 'f', 5)).toBeNull();
    expect(optionalText(' ok ', 'f', 5)).toBe('ok');
  });

  it('refuses text over the limit, naming the field and both lengths', () => {
    expect(refusal(() => optionalText('x'.repeat(6), 'input.summary', 5))).toMatchObject({
      argumentName: 'input.summary',
      message: 'Invalid value for "input.summary": at most 5 characters (got 6)',
    });
  });
});

describe('optionalDate', () => {
  it('accepts a full or partial ISO date, and null', () => {
    for (const date of ['2025', '2025-07', '2025-07-04', '2024-02-29']) expect(optionalDate(date, 'f')).toBe(date);
    expect(optionalDate(null, 'f')).toBeNull();
    expect(optionalDate(undefined, 'f')).toBeNull();
  });

  it('refuses what is not a calendar date, quoting at most 40 characters of it', () => {
    for (const bad of ['2025-02-29', '2025-13', '2025-00-10', '25-07-04', '2025/07/04', '', 'yesterday']) {
      expect(refusal(() => optionalDate(bad, 'input.signedOn'))).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'input.signedOn',
        message: `Invalid value for "input.signedOn": "${bad}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`,
      });
    }
    expect(refusal(() => optionalDate('9'.repeat(100), 'f')).message).toContain(`"${'9'.repeat(40)}" is not a date`);
  });
});

describe('assertDateOrder', () => {
  it('accepts an end on or after the start, and a missing end or start', () => {
    expect(() => assertDateOrder('2025-07-04', '2025-07-04', 'input.endsOn', 'input.startsOn')).not.toThrow();
    expect(() => assertDateOrder('2025-07-04', '2026', 'input.endsOn', 'input.startsOn')).not.toThrow();
    expect(() => assertDateOrder(null, '2020', 'input.endsOn', 'input.startsOn')).not.toThrow();
    expect(() => assertDateOrder('2020', null, 'input.endsOn', 'input.startsOn')).not.toThrow();
  });

  it('compares partial dates by the period they start: the same year or month is not before', () => {
    expect(() => assertDateOrder('2025-07-04', '2025', 'input.endsOn', 'input.startsOn')).not.toThrow();
    expect(() => assertDateOrder('2025-07-04', '2025-07', 'input.endsOn', 'input.startsOn')).not.toThrow();
    expect(() => assertDateOrder('2025', '2025-01-01', 'input.endsOn', 'input.startsOn')).not.toThrow();
  });

  it('refuses an end before the start, naming the end and quoting the start', () => {
    expect(refusal(() => assertDateOrder('2025-07-04', '2025-06', 'input.endsOn', 'input.startsOn'))).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.endsOn',
      message: 'Invalid value for "input.endsOn": must not be before input.startsOn (2025-07-04)',
    });
    expect(() => assertDateOrder('2025-07-04', '2024', 'input.endsOn', 'input.startsOn')).toThrow(GraphQLError);
  });
});

describe('assertNoDuplicates', () => {
  it('accepts distinct values and an empty list', () => {
    expect(() => assertNoDuplicates(['a', 'b'], 'input.areas')).not.toThrow();
    expect(() => assertNoDuplicates([], 'input.areas')).not.toThrow();
  });

  it('refuses the first value listed twice, as the caller describes it', () => {
    expect(refusal(() => assertNoDuplicates(['a', 'b', 'a', 'b'], 'input.areas')).message).toBe(
      'Invalid value for "input.areas": lists a more than once',
    );
    const parties = [{ institutionId: 'aztu' }, { institutionId: 'ada' }, { institutionId: 'aztu' }];
    expect(refusal(() => assertNoDuplicates(parties, 'input.parties', (p) => p.institutionId))).toMatchObject({
      argumentName: 'input.parties',
      message: 'Invalid value for "input.parties": lists aztu more than once',
    });
  });
});

describe('optionalEmail', () => {
  it('accepts an address, trimmed, and null for none', () => {
    expect(optionalEmail(' office@aztu.edu.az ', 'input.email')).toBe('office@aztu.edu.az');
    expect(optionalEmail(null, 'input.email')).toBeNull();
    expect(optionalEmail('  ', 'input.email')).toBeNull();
  });

  it('refuses what is not an address, naming the field', () => {
    for (const bad of ['office', 'office@aztu', '@aztu.az', 'a b@c.az', 'a@b@c.az', 'office@aztu.a']) {
      expect(refusal(() => optionalEmail(bad, 'input.email'))).toEqual({
        code: 'BAD_USER_INPUT',
        argumentName: 'input.email',
        message: `Invalid value for "input.email": "${bad}" is not an email address`,
      });
    }
  });

  it('refuses an address over 254 characters by length first', () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(190)}.az`;
    expect(refusal(() => optionalEmail(long, 'input.email')).message).toMatch(/at most 254 characters \(got 258\)/);
  });
});
