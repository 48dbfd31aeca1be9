import type { EventRoleResolvers } from '../generated/resolvers';
import { institutionRef } from './references';

export const EventRole: EventRoleResolvers = {
  event: (role) => role.event,
  institution: (role) => (role.institutionId ? institutionRef(role.institutionId) : null),
};
