/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Kinds of institution. */
export type InstitutionKind =
  /** An alliance or network of institutions. */
  | 'ALLIANCE'
  /** A branch of a university or company. */
  | 'BRANCH'
  /** A business association, confederation or club. */
  | 'BUSINESS_ASSOCIATION'
  /** A private or jointly owned company. */
  | 'COMPANY'
  /** An enterprise run as a unit of another institution. */
  | 'ENTERPRISE'
  /** A state agency or committee. */
  | 'GOVERNMENT_AGENCY'
  /** An innovation centre. */
  | 'INNOVATION_CENTER'
  /** A laboratory. */
  | 'LABORATORY'
  /** A government ministry. */
  | 'MINISTRY'
  /** Anything else. */
  | 'OTHER'
  /** A production complex or plant of a company. */
  | 'PRODUCTION_COMPLEX'
  /** A research centre. */
  | 'RESEARCH_CENTER'
  /** A research institute. */
  | 'RESEARCH_INSTITUTE'
  /** A company owned or managed by the state. */
  | 'STATE_COMPANY'
  /** A technology transfer office. */
  | 'TECHNOLOGY_TRANSFER_OFFICE'
  /** A technology park. */
  | 'TECHNOPARK'
  /** A university or academy that awards degrees. */
  | 'UNIVERSITY';

export type InstitutionCardQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type InstitutionCardQuery = { institution: { id: string, name: string, acronym: string | null, kind: InstitutionKind, country: string | null, units: Array<{ id: string, name: string }>, citations: Array<{ quote: string | null, source: { id: string, title: string, publishedOn: string | null, language: string } }> } | null };


export const InstitutionCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InstitutionCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]}}]} as unknown as DocumentNode<InstitutionCardQuery, InstitutionCardQueryVariables>;