import { seedCheckRecorder, seedValues, type SeedCheckRecord } from '@partnership-graph/shared';
import { talentSeed } from './data';
import { talentProvenance } from './provenance';
import type { TalentSeed } from './types';

const { text, date, fact } = seedValues;

/** The seed's records with their values by GraphQL field, their citations (with stated fields) and claims. */
export function talentSeedCheckRecords(seed: TalentSeed = talentSeed): SeedCheckRecord[] {
  const record = seedCheckRecorder(talentProvenance);
  const common = (
    p:
      | TalentSeed['internshipPrograms'][number]
      | TalentSeed['thesisPrograms'][number]
      | TalentSeed['trainingPrograms'][number],
  ) => ({
    title: text(p.title),
    description: text(p.description),
    areas: fact(p.areas),
    startsOn: date(p.startsOn),
    endsOn: date(p.endsOn),
    status: fact(p.status),
    agreement: fact(p.agreementId),
  });
  return [
    ...seed.internshipPrograms.map((p) =>
      record('internship-program', p, {
        ...common(p),
        host: fact(p.hostId),
        universities: fact(p.universityIds),
        levels: fact(p.levels),
        seats: text(p.seats == null ? null : String(p.seats)),
      }),
    ),
    ...seed.thesisPrograms.map((p) =>
      record('thesis-program', p, {
        ...common(p),
        university: fact(p.universityId),
        industryPartner: fact(p.industryPartnerId),
        levels: fact(p.levels),
      }),
    ),
    ...seed.trainingPrograms.map((p) =>
      record('training-program', p, {
        ...common(p),
        kind: fact(p.kind),
        providers: fact(p.providerIds),
        audience: text(p.audience),
        seats: text(p.seats == null ? null : String(p.seats)),
      }),
    ),
  ];
}
