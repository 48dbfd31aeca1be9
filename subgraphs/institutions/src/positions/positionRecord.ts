import { buildSearchText } from '@partnership-graph/shared';
import { Position } from '../entities/Position';
import { positionEvidence, type PositionFacts } from './positionEvidence';
import { positionRole, positionRoles, type PositionRole } from './positionRoles';

/** What a position row is written from: who, where, the title and what the sources say of its dates. */
export interface PositionFields extends PositionFacts {
  id: string;
  personId: string;
  institutionId: string;
  title: string;
}

/** The role a title names, and the text `search` looks in: the title and the role's names in every language. */
export function positionRoleColumns(title: string): { role: PositionRole; searchText: string } {
  const role = positionRole(title);
  const labels = role === 'OTHER' ? [] : Object.values(positionRoles[role].labels);
  return { role, searchText: buildSearchText([title, ...labels]) };
}

/** The stored position: the fields and every column derived from them (role, latest observation, evidence). */
export function positionRecord(fields: PositionFields): Position {
  const observedDates = [...new Set(fields.observedDates)].sort();
  return Object.assign(new Position(), {
    ...fields,
    ...positionRoleColumns(fields.title),
    observedDates,
    observedOn: observedDates.length ? observedDates[observedDates.length - 1] : null,
    ...positionEvidence({ ...fields, observedDates }),
  });
}
