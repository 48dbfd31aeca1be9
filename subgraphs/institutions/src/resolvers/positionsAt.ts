import type { Position } from '../entities/Position';
import { positionStatus, type PositionStatus } from '../positions/positionEvidence';

/** The positions whose status on `at` is one of `statuses`, or all of them without `at`. */
export function positionsAt(
  positions: Position[],
  at: string | null | undefined,
  statuses: readonly PositionStatus[] | null | undefined,
): Position[] {
  if (!at) return positions;
  const wanted = new Set(statuses ?? ['HELD']);
  return positions.filter((p) => wanted.has(positionStatus(p, at)));
}
