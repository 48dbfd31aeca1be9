import type { EventSpeakerResolvers } from '../generated/resolvers';
import { institutionRef, personRef } from './references';

export const EventSpeaker: EventSpeakerResolvers = {
  person: (speaker) => personRef(speaker.personId),
  institution: (speaker) => (speaker.institutionId ? institutionRef(speaker.institutionId) : null),
};
