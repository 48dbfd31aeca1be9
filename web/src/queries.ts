import { graphql } from '@partnership-graph/client';

/*
 * Every operation the reference page sends. `pnpm codegen` types them (they live in
 * the client kit's generated documents) and registers them in
 * `schema/trusted-documents/web-page.json` exactly as Apollo Client sends them, so the
 * page works against a gateway with TRUSTED_DOCUMENTS=required. Names are read with
 * `lang`, so each language is its own cache field.
 */

export const SearchInstitutionsQuery = graphql(`
  query WebSearchInstitutions($search: String!, $lang: String) {
    institutions(filter: { search: $search }, first: 20) {
      totalCount
      nodes {
        id
        name(lang: $lang)
        acronym
        kind
        country
        city
      }
    }
  }
`);

export const InstitutionPageQuery = graphql(`
  query WebInstitutionPage($id: ID!, $lang: String, $at: Date) {
    institution(id: $id) {
      id
      name(lang: $lang)
      acronym
      kind
      country
      city
      website
      agreements(first: 50) {
        totalCount
        nodes {
          id
          title
          kind
          signedOn
        }
      }
      events(first: 50) {
        totalCount
        nodes {
          id
          title
          kind
          startsOn
        }
      }
      partners {
        id
        agreementCount
        institution {
          id
          name(lang: $lang)
          acronym
        }
      }
      units {
        id
        name(lang: $lang)
      }
      positions(at: $at) {
        id
        title
        since
        until
        person {
          id
          name(lang: $lang)
        }
      }
      talentSummary {
        internshipProgramCount
        thesisProgramCount
        trainingProgramCount
        internships {
          planned
          enrolled
          completed
          hired
        }
        theses {
          proposed
          defended
        }
        trainings {
          enrolled
          completed
        }
      }
    }
  }
`);

export const AgreementPageQuery = graphql(`
  query WebAgreementPage($id: ID!, $lang: String) {
    agreement(id: $id) {
      id
      title
      kind
      status
      signedOn
      validFrom
      validUntil
      description
      areas(lang: $lang)
      parties {
        id
        role
        institution {
          id
          name(lang: $lang)
        }
        signatory {
          id
          name(lang: $lang)
        }
      }
      commitments {
        id
        kind
        label(lang: $lang)
        description
      }
      outcomes {
        internshipPrograms {
          id
          title
          status
        }
        thesisPrograms {
          id
          title
          status
        }
        trainingPrograms {
          id
          title
          status
        }
      }
      citations {
        quote
        source {
          id
          title
          language
          publishedOn
        }
      }
      # The values no document states: the rule that gives each, or why an editor added it.
      unstated: provenance(basis: [INFERRED, EDITORIAL]) {
        field
        value
        basis
        rule
        reason
        addedBy
      }
    }
  }
`);

export const StatisticsPageQuery = graphql(`
  query WebStatisticsPage {
    agreementsByYear: agreementStats(groupBy: YEAR) {
      key
      label
      count
    }
    agreementsByKind: agreementStats(groupBy: KIND) {
      key
      label
      count
    }
    agreementsByArea: agreementStats(groupBy: AREA) {
      key
      label
      count
    }
    eventsByKind: eventStats(groupBy: KIND) {
      key
      label
      count
    }
    talentByLevel: talentStats(groupBy: LEVEL) {
      key
      label
      count
    }
  }
`);
