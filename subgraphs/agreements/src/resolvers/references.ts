/**
 * Institutions and people belong to the institutions subgraph: this subgraph knows
 * only their ids and returns references that the gateway resolves there.
 */
export interface InstitutionRef {
  __typename?: 'Institution';
  id: string;
}

export interface PersonRef {
  __typename?: 'Person';
  id: string;
}

export const institutionRef = (id: string): InstitutionRef => ({ __typename: 'Institution', id });
export const personRef = (id: string): PersonRef => ({ __typename: 'Person', id });
