import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  Kind,
  typeFromAST,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { CostDirectives } from './costDirectives';
import { estimateQueryCost, type CostEstimate, type EstimateOptions } from './estimateQueryCost';

/** Estimates kept per document: one per distinct set of the values that can change it. */
const MAX_ESTIMATES_PER_DOCUMENT = 64;

interface DocumentEstimates {
  /** Per operation name: the variables whose values can change its estimate. */
  costVariables: Map<string, string[]>;
  estimates: Map<string, CostEstimate>;
}

/**
 * The variables of an operation whose values can change its estimate. estimateQueryCost
 * reads numbers (a slicing argument such as `first`) and booleans (`@skip`/`@include`)
 * from the arguments; an ID, a String, an enum or an input object can never be either once
 * coerced, so a variable of those types (or lists of them) does not count. Anything else
 * (Int, Float, Boolean, a custom scalar) does.
 */
function costVariablesOf(schema: GraphQLSchema, operation: OperationDefinitionNode | undefined): string[] {
  const names: string[] = [];
  for (const definition of operation?.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    const named = type && getNamedType(type);
    const neverCounted =
      named && (named.name === 'ID' || named.name === 'String' || isEnumType(named) || isInputObjectType(named));
    if (!neverCounted) names.push(definition.variable.name.value);
  }
  return names;
}

function operationOf(document: DocumentNode, operationName: string | null | undefined) {
  return document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
}

/**
 * The cost estimates of the documents the gateway runs, reused across requests: walking
 * an operation costs the gateway more than anything else it does for a request answered
 * from its caches, and varied traffic sends the same documents with different ids. An
 * estimate is kept per supergraph (schema and cost directives), document (Apollo Server
 * hands the same parsed document for the same text), operation name and the values of
 * the variables that can change it (costVariablesOf), so a request reuses it only when
 * estimating again would give the same answer. Memory follows the documents: they are
 * held weakly, and each keeps at most MAX_ESTIMATES_PER_DOCUMENT estimates.
 */
export class CostEstimateCache {
  private bySupergraph = new WeakMap<
    GraphQLSchema,
    WeakMap<CostDirectives, WeakMap<DocumentNode, DocumentEstimates>>
  >();
  /** How many estimates were computed rather than reused (tests read it). */
  computed = 0;

  estimate(options: EstimateOptions): CostEstimate {
    const { schema, directives, document } = options;
    let byDirectives = this.bySupergraph.get(schema);
    if (!byDirectives) this.bySupergraph.set(schema, (byDirectives = new WeakMap()));
    let byDocument = byDirectives.get(directives);
    if (!byDocument) byDirectives.set(directives, (byDocument = new WeakMap()));
    let known = byDocument.get(document);
    if (!known) byDocument.set(document, (known = { costVariables: new Map(), estimates: new Map() }));
    const operationName = options.operationName ?? '';
    let names = known.costVariables.get(operationName);
    if (!names) {
      names = costVariablesOf(schema, operationOf(document, options.operationName));
      known.costVariables.set(operationName, names);
    }
    const variables = options.variables ?? {};
    // A variable left out (its default applies) and one sent as null are told apart.
    const key = JSON.stringify([
      operationName,
      ...names.map((name) => (Object.hasOwn(variables, name) ? [variables[name]] : [])),
    ]);
    const kept = known.estimates.get(key);
    if (kept) return kept;
    // Throws for variables that do not coerce or too many selections: nothing is kept then.
    const estimate = estimateQueryCost(options);
    this.computed += 1;
    if (known.estimates.size >= MAX_ESTIMATES_PER_DOCUMENT) known.estimates.clear();
    known.estimates.set(key, estimate);
    return estimate;
  }
}
