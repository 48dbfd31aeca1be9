import type { TalentContext } from '../context';
import type { EntityRef as InstitutionRef, TalentSummaryParent as Summary } from './parents';
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
  __resolveReference: (ref: InstitutionRef) => ({ id: ref.id }),
  internshipPrograms: async (institution: InstitutionRef, { role }: { role?: string | null }, ctx: TalentContext) =>
    distinctPrograms(await ctx.loaders.internshipProgramsByInstitution.load(institution.id), role),
  thesisPrograms: async (institution: InstitutionRef, { role }: { role?: string | null }, ctx: TalentContext) =>
    distinctPrograms(await ctx.loaders.thesisProgramsByInstitution.load(institution.id), role),
  trainingPrograms: async (institution: InstitutionRef, _: unknown, ctx: TalentContext) =>
    distinctPrograms(await ctx.loaders.trainingProgramsByInstitution.load(institution.id)),
  talentSummary: (institution: InstitutionRef) => ({ institutionId: institution.id }),
};

/** Every number comes from one grouped statement per pipeline for all institutions of the request. */
export const TalentSummary: TalentSummaryResolvers = {
  internshipProgramCount: async (s: Summary, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.internshipCountsByInstitution.load(s.institutionId)).programs,
  thesisProgramCount: async (s: Summary, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.thesisCountsByInstitution.load(s.institutionId)).programs,
  trainingProgramCount: async (s: Summary, _: unknown, ctx: TalentContext) =>
    (await ctx.loaders.enrollmentCountsByInstitution.load(s.institutionId)).programs,
  internships: async (s: Summary, _: unknown, ctx: TalentContext) =>
    internshipFunnel((await ctx.loaders.internshipCountsByInstitution.load(s.institutionId)).statuses),
  theses: async (s: Summary, _: unknown, ctx: TalentContext) =>
    thesisFunnel((await ctx.loaders.thesisCountsByInstitution.load(s.institutionId)).statuses),
  trainings: async (s: Summary, _: unknown, ctx: TalentContext) =>
    trainingFunnel((await ctx.loaders.enrollmentCountsByInstitution.load(s.institutionId)).statuses),
};
