import type { EventRoleRow } from '../repositories/EventSpeakerRepository';

export const EventRole = {
  event: (role: EventRoleRow) => role.event,
  institution: (role: EventRoleRow) => (role.institutionId ? { __typename: 'Institution', id: role.institutionId } : null),
};
