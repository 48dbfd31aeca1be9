import type { StatusCounts } from '../repositories/recordQuery';

/** A share rounded to four decimals; null when there is nothing to divide by. */
function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

function total(counts: StatusCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** How many records in any of `statuses` (all when none given). */
export function countIn(counts: StatusCounts, statuses?: readonly string[] | null): number {
  if (!statuses?.length) return total(counts);
  return statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
}

/** The funnel internships and trainings share: `completed` is what the kind counts as completed. */
function enrolmentFunnel(counts: StatusCounts, completed: number) {
  const enrolled = total(counts);
  const withdrawn = counts.WITHDRAWN ?? 0;
  return {
    enrolled,
    planned: counts.PLANNED ?? 0,
    active: counts.ACTIVE ?? 0,
    completed,
    withdrawn,
    completionRate: rate(completed, enrolled),
    withdrawalRate: rate(withdrawn, enrolled),
  };
}

/** A hired intern has completed too. */
export function internshipFunnel(counts: StatusCounts) {
  const hired = counts.HIRED ?? 0;
  const completed = (counts.COMPLETED ?? 0) + hired;
  return { ...enrolmentFunnel(counts, completed), hired, hireRate: rate(hired, completed) };
}

export function thesisFunnel(counts: StatusCounts) {
  const registered = total(counts);
  const defended = counts.DEFENDED ?? 0;
  const abandoned = counts.ABANDONED ?? 0;
  return {
    registered,
    proposed: counts.PROPOSED ?? 0,
    inProgress: counts.IN_PROGRESS ?? 0,
    defended,
    abandoned,
    defenseRate: rate(defended, registered),
    abandonmentRate: rate(abandoned, registered),
  };
}

export function trainingFunnel(counts: StatusCounts) {
  return enrolmentFunnel(counts, counts.COMPLETED ?? 0);
}

/** Seats held (not WITHDRAWN) and seats left of a programme with these counts. */
export function seatStats(seats: number | null, counts: StatusCounts) {
  const seatsTaken = total(counts) - (counts.WITHDRAWN ?? 0);
  return { seats, seatsTaken, seatsLeft: seats === null ? null : Math.max(0, seats - seatsTaken) };
}
