import { DateScalar } from '@partnership-graph/shared';
import { Institution } from './Institution';
import { InstitutionFacets } from './InstitutionFacets';
import { Membership } from './Membership';
import { Person } from './Person';
import { Position } from './Position';
import { Query } from './Query';

export const resolvers = { Date: DateScalar, Query, Institution, InstitutionFacets, Person, Position, Membership };
