import { GraphQLError } from 'graphql';
import { assertValidId, ID_MAX_LENGTH, isValidId, loadReference } from '../graphql/ids';

describe('ids', () => {
  it('accepts kebab-case slugs and UUIDs up to 64 characters', () => {
    for (const id of [
      'aztu',
      'aztu-2',
      'a',
      '0',
      'baku-state-university',
      '3f2b8c1e-7d4a-4b6e-9a0c-1d2e3f4a5b6c',
      'x'.repeat(ID_MAX_LENGTH),
    ]) {
      expect(isValidId(id)).toBe(true);
    }
  });

  it('refuses capitals, spaces, underscores, non-ASCII letters, doubled, leading or trailing hyphens, and length over 64', () => {
    for (const id of [
      '',
      'AZTU',
      'az tu',
      'az_tu',
      'azərişıq',
      'az--tu',
      '-aztu',
      'aztu-',
      'x'.repeat(ID_MAX_LENGTH + 1),
      'aztu\n',
    ]) {
      expect(isValidId(id)).toBe(false);
    }
  });

  it('answers a valid id as given, and refuses a malformed one naming the argument', () => {
    expect(assertValidId('aztu', 'id')).toBe('aztu');
    let refused: unknown;
    try {
      assertValidId('Not An Id', 'input.institutionId');
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(GraphQLError);
    expect((refused as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'input.institutionId',
    });
    expect((refused as GraphQLError).message).toBe(
      'Invalid value for "input.institutionId": "Not An Id" is not a valid id (lower-case letters, digits and single hyphens, at most 64 characters)',
    );
  });

  it('quotes at most 80 characters of a refused id', () => {
    expect(() => assertValidId('Z'.repeat(500), 'id')).toThrow(`"${'Z'.repeat(80)}" is not a valid id`);
  });

  it('resolves an entity reference with a malformed id to null without loading it, like an unknown id', async () => {
    const load = jest.fn(async (id: string) => ({ id }));
    expect(loadReference('NOT VALID', load)).toBeNull();
    expect(load).not.toHaveBeenCalled();
    await expect(loadReference('aztu', load)).resolves.toEqual({ id: 'aztu' });
  });
});
