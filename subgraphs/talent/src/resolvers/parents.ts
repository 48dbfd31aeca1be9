/**
 * What the resolvers of types without a table of their own receive as parent (the
 * mappers of the generated resolver types, see the root codegen.ts).
 */

/** An entity of another subgraph (Institution, Person, Agreement): this subgraph holds only its id. */
export interface EntityRef {
  id: string;
}

/** `Institution.talentSummary`: every number is loaded (batched) by the institution's id. */
export interface TalentSummaryParent {
  institutionId: string;
}

/** `Agreement.outcomes`: the programmes are loaded (batched) by the agreement's id. */
export interface AgreementOutcomesParent {
  agreementId: string;
}
