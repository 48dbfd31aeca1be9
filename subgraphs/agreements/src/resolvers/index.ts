import { DateScalar } from '@partnership-graph/shared';
import { Agreement } from './Agreement';
import { AgreementParty } from './AgreementParty';
import { Event } from './Event';
import { EventRole } from './EventRole';
import { EventSpeaker } from './EventSpeaker';
import { Institution } from './Institution';
import { Mutation } from './Mutation';
import { Partner } from './Partner';
import { Person } from './Person';
import { Query } from './Query';

export const resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Agreement,
  AgreementParty,
  Event,
  EventSpeaker,
  EventRole,
  Institution,
  Person,
  Partner,
};
