import type { DataSource } from 'typeorm';
import { citationLoaders, groupLoader, recordLoader } from '@partnership-graph/shared';
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
    institution: recordLoader((ids) => institutions.findByIds(ids)),
    unitsByParent: groupLoader((ids) => institutions.findByParentIds(ids), 'parentId'),
    person: recordLoader((ids) => people.findByIds(ids)),
    positionsByInstitution: groupLoader((ids) => positions.findByInstitutionIds(ids), 'institutionId'),
    positionsByPerson: groupLoader((ids) => positions.findByPersonIds(ids), 'personId'),
    membershipsByMember: groupLoader((ids) => memberships.findByMemberIds(ids), 'memberId'),
    membershipsByOrganization: groupLoader((ids) => memberships.findByOrganizationIds(ids), 'organizationId'),
    ...citationLoaders(dataSource),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
