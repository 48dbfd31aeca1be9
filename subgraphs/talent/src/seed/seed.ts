import { In, type DataSource, type EntityManager } from 'typeorm';
import { recordKey, seedRecordProvenance, syncRows, type SyncResult } from '@partnership-graph/shared';
import { InternshipProgram } from '../entities/InternshipProgram';
import { InternshipProgramUniversity } from '../entities/InternshipProgramUniversity';
import { ThesisProgram } from '../entities/ThesisProgram';
import { TrainingProgram } from '../entities/TrainingProgram';
import { TrainingProgramProvider } from '../entities/TrainingProgramProvider';
import { programSearchColumns } from '../repositories/programQuery';
import { talentSeed } from './data';
import { talentProvenance } from './provenance';
import type { TalentSeed } from './types';

export type SeedReport = Record<
  | 'internshipPrograms'
  | 'internshipProgramUniversities'
  | 'thesisPrograms'
  | 'trainingPrograms'
  | 'trainingProgramProviders'
  | 'claims',
  SyncResult
>;

type LinkEntity = typeof InternshipProgramUniversity | typeof TrainingProgramProvider;

/**
 * Makes the institution links of the seeded programmes exactly the seed's: inserts the
 * missing, deletes the ones the seed no longer lists, leaves the rest.
 */
async function syncLinks(
  manager: EntityManager,
  target: LinkEntity,
  links: ReadonlyArray<{ programId: string; institutionIds: readonly string[] }>,
): Promise<SyncResult> {
  const repository = manager.getRepository(target);
  const result: SyncResult = { created: 0, updated: 0, unchanged: 0 };
  if (!links.length) return result;
  const existing = await repository.findBy({ programId: In(links.map((l) => l.programId)) });
  const key = (programId: string, institutionId: string) => `${programId}|${institutionId}`;
  const current = new Set(existing.map((row) => key(row.programId, row.institutionId)));
  const wanted = new Set(links.flatMap((l) => l.institutionIds.map((id) => key(l.programId, id))));
  const inserts = links.flatMap((l) =>
    l.institutionIds
      .filter((id) => !current.has(key(l.programId, id)))
      .map((institutionId) => ({ programId: l.programId, institutionId })),
  );
  for (const row of existing) {
    if (!wanted.has(key(row.programId, row.institutionId))) {
      await repository.delete({ programId: row.programId, institutionId: row.institutionId });
      result.updated += 1;
    }
  }
  if (inserts.length) await repository.insert(inserts);
  result.created = inserts.length;
  result.unchanged = wanted.size - inserts.length;
  return result;
}

/** Writes the seed dataset; idempotent, and one transaction, so it never half-applies. */
export async function seedTalent(dataSource: DataSource, seed: TalentSeed = talentSeed): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    // `version` is left to the column default on insert and never touched on update.
    const internshipPrograms = await syncRows(
      manager,
      InternshipProgram,
      seed.internshipPrograms.map(({ sources: _s, universityIds, ...p }) => ({
        ...p,
        ...programSearchColumns(p.title, [...p.areas, p.hostId, ...universityIds, p.agreementId]),
      })) as InternshipProgram[],
    );
    const internshipProgramUniversities = await syncLinks(
      manager,
      InternshipProgramUniversity,
      seed.internshipPrograms.map((p) => ({ programId: p.id, institutionIds: p.universityIds })),
    );
    const thesisPrograms = await syncRows(
      manager,
      ThesisProgram,
      seed.thesisPrograms.map(({ sources: _s, ...p }) => ({
        ...p,
        ...programSearchColumns(p.title, [...p.areas, p.universityId, p.industryPartnerId, p.agreementId]),
      })) as ThesisProgram[],
    );
    const trainingPrograms = await syncRows(
      manager,
      TrainingProgram,
      seed.trainingPrograms.map(({ sources: _s, providerIds, ...p }) => ({
        ...p,
        ...programSearchColumns(p.title, [...p.areas, p.audience, ...providerIds, p.agreementId]),
      })) as TrainingProgram[],
    );
    const trainingProgramProviders = await syncLinks(
      manager,
      TrainingProgramProvider,
      seed.trainingPrograms.map((p) => ({ programId: p.id, institutionIds: p.providerIds })),
    );
    const claims = await seedRecordProvenance(
      manager,
      [
        ...seed.internshipPrograms.map((r) => ({
          recordKey: recordKey('internship-program', r.id),
          citations: r.sources,
        })),
        ...seed.thesisPrograms.map((r) => ({ recordKey: recordKey('thesis-program', r.id), citations: r.sources })),
        ...seed.trainingPrograms.map((r) => ({ recordKey: recordKey('training-program', r.id), citations: r.sources })),
      ],
      talentProvenance,
    );
    return {
      internshipPrograms,
      internshipProgramUniversities,
      thesisPrograms,
      trainingPrograms,
      trainingProgramProviders,
      claims,
    };
  });
}

/** Seeds a database that has no programmes yet (first start). */
export async function seedIfEmpty(dataSource: DataSource): Promise<SeedReport | null> {
  const counts = await Promise.all([
    dataSource.getRepository(InternshipProgram).count(),
    dataSource.getRepository(ThesisProgram).count(),
    dataSource.getRepository(TrainingProgram).count(),
  ]);
  return counts.every((n) => n === 0) ? seedTalent(dataSource) : null;
}
