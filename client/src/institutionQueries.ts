import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from './generated';

/*
 * The kit's own queries: a card (a list item) and the detail page of one institution.
 * They select different fields of the same institution's agreements and talent summary
 * (the card counts, the detail lists); with `createCache()` both live in one cache, and
 * the card reads from it after the detail without a refetch. Every name is
 * read with `lang`, so each language is its own cache field (see README).
 */

export const InstitutionCardQuery = graphql(`
  query InstitutionCard($id: ID!, $lang: String) {
    institution(id: $id) {
      id
      name(lang: $lang)
      acronym
      kind
      country
      agreements {
        totalCount
      }
      talentSummary {
        internshipProgramCount
        thesisProgramCount
        trainingProgramCount
      }
    }
  }
`);

export const InstitutionDetailQuery = graphql(`
  query InstitutionDetail($id: ID!, $lang: String) {
    institution(id: $id) {
      id
      name(lang: $lang)
      acronym
      kind
      country
      city
      website
      units {
        id
        name(lang: $lang)
      }
      agreements {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          title
          kind
          status
          signedOn
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
        }
      }
      partners {
        id
        agreementCount
        institution {
          id
          name(lang: $lang)
        }
      }
      talentSummary {
        internships {
          planned
          enrolled
          completed
          hired
          hireRate
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
      citations {
        quote
        source {
          id
          title
          language
          publishedOn
        }
      }
    }
  }
`);

export type InstitutionCard = NonNullable<ResultOf<typeof InstitutionCardQuery>['institution']>;
export type InstitutionDetail = NonNullable<ResultOf<typeof InstitutionDetailQuery>['institution']>;
