import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * `pnpm codegen` writes, from the schema files:
 * - each subgraph's resolver types (federation mode, its context type, its TypeORM
 *   entities as mappers) into `subgraphs/<name>/src/generated/resolvers.ts`;
 * - the client kit's typed documents (the example operations in `schema/operations`, the
 *   kit's own queries and the reference page's in `web/src`) and its `possibleTypes`, from `schema/api.graphql`.
 * `pnpm codegen:check` fails when a committed generated file is stale.
 */
const resolverPlugins = ['typescript', 'typescript-resolvers'];
const common = {
  federation: true,
  useIndexSignature: true,
  enumsAsTypes: true,
  scalars: { Date: 'string' },
  // Resolvers may return promises of parents that the field resolvers refine.
  resolverTypeWrapperSignature: 'T | Promise<T>',
};

const config: CodegenConfig = {
  overwrite: true,
  hooks: { afterOneFileWrite: [] },
  generates: {
    'subgraphs/institutions/src/generated/resolvers.ts': {
      schema: 'subgraphs/institutions/schema.graphql',
      plugins: resolverPlugins,
      config: {
        ...common,
        contextType: '../context#InstitutionsContext',
        mappers: {
          Institution: '../entities/Institution#Institution as InstitutionRow',
          Person: '../entities/Person#Person as PersonRow',
          Position: '../entities/Position#Position as PositionRow',
          Membership: '../entities/Membership#Membership as MembershipRow',
          Source: '@partnership-graph/shared#SourceParent',
          Citation: '@partnership-graph/shared#RecordCitation',
          Claim: '@partnership-graph/shared#ClaimView',
          SourceMention: '@partnership-graph/shared#SourceMentionView',
          InstitutionConnection: '../repositories/InstitutionRepository#InstitutionPage',
          InstitutionFacets: '../repositories/InstitutionRepository#InstitutionFacetScope',
          PersonConnection: '@partnership-graph/shared#Connection<PersonRow>',
          PositionConnection: '@partnership-graph/shared#Connection<PositionRow>',
          AuditEntry: '@partnership-graph/shared#AuditEntryRow',
          AuditEntryConnection: '@partnership-graph/shared#Connection<AuditEntryRow>',
        },
      },
    },
    'subgraphs/agreements/src/generated/resolvers.ts': {
      schema: 'subgraphs/agreements/schema.graphql',
      plugins: resolverPlugins,
      config: {
        ...common,
        contextType: '../context#AgreementsContext',
        mappers: {
          Agreement: '../repositories/AgreementRepository#AgreementRow',
          AgreementParty: '../entities/AgreementParty#AgreementParty as AgreementPartyRow',
          Commitment: '../entities/AgreementCommitment#AgreementCommitment as AgreementCommitmentRow',
          Partner: '../repositories/AgreementPartyRepository#PartnerRow',
          Event: '../repositories/EventRepository#EventRow',
          EventSpeaker: '../entities/EventSpeaker#EventSpeaker as EventSpeakerRow',
          EventRole: '../repositories/EventSpeakerRepository#EventRoleRow',
          Institution: '../resolvers/references#InstitutionRef',
          Person: '../resolvers/references#PersonRef',
          Source: '@partnership-graph/shared#SourceParent',
          Citation: '@partnership-graph/shared#RecordCitation',
          Claim: '@partnership-graph/shared#ClaimView',
          SourceMention: '@partnership-graph/shared#SourceMentionView',
          AgreementConnection: '@partnership-graph/shared#Connection<AgreementRow>',
          EventConnection: '@partnership-graph/shared#Connection<EventRow>',
          PartnershipNetwork: '../services/network#PartnershipNetworkRow',
          PartnershipEdge: '../services/network#PartnershipEdgeRow',
          PartnershipPath: '../services/network#PartnershipPathRow',
          AuditEntry: '@partnership-graph/shared#AuditEntryRow',
          AuditEntryConnection: '@partnership-graph/shared#Connection<AuditEntryRow>',
        },
      },
    },
    'subgraphs/talent/src/generated/resolvers.ts': {
      schema: 'subgraphs/talent/schema.graphql',
      plugins: resolverPlugins,
      config: {
        ...common,
        contextType: '../context#TalentContext',
        mappers: {
          InternshipProgram: '../entities/InternshipProgram#InternshipProgram as InternshipProgramRow',
          Internship: '../entities/Internship#Internship as InternshipRow',
          ThesisProgram: '../entities/ThesisProgram#ThesisProgram as ThesisProgramRow',
          Thesis: '../entities/Thesis#Thesis as ThesisRow',
          TrainingProgram: '../entities/TrainingProgram#TrainingProgram as TrainingProgramRow',
          TrainingEnrollment: '../entities/TrainingEnrollment#TrainingEnrollment as TrainingEnrollmentRow',
          Student: '../entities/Student#Student as StudentRow',
          AuditEntry: '@partnership-graph/shared#AuditEntryRow',
          // Entities of other subgraphs: this one holds only their ids.
          Institution: '../resolvers/parents#EntityRef',
          Agreement: '../resolvers/parents#EntityRef',
          Person: '../resolvers/parents#EntityRef',
          TalentSummary: '../resolvers/parents#TalentSummaryParent',
          AgreementOutcomes: '../resolvers/parents#AgreementOutcomesParent',
          Source: '@partnership-graph/shared#SourceParent',
          Citation: '@partnership-graph/shared#RecordCitation',
          Claim: '@partnership-graph/shared#ClaimView',
          SourceMention: '@partnership-graph/shared#SourceMentionView',
          InternshipProgramConnection: '@partnership-graph/shared#Connection<InternshipProgramRow>',
          ThesisProgramConnection: '@partnership-graph/shared#Connection<ThesisProgramRow>',
          TrainingProgramConnection: '@partnership-graph/shared#Connection<TrainingProgramRow>',
          SourceConnection: '@partnership-graph/shared#Connection<SourceParent>',
          // Connections under a programme or person are fetched lazily (see resolvers/connections).
          InternshipConnection: '../resolvers/connections#LazyConnection<InternshipRow>',
          TrainingEnrollmentConnection: '../resolvers/connections#LazyConnection<TrainingEnrollmentRow>',
          ThesisConnection: '../resolvers/connections#AnyConnection<ThesisRow>',
          AuditEntryConnection: '@partnership-graph/shared#Connection<AuditEntryRow>',
        },
      },
    },
    // The client kit: typed documents for the example operations, the kit's own queries and the reference page's (web/).
    'client/src/generated/': {
      schema: 'schema/api.graphql',
      documents: [
        'schema/operations/*.graphql',
        'client/src/**/*.ts',
        'web/src/**/*.ts',
        '!client/src/generated/**',
        '!client/src/**/__tests__/**',
      ],
      preset: 'client',
      config: { scalars: { Date: 'string' }, enumsAsTypes: true },
    },
    // Which object types each interface and union may be, for the kit's InMemoryCache.
    'client/src/generated/possibleTypes.ts': {
      schema: 'schema/api.graphql',
      plugins: ['fragment-matcher'],
      config: { apolloClientVersion: 3 },
    },
  },
};

export default config;
