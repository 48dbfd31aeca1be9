import { mustExist, citationsOf, provenanceOf, citedSourcesOf, historyOf } from '@partnership-graph/shared';
import type { InstitutionsContext } from '../context';
import type { Position as PositionRow } from '../entities/Position';
import type { PositionResolvers } from '../generated/resolvers';
import { positionStatus } from '../positions/positionEvidence';
import { positionRoleLabel } from '../positions/positionRoles';

export const Position: PositionResolvers = {
  person: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.person.load(position.personId), `person ${position.personId}`),
  institution: (position: PositionRow, _: unknown, ctx: InstitutionsContext) =>
    mustExist(ctx.loaders.institution.load(position.institutionId), `institution ${position.institutionId}`),
  roleLabel: (position: PositionRow, { lang }: { lang?: string | null }, ctx: InstitutionsContext) =>
    positionRoleLabel(position.role, lang ? [lang] : ctx.languages),
  statusOn: (position: PositionRow, { date }: { date: string }) => positionStatus(position, date),
  heldOn: (position: PositionRow, { date }: { date: string }) => positionStatus(position, date) === 'HELD',
  citations: citationsOf('position'),
  provenance: provenanceOf('position'),
  sources: citedSourcesOf('position'),
  history: historyOf('Position'),
};
