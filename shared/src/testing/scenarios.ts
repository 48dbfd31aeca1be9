/**
 * The benchmark's scenarios, also used by tests. Each is one GraphQL operation; every contender
 * that serves a scenario gets the identical request body.
 *
 * On the seed dataset (≈29 institutions, 4 agreements) the pages are short, so these
 * measure gateway overhead rather than database work. With a synthetic dataset
 * (`pnpm generate`, ids `syn-…`) in the databases, the same queries return full pages.
 */
export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4' | VariedScenarioId;

/** The varied-traffic scenarios: every request carries variables drawn afresh from the dataset. */
export type VariedScenarioId = 'V1' | 'V2' | 'V3' | 'V4';

/** Draws a request's variables from the dataset being served (ids, search words, page sizes). */
export interface VariablePicker {
  institutionId(): string;
  agreementId(): string;
  searchWord(): string;
  /** A whole number from 1 to `max`, uniformly. */
  pageSize(max: number): number;
}

export interface Scenario {
  id: ScenarioId;
  title: string;
  query: string;
  /** Only S1 and V4 touch a single subgraph (institutions), so only they can be sent to it directly. */
  singleSubgraph: boolean;
  /** A varied scenario's variables for one request; a fixed scenario sends the same request every time. */
  variables?: (pick: VariablePicker) => Record<string, unknown>;
}

export const scenarios: Record<ScenarioId, Scenario> = {
  S1: {
    id: 'S1',
    title: 'a page of 50 institutions (one subgraph)',
    singleSubgraph: true,
    query: `query BenchS1 {
  institutions(first: 50) {
    totalCount
    nodes { id name acronym kind country city website }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
  S2: {
    id: 'S2',
    // Estimated cost 2,241, far below the gateway's LIMIT_MAX_COST (150,000; README, Security).
    title:
      'canonical federated query: 20 institutions → 5 agreements each → parties → institutions, plus talent outcomes',
    singleSubgraph: false,
    query: `query BenchS2 {
  institutions(first: 20) {
    nodes {
      id
      name
      agreements(first: 5) {
        nodes {
          id
          title
          kind
          signedOn
          parties { role institution { id name kind country } }
          outcomes {
            internshipProgramCount
            thesisProgramCount
            trainingProgramCount
            internshipPrograms { id title status }
          }
        }
      }
    }
  }
}`,
  },
  S3: {
    id: 'S3',
    title: 'entity fan-out: 100 agreements × their parties and signatories',
    singleSubgraph: false,
    query: `query BenchS3 {
  agreements(first: 100) {
    totalCount
    nodes {
      id
      title
      parties {
        role
        institution { id name acronym country }
        signatory { id name }
      }
    }
  }
}`,
  },
  S4: {
    id: 'S4',
    title: 'analyst aggregate: agreementStats by YEAR and by KIND',
    singleSubgraph: false,
    query: `query BenchS4 {
  byYear: agreementStats(groupBy: YEAR) { key label count }
  byKind: agreementStats(groupBy: KIND) { key label count }
}`,
  },

  V1: {
    id: 'V1',
    title: 'an agreement by a random id, with its parties, their institutions and its talent outcomes',
    singleSubgraph: false,
    variables: (pick) => ({ id: pick.agreementId() }),
    query: `query BenchV1($id: ID!) {
  agreement(id: $id) {
    id
    title
    kind
    status
    signedOn
    parties { role institution { id name kind country } }
    outcomes { internshipProgramCount thesisProgramCount trainingProgramCount }
  }
}`,
  },
  V2: {
    id: 'V2',
    title: 'institution detail by a random id: 10 agreements with their parties, and its talent summary',
    singleSubgraph: false,
    variables: (pick) => ({ id: pick.institutionId() }),
    query: `query BenchV2($id: ID!) {
  institution(id: $id) {
    id
    name
    kind
    country
    city
    agreements(first: 10) {
      totalCount
      nodes { id title signedOn parties { role institution { id name } } }
    }
    talentSummary { internshipProgramCount thesisProgramCount trainingProgramCount }
  }
}`,
  },
  V3: {
    id: 'V3',
    title: 'the agreements of a random party, 20 to a page, with their parties',
    singleSubgraph: false,
    variables: (pick) => ({ party: pick.institutionId() }),
    query: `query BenchV3($party: ID!) {
  agreements(first: 20, filter: { partyId: $party }) {
    totalCount
    nodes { id title kind signedOn parties { role institution { id name country } } }
  }
}`,
  },
  V4: {
    id: 'V4',
    title: 'institution search by a random word of their names, with a random page size (1–50)',
    singleSubgraph: true,
    variables: (pick) => ({ search: pick.searchWord(), first: pick.pageSize(50) }),
    query: `query BenchV4($search: String!, $first: Int!) {
  institutions(first: $first, filter: { search: $search }) {
    totalCount
    nodes { id name acronym kind country city }
    pageInfo { hasNextPage endCursor }
  }
}`,
  },
};

export const scenarioIds = Object.keys(scenarios) as ScenarioId[];

/** The request body of a scenario: a varied one's with the variables drawn for this request. */
export function requestBody(scenario: Scenario, variables?: Record<string, unknown>): string {
  return JSON.stringify({
    query: scenario.query,
    operationName: `Bench${scenario.id}`,
    ...(variables && { variables }),
  });
}
