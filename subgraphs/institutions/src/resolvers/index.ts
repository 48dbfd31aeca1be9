import { DateScalar } from '@partnership-graph/shared';
import { Institution } from './Institution';
import { InstitutionFacets } from './InstitutionFacets';
import { Membership } from './Membership';
import { Person } from './Person';
import { Position } from './Position';
import { Query } from './Query';
import { Source } from './Source';
import { AuditEntry } from './AuditEntry';
import { Mutation } from './Mutation';
import type { Resolvers } from '../generated/resolvers';

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query,
  Mutation,
  Institution,
  InstitutionFacets,
  Person,
  Position,
  Membership,
  AuditEntry,
  Source,
};
