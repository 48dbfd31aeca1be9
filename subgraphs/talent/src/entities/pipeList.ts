import type { ValueTransformer } from 'typeorm';

/**
 * Stores a short list of codes (e.g. study levels) as `|BACHELOR|MASTER|`, so SQL can
 * match one code with `LIKE '%|MASTER|%'` on every database without a join.
 */
export const pipeList: ValueTransformer = {
  to: (value: readonly string[] | null | undefined) => (value == null ? value : `|${value.join('|')}|`),
  from: (value: string | null) => (value == null ? [] : value.split('|').filter((code) => code !== '')),
};

/** The LIKE pattern that finds one code in a `pipeList` column. */
export function pipeListContains(code: string): string {
  return `%|${code}|%`;
}
