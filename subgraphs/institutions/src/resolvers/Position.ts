import { mustExist, recordKey } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Position as PositionRow } from '../entities/Position';
import type { PositionResolvers } from '../generated/resolvers';

export const Position: PositionResolvers = {
  person: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.person.load(position.personId), `person ${position.personId}`),
  institution: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.institution.load(position.institutionId), `institution ${position.institutionId}`),
  sources: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    ctx.loaders.sources.load(recordKey('position', position.id)),
};
