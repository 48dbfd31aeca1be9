import { Position } from '../entities/Position';
import { positionEvidence, type PositionFacts } from './positionEvidence';

/** What a position row is written from: who, where, the title and what the sources say of its dates. */
export interface PositionFields extends PositionFacts {
  id: string;
  personId: string;
  institutionId: string;
  title: string;
}

/** The stored position: the fields and every column derived from them (the latest observation, the evidence). */
export function positionRecord(fields: PositionFields): Position {
  const observedDates = [...new Set(fields.observedDates)].sort();
  return Object.assign(new Position(), {
    ...fields,
    observedDates,
    observedOn: observedDates.length ? observedDates[observedDates.length - 1] : null,
    ...positionEvidence({ ...fields, observedDates }),
  });
}
