import { timingSafeEqual } from 'node:crypto';

/** Whether a header carries exactly the expected secret, compared in constant time. */
export function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
