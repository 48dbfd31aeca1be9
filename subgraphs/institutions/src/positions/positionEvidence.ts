import { dayBefore, endOfPeriod, startOfPeriod } from '@partnership-graph/shared';

/** What the sources say about a position's dates (each date with the precision the source gives). */
export interface PositionFacts {
  /** When the role began. */
  since: string | null;
  /** When the role ended (the person held it on that day). */
  until: string | null;
  /** Dates on which a source shows the person in the role. */
  observedDates: readonly string[];
  /** A source calls the role former. */
  former: boolean;
  /** The date of the (earliest) source that calls the role former, when it is dated. */
  formerOn: string | null;
}

/**
 * The days the facts settle, stored with each position so that a list can be filtered
 * by them in SQL (YYYY-MM-DD, null when the facts say nothing):
 * - `heldFrom`…`heldTo`: a position is one term, so every day between two days on which
 *   the person is known to hold it was held too. Each fact (start, end, observation) is
 *   "held on some day of this period": heldFrom is the earliest period end, heldTo the
 *   latest period start. When heldFrom ≤ heldTo every day between was held; otherwise
 *   (only partial dates, e.g. an observation in "2025") the role was held on some day
 *   between heldTo and heldFrom.
 * - `notBefore`…`notAfter`: outside these days the role was not held: before its start,
 *   after its end, and from the day a dated source calls it former.
 */
export interface PositionEvidence {
  heldFrom: string | null;
  heldTo: string | null;
  notBefore: string | null;
  notAfter: string | null;
}

/** What the sources establish about a role on a day or period. */
export type PositionStatus = 'HELD' | 'NOT_HELD' | 'UNKNOWN';

export function positionEvidence(facts: PositionFacts): PositionEvidence {
  const held = [facts.since, facts.until, ...facts.observedDates].filter((d): d is string => d !== null);
  const ends = [
    facts.until && endOfPeriod(facts.until),
    facts.former && facts.formerOn && dayBefore(endOfPeriod(facts.formerOn)),
  ].filter((d): d is string => typeof d === 'string');
  return {
    heldFrom: held.length ? held.map(endOfPeriod).sort()[0] : null,
    heldTo: held.length ? held.map(startOfPeriod).sort().reverse()[0] : null,
    notBefore: facts.since ? startOfPeriod(facts.since) : null,
    notAfter: ends.length ? ends.sort()[0] : null,
  };
}

/**
 * The status of a role on `at` (a day, or a month or year: then "on some day of it"):
 * HELD when the sources show it held then (see PositionEvidence), NOT_HELD when `at`
 * lies wholly before its start, after its end or from a dated "former" on, else UNKNOWN.
 * The same rule is the SQL condition of `PositionRepository.statusCondition`.
 */
export function positionStatus(evidence: PositionEvidence, at: string): PositionStatus {
  const [first, last] = [startOfPeriod(at), endOfPeriod(at)];
  if (evidence.heldFrom !== null && evidence.heldTo !== null && evidence.heldFrom <= last && evidence.heldTo >= first)
    return 'HELD';
  if (
    (evidence.notBefore !== null && last < evidence.notBefore) ||
    (evidence.notAfter !== null && first > evidence.notAfter)
  )
    return 'NOT_HELD';
  return 'UNKNOWN';
}

/** The observation dates with `date` added (each once, in order). */
export function withObservation(dates: readonly string[], date: string | null): string[] {
  return [...new Set(date ? [...dates, date] : dates)].sort();
}
