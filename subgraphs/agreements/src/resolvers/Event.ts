import { recordKey } from '@partnership-graph/shared';
import type { AgreementsContext } from '../context';
import type { ParticipantRole } from '../entities/EventParticipant';
import type { EventRow } from '../repositories/EventRepository';
import { loadReference } from './Query';

async function institutionsIn(event: EventRow, role: ParticipantRole, ctx: AgreementsContext) {
  const participants = await ctx.loaders.participantsByEvent.load(event.id);
  return participants.filter((p) => p.role === role).map((p) => ({ __typename: 'Institution', id: p.institutionId }));
}

export const Event = {
  __resolveReference: (ref: { id: string }, ctx: AgreementsContext) => loadReference(ref.id, (id) => ctx.loaders.event.load(id)),
  organizers: (event: EventRow, _: unknown, ctx: AgreementsContext) => institutionsIn(event, 'ORGANIZER', ctx),
  partners: (event: EventRow, _: unknown, ctx: AgreementsContext) => institutionsIn(event, 'PARTNER', ctx),
  participants: (event: EventRow, _: unknown, ctx: AgreementsContext) => institutionsIn(event, 'PARTICIPANT', ctx),
  speakers: (event: EventRow, _: unknown, ctx: AgreementsContext) => ctx.loaders.speakersByEvent.load(event.id),
  sources: (event: EventRow, _: unknown, ctx: AgreementsContext) => ctx.loaders.sources.load(recordKey('event', event.id)),
};
