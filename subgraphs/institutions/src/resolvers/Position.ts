import { recordKey } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Position as PositionRow } from '../entities/Position';

export const Position = {
  person: (position: PositionRow, _: unknown, ctx: InstitutionsContext) => ctx.loaders.person.load(position.personId),
  institution: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.institution.load(position.institutionId),
  sources: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.sources.load(recordKey('position', position.id)),
};
