export { createCache, possibleTypes } from './createCache';
export { connectionPolicy } from './connectionPolicy';
export { connectionFields, createTypePolicies, recordByIdFields, typesKeyedById, valueTypes } from './typePolicies';
export {
  InstitutionCardQuery,
  InstitutionDetailQuery,
  type InstitutionCard,
  type InstitutionDetail,
} from './institutionQueries';
// Typed documents of the example operations (schema/operations), their result and variable types.
export * from './generated/graphql';
export { graphql } from './generated';
