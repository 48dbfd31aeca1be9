import { badUserInput } from './errors';

/** Ids are kebab-case slugs or UUIDs: readable in ad-hoc queries and stable across runs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 64;

export function isValidId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}

/** Throws BAD_USER_INPUT naming `argument` when `id` is not a well-formed id. */
export function assertValidId(id: string, argument: string): string {
  if (!isValidId(id)) {
    throw badUserInput(
      argument,
      `"${id.slice(0, 80)}" is not a valid id (lower-case letters, digits and single hyphens, at most ${ID_MAX_LENGTH} characters)`,
    );
  }
  return id;
}

/** `_entities` lookups with a malformed id resolve to null, like unknown ids. */
export function loadReference<T>(id: string, load: (id: string) => Promise<T | null>): Promise<T | null> | null {
  return isValidId(id) ? load(id) : null;
}
