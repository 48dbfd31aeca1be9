/**
 * The benchmark's scenarios, also used by tests. Each is one GraphQL operation; every contender
 * that serves a scenario gets the identical request body.
 *
 * On the seed dataset (≈29 institutions, 4 agreements) the pages are short, so these
 * measure gateway overhead rather than database work. With a synthetic dataset
 * (`pnpm generate`, ids `syn-…`) in the databases, the same queries return full pages.
 */
export type ScenarioId = 'S1' | 'S2' | 'S3' | 'S4';

export interface Scenario {
  id: ScenarioId;
  title: string;
  query: string;
  /** Only S1 touches a single subgraph, so only S1 can be sent to that subgraph directly. */
  singleSubgraph: boolean;
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
};

export const scenarioIds = Object.keys(scenarios) as ScenarioId[];

export function requestBody(scenario: Scenario): string {
  return JSON.stringify({ query: scenario.query, operationName: `Bench${scenario.id}` });
}
