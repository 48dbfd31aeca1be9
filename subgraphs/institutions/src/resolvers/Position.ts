import { mustExist, citationsOf, citedSourcesOf } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Position as PositionRow } from '../entities/Position';
import type { PositionResolvers } from '../generated/resolvers';
import { positionStatus } from '../positions/positionEvidence';

export const Position: PositionResolvers = {
  person: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.person.load(position.personId), `person ${position.personId}`),
  institution: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.institution.load(position.institutionId), `institution ${position.institutionId}`),
  statusOn: (position: PositionRow, { date }: { date: string }) => positionStatus(position, date),
  heldOn: (position: PositionRow, { date }: { date: string }) => positionStatus(position, date) === 'HELD',
  citations: citationsOf('position'),
  sources: citedSourcesOf('position'),
};
