import { mustExist, citedRecordFields } from '@partnership-graph/shared';
import type { PositionResolvers } from '../generated/resolvers';
import { positionStatus } from '../positions/positionEvidence';
import { positionRoleLabel } from '../positions/positionRoles';

export const Position: PositionResolvers = {
  person: (position, _, ctx) => mustExist(ctx.loaders.person.load(position.personId), `person ${position.personId}`),
  institution: (position, _, ctx) =>
    mustExist(ctx.loaders.institution.load(position.institutionId), `institution ${position.institutionId}`),
  roleLabel: (position, { lang }, ctx) => positionRoleLabel(position.role, lang ? [lang] : ctx.languages),
  statusOn: (position, { date }) => positionStatus(position, date),
  heldOn: (position, { date }) => positionStatus(position, date) === 'HELD',
  ...citedRecordFields('position', 'Position'),
};
