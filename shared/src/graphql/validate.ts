import { badUserInput } from './errors';
import { parseIsoDate } from './dateScalar';

/**
 * Input checks for mutations. Each throws BAD_USER_INPUT naming the field, before
 * anything is written, so a refused mutation leaves nothing behind.
 */
export function requireText(value: string | null | undefined, field: string, maxLength: number): string {
  const trimmed = (value ?? '').trim();
  if (!trimmed) throw badUserInput(field, 'must not be empty');
  return optionalText(trimmed, field, maxLength) as string;
}

export function optionalText(value: string | null | undefined, field: string, maxLength: number): string | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if ([...trimmed].length > maxLength)
    throw badUserInput(field, `at most ${maxLength} characters (got ${[...trimmed].length})`);
  return trimmed === '' ? null : trimmed;
}

export function optionalDate(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  if (parseIsoDate(value) === null)
    throw badUserInput(field, `"${value.slice(0, 40)}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  return value;
}

/** `from` must not come after `to`; partial dates compare by the period they start. */
export function assertDateOrder(from: string | null, to: string | null, field: string, fromField: string): void {
  if (from && to && to < from.slice(0, to.length)) {
    throw badUserInput(field, `must not be before ${fromField} (${from})`);
  }
}

export function assertNoDuplicates<T>(
  values: readonly T[],
  field: string,
  describe: (value: T) => string = String,
): void {
  const seen = new Set<string>();
  for (const value of values) {
    const key = describe(value);
    if (seen.has(key)) throw badUserInput(field, `lists ${key} more than once`);
    seen.add(key);
  }
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,63}$/;
export function optionalEmail(value: string | null | undefined, field: string): string | null {
  const text = optionalText(value, field, 254);
  if (text !== null && !EMAIL.test(text)) throw badUserInput(field, `"${text.slice(0, 60)}" is not an email address`);
  return text;
}
