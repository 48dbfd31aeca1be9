import { DateScalar } from '@partnership-graph/shared';
import type { Resolvers } from '../generated/resolvers';
import { Agreement } from './Agreement';
import { AgreementParty } from './AgreementParty';
import { AuditEntry } from './AuditEntry';
import { Commitment } from './Commitment';
import { Event } from './Event';
import { EventRole } from './EventRole';
import { EventSpeaker } from './EventSpeaker';
import { Institution } from './Institution';
import { Mutation } from './Mutation';
import { Partner } from './Partner';
import { PartnershipEdge, PartnershipNetwork, PartnershipPath } from './Partnership';
import { Person } from './Person';
import { Query } from './Query';
import { Source } from './Source';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Agreement,
  AgreementParty,
  Commitment,
  Event,
  EventSpeaker,
  EventRole,
  Institution,
  Person,
  Partner,
  PartnershipNetwork,
  PartnershipEdge,
  PartnershipPath,
  AuditEntry,
  Source,
};
