import type { DataSource } from 'typeorm';
import {
  buildSearchText,
  foldText,
  recordKey,
  seedRecordProvenance,
  syncRows,
  type SyncResult,
} from '@partnership-graph/shared';
import { Institution } from '../entities/Institution';
import { institutionDerivedColumns } from '../repositories/InstitutionRepository';
import { Membership } from '../entities/Membership';
import { Person } from '../entities/Person';
import { Position } from '../entities/Position';
import { positionRecord } from '../positions/positionRecord';
import { institutionsSeed } from './data';
import { institutionsProvenance } from './provenance';
import type { InstitutionsSeed } from './types';

export type SeedReport = Record<'institutions' | 'people' | 'positions' | 'memberships' | 'claims', SyncResult>;

/** Writes the seed dataset; idempotent, and one transaction, so it never half-applies. */
export async function seedInstitutions(
  dataSource: DataSource,
  seed: InstitutionsSeed = institutionsSeed,
): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    const institutions = await syncRows(
      manager,
      Institution,
      seed.institutions.map(({ sources: _sources, ...i }) => ({ ...i, ...institutionDerivedColumns(i) })),
    );
    const people = await syncRows(
      manager,
      Person,
      seed.people.map(({ sources: _sources, ...p }) => ({
        ...p,
        sortName: foldText(p.name),
        searchText: buildSearchText([p.name, ...p.names.map((n) => n.value), ...p.aliases]),
      })),
    );
    const positions = await syncRows(
      manager,
      Position,
      seed.positions.map(({ sources: _sources, former = false, formerOn = null, ...p }) => ({
        ...positionRecord({ ...p, former, formerOn }),
      })),
    );
    const memberships = await syncRows(
      manager,
      Membership,
      seed.memberships.map(({ sources: _sources, ...m }) => m),
    );
    const claims = await seedRecordProvenance(
      manager,
      [
        ...seed.institutions.map((r) => ({ recordKey: recordKey('institution', r.id), citations: r.sources })),
        ...seed.people.map((r) => ({ recordKey: recordKey('person', r.id), citations: r.sources })),
        ...seed.positions.map((r) => ({ recordKey: recordKey('position', r.id), citations: r.sources })),
        ...seed.memberships.map((r) => ({ recordKey: recordKey('membership', r.id), citations: r.sources })),
      ],
      institutionsProvenance,
    );
    return { institutions, people, positions, memberships, claims };
  });
}

/** Seeds a database that has no institutions yet (first start). */
export async function seedIfEmpty(dataSource: DataSource): Promise<SeedReport | null> {
  const count = await dataSource.getRepository(Institution).count();
  return count === 0 ? seedInstitutions(dataSource) : null;
}
