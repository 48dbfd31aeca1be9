import type { EventSpeakerResolvers } from '../generated/resolvers';
import { recordId } from './recordId';
import { institutionRef, personRef } from './references';

export const EventSpeaker: EventSpeakerResolvers = {
  id: (speaker) => recordId(speaker.eventId, speaker.personId),
  person: (speaker) => personRef(speaker.personId),
  institution: (speaker) => (speaker.institutionId ? institutionRef(speaker.institutionId) : null),
};
