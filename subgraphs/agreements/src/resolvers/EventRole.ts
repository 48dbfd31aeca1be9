import type { EventRoleResolvers } from '../generated/resolvers';
import { recordId } from './recordId';
import { institutionRef } from './references';

export const EventRole: EventRoleResolvers = {
  id: (role) => recordId(role.event.id, role.personId),
  event: (role) => role.event,
  institution: (role) => (role.institutionId ? institutionRef(role.institutionId) : null),
};
