import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createCitationsLoader,
  createClaimsLoader,
  createSourceDocumentLoader,
  createSourcesCitedLoader,
  groupRows,
  indexRows,
} from '@partnership-graph/shared';
import type { Institution } from '../entities/Institution';
import type { Membership } from '../entities/Membership';
import type { Person } from '../entities/Person';
import type { Position } from '../entities/Position';
import { InstitutionRepository } from '../repositories/InstitutionRepository';
import { MembershipRepository } from '../repositories/MembershipRepository';
import { PersonRepository } from '../repositories/PersonRepository';
import { PositionRepository } from '../repositories/PositionRepository';

/** The loaders of one request: each batches every lookup of its kind into one statement. */
export function createLoaders(dataSource: DataSource) {
  const institutions = new InstitutionRepository(dataSource);
  const people = new PersonRepository(dataSource);
  const positions = new PositionRepository(dataSource);
  const memberships = new MembershipRepository(dataSource);
  return {
    institution: new DataLoader<string, Institution | null>(async (ids) =>
      indexRows(ids, await institutions.findByIds(ids), (i) => i.id),
    ),
    unitsByParent: new DataLoader<string, Institution[]>(async (ids) =>
      groupRows(ids, await institutions.findByParentIds(ids), (i) => i.parentId as string),
    ),
    person: new DataLoader<string, Person | null>(async (ids) =>
      indexRows(ids, await people.findByIds(ids), (p) => p.id),
    ),
    positionsByInstitution: new DataLoader<string, Position[]>(async (ids) =>
      groupRows(ids, await positions.findByInstitutionIds(ids), (p) => p.institutionId),
    ),
    positionsByPerson: new DataLoader<string, Position[]>(async (ids) =>
      groupRows(ids, await positions.findByPersonIds(ids), (p) => p.personId),
    ),
    membershipsByMember: new DataLoader<string, Membership[]>(async (ids) =>
      groupRows(ids, await memberships.findByMemberIds(ids), (m) => m.memberId),
    ),
    membershipsByOrganization: new DataLoader<string, Membership[]>(async (ids) =>
      groupRows(ids, await memberships.findByOrganizationIds(ids), (m) => m.organizationId),
    ),
    citations: createCitationsLoader(dataSource),
    claims: createClaimsLoader(dataSource),
    sourceDocument: createSourceDocumentLoader(dataSource),
    sourcesCited: createSourcesCitedLoader(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
