import { internshipFunnel, thesisFunnel, trainingFunnel } from './stats';
import type { InstitutionResolvers, TalentSummaryResolvers } from '../generated/resolvers';

/** Each programme once, even when the institution plays both parts in it. */
function distinctPrograms<P extends { id: string }>(
  rows: Array<{ role?: string; program: P }>,
  role?: string | null,
): P[] {
  const seen = new Map<string, P>();
  for (const row of rows) if (!role || row.role === role) seen.set(row.program.id, row.program);
  return [...seen.values()];
}

export const Institution: InstitutionResolvers = {
  // Institutions belong to the institutions subgraph: this one only adds fields to an id.
  __resolveReference: (ref) => ({ id: ref.id }),
  internshipPrograms: async (institution, { role }, ctx) =>
    distinctPrograms(await ctx.loaders.internshipProgramsByInstitution.load(institution.id), role),
  thesisPrograms: async (institution, { role }, ctx) =>
    distinctPrograms(await ctx.loaders.thesisProgramsByInstitution.load(institution.id), role),
  trainingPrograms: async (institution, _, ctx) =>
    distinctPrograms(await ctx.loaders.trainingProgramsByInstitution.load(institution.id)),
  talentSummary: (institution) => ({ institutionId: institution.id }),
};

/** Every number comes from one grouped statement per pipeline for all institutions of the request. */
export const TalentSummary: TalentSummaryResolvers = {
  internshipProgramCount: async (s, _, ctx) =>
    (await ctx.loaders.internshipCountsByInstitution.load(s.institutionId)).programs,
  thesisProgramCount: async (s, _, ctx) => (await ctx.loaders.thesisCountsByInstitution.load(s.institutionId)).programs,
  trainingProgramCount: async (s, _, ctx) =>
    (await ctx.loaders.enrollmentCountsByInstitution.load(s.institutionId)).programs,
  internships: async (s, _, ctx) =>
    internshipFunnel((await ctx.loaders.internshipCountsByInstitution.load(s.institutionId)).statuses),
  theses: async (s, _, ctx) =>
    thesisFunnel((await ctx.loaders.thesisCountsByInstitution.load(s.institutionId)).statuses),
  trainings: async (s, _, ctx) =>
    trainingFunnel((await ctx.loaders.enrollmentCountsByInstitution.load(s.institutionId)).statuses),
};
