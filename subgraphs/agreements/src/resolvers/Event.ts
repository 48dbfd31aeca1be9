import { loadReference, citedRecordFields } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import type { ParticipantRole } from '../entities/EventParticipant';
import type { EventResolvers } from '../generated/resolvers';
import type { EventRow } from '../repositories/EventRepository';
import { institutionRef } from './references';

async function institutionsIn(event: EventRow, role: ParticipantRole, ctx: AgreementsContext) {
  const participants = await ctx.loaders.participantsByEvent.load(event.id);
  return participants.filter((p) => p.role === role).map((p) => institutionRef(p.institutionId));
}

export const Event: EventResolvers = {
  __resolveReference: (ref, ctx) => loadReference(ref.id, (id) => ctx.loaders.event.load(id)),
  organizers: (event, _, ctx) => institutionsIn(event, 'ORGANIZER', ctx),
  partners: (event, _, ctx) => institutionsIn(event, 'PARTNER', ctx),
  participants: (event, _, ctx) => institutionsIn(event, 'PARTICIPANT', ctx),
  speakers: (event, _, ctx) => ctx.loaders.speakersByEvent.load(event.id),
  ...citedRecordFields('event', 'Event'),
};
