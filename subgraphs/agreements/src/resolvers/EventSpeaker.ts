import type { EventSpeaker as EventSpeakerRow } from '../entities/EventSpeaker';

export const EventSpeaker = {
  person: (speaker: EventSpeakerRow) => ({ __typename: 'Person', id: speaker.personId }),
  institution: (speaker: EventSpeakerRow) => (speaker.institutionId ? { __typename: 'Institution', id: speaker.institutionId } : null),
};
