import { graphql } from './generated';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';

/**
 * A typed client example: the document below is checked against
 * `schema/api.graphql` by `pnpm codegen`, and its result and variables are typed.
 * Frontends generate their own clients the same way.
 */
export const InstitutionCardQuery = graphql(`
  query InstitutionCard($id: ID!, $lang: String) {
    institution(id: $id) {
      id
      name(lang: $lang)
      acronym
      kind
      country
      units { id name }
      citations { quote source { id title publishedOn language } }
    }
  }
`);

export type InstitutionCard = NonNullable<ResultOf<typeof InstitutionCardQuery>['institution']>;

/** Fetches one institution card from the gateway; the answer is fully typed. */
export async function fetchInstitutionCard(
  gatewayUrl: string,
  variables: VariablesOf<typeof InstitutionCardQuery>,
): Promise<InstitutionCard | null> {
  const { print } = await import('graphql');
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(InstitutionCardQuery), variables }),
  });
  const body = (await response.json()) as { data?: ResultOf<typeof InstitutionCardQuery>; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data?.institution ?? null;
}

/** Compile-time proof that the generated types follow the schema. */
export function describeCard(card: InstitutionCard): string {
  const kind: string = card.kind;
  return `${card.name}${card.acronym ? ` (${card.acronym})` : ''}, ${kind}, ${card.units.length} units`;
}
