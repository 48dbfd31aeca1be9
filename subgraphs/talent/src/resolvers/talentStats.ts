import type { BucketCount, TalentStatsGroupBy } from '../repositories/TalentStatsRepository';

export interface StatsBucket {
  key: string | null;
  label: string;
  count: number;
}

const pipelineLabels: Record<string, string> = { INTERNSHIP: 'Internship', THESIS: 'Thesis', TRAINING: 'Training' };
const specialLabels: Record<string, string> = { PHD: 'PhD' };
const noValue: Record<TalentStatsGroupBy, string> = {
  PIPELINE: 'No pipeline',
  STATUS: 'No status',
  LEVEL: 'No level',
  YEAR: 'Unknown year',
  HOST: 'Unknown host',
};

/** IN_PROGRESS → "In progress". */
function humanize(code: string): string {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function label(groupBy: TalentStatsGroupBy, key: string | null): string {
  if (key === null) return noValue[groupBy];
  switch (groupBy) {
    case 'PIPELINE':
      return pipelineLabels[key] ?? humanize(key);
    case 'STATUS':
    case 'LEVEL':
      return specialLabels[key] ?? humanize(key);
    case 'YEAR':
    case 'HOST':
      // Institution names live in the institutions subgraph: the id is the label.
      return key;
  }
}

/** Labels the counted buckets and orders them: YEAR chronologically, the others by count then key; null last. */
export function toBuckets(groupBy: TalentStatsGroupBy, counts: BucketCount[]): StatsBucket[] {
  const byKey = (a: BucketCount, b: BucketCount) =>
    (a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0;
  const sorted = [...counts].sort(
    (a, b) =>
      Number(a.key === null) - Number(b.key === null) || (groupBy === 'YEAR' ? 0 : b.count - a.count) || byKey(a, b),
  );
  return sorted.map(({ key, count }) => ({ key, label: label(groupBy, key), count }));
}
