import { endOfPeriod } from '@partnership-graph/shared';
import type { Position } from '../entities/Position';

/**
 * Whether a position was held on `date` as far as the sources tell: its start (the
 * stated `since`, else the day a source shows it) is not after the date, and its
 * `until` (the end of that period, for a partial date) is not before it.
 */
export function heldOn(position: Position, date: string): boolean {
  const start = position.since ?? position.observedOn;
  const day = date.length === 10 ? date : endOfPeriod(date);
  if (start && start > day) return false;
  if (position.until && endOfPeriod(position.until) < date) return false;
  return true;
}

/** The positions held on `at`, or all of them without it. */
export function positionsAt(positions: Position[], at: string | null | undefined): Position[] {
  return at ? positions.filter((p) => heldOn(p, at)) : positions;
}
