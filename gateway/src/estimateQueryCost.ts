import {
  GraphQLError,
  Kind,
  TypeInfo,
  ValidationContext,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { createComplexityRule, type ComplexityEstimator } from 'graphql-query-complexity';
import type { CostDirectives } from './costDirectives';

/** A list without `@listSize` counts as this many items (the largest page); composition refuses such lists anyway. */
export const defaultListSize = 100;
/** What the operation itself costs, whatever it selects (Apollo's demand-control model). */
const operationCost = { query: 0, mutation: 10, subscription: 0 } as const;
/** More selections than this (fragments spread many times count each time) is refused before estimating. */
export const maxEstimatedNodes = 10_000;

/** Where a list's estimated size comes from. */
export type SizeSource =
  { kind: 'argument'; argument: string; field: string } | { kind: 'assumed' } | { kind: 'default' };

/** One list in the query, with what it is estimated to return and cost. */
export interface ListCost {
  /** The response path, by response keys (aliases), e.g. `institutions.nodes.agreements.nodes`. */
  path: string;
  /** Estimated items per parent. */
  size: number;
  sizedBy: SizeSource;
  /** Estimated items in the whole answer: the size times the number of parents. */
  items: number;
  /** What this list costs in the whole answer, with everything selected below it. */
  cost: number;
}

export interface CostEstimate {
  cost: number;
  /** Every list in the query, costliest first. */
  lists: ListCost[];
  /** The largest value any slicing argument (`first`) has in this query; null when none has one. */
  largestSlice: number | null;
}

interface FieldRecord {
  fieldName: string;
  responseKey: string;
  /** The field's own weight: its @cost, its type's @cost, else 1 for an object and 0 for a scalar. */
  weight: number;
  /** Items per parent; null for a field that is not a list. */
  size: number | null;
  sizedBy: SizeSource | null;
  /** What the children of one item cost. */
  childCost: number;
  children: FieldRecord[];
}

const costOf = (record: FieldRecord) => (record.size ?? 1) * (record.weight + record.childCost);

export interface EstimateOptions {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
  directives: CostDirectives;
  /** Counts every slicing argument as at most this (to find a `first` that fits). */
  sliceCap?: number;
}

/**
 * Estimates what an operation costs, as Apollo's demand control does (the IBM cost
 * directives): an object costs 1 (or its `@cost`), a scalar 0, and a list its size
 * times what one item costs with its selections. A list's size is the value of its
 * slicing argument (`first`, after variables and the argument's default are
 * applied), else its `@listSize(assumedSize:)`; a connection's `sizedFields`
 * (`nodes`, `edges`) take the size of the connection's `first`.
 *
 * graphql-query-complexity walks the operation (variables, defaults, fragments,
 * `@skip`/`@include`); this estimator keeps the tree of fields it reports so the
 * costliest lists can be named by path. Throws the GraphQLError of an operation
 * whose variables or arguments do not coerce, or that has too many selections.
 */
export function estimateQueryCost(options: EstimateOptions): CostEstimate {
  const { schema, document, directives, sliceCap } = options;
  // graphql-query-complexity calls an estimator after walking the field's children; each
  // walk of a field's selections opens a frame that collects the fields reported in it.
  const frames: FieldRecord[][] = [[]];
  let closed: FieldRecord[] | null = null;
  let largestSlice: number | null = null;

  const estimator: ComplexityEstimator = ({ type, field, node, args }) => {
    const key = `${type.name}.${field.name}`;
    const namedType = getNamedType(field.type);
    const children = isCompositeType(namedType) && closed ? closed : [];
    closed = null;
    const listSize = directives.listSizes.get(key);
    let slice: { argument: string; value: number } | null = null;
    for (const argument of listSize?.slicingArguments ?? []) {
      const value = args[argument];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      largestSlice = Math.max(largestSlice ?? 0, value);
      const counted = Math.max(0, sliceCap === undefined ? value : Math.min(value, sliceCap));
      if (!slice || counted > slice.value) slice = { argument, value: counted };
    }
    const assumed = (): { size: number; sizedBy: SizeSource } =>
      listSize?.assumedSize != null
        ? { size: listSize.assumedSize, sizedBy: { kind: 'assumed' } }
        : { size: defaultListSize, sizedBy: { kind: 'default' } };
    const sliced = (): { size: number; sizedBy: SizeSource } =>
      slice
        ? { size: slice.value, sizedBy: { kind: 'argument', argument: slice.argument, field: field.name } }
        : assumed();
    const sizedFields = listSize?.sizedFields ?? [];
    if (sizedFields.length) {
      const { size, sizedBy } = sliced();
      for (const child of children) {
        if (sizedFields.includes(child.fieldName)) Object.assign(child, { size, sizedBy });
      }
    }
    const own = isListType(getNullableType(field.type))
      ? sizedFields.length
        ? assumed()
        : sliced()
      : { size: null, sizedBy: null };
    const record: FieldRecord = {
      fieldName: field.name,
      responseKey: node.alias?.value ?? node.name.value,
      weight:
        directives.fieldWeights.get(key) ??
        directives.typeWeights.get(namedType.name) ??
        (isCompositeType(namedType) ? 1 : 0),
      ...own,
      childCost: children.reduce((sum, child) => sum + costOf(child), 0),
      children,
    };
    frames[frames.length - 1].push(record);
    return costOf(record);
  };

  const errors: GraphQLError[] = [];
  const typeInfo = new TypeInfo(schema);
  const context = new ValidationContext(schema, document, typeInfo, (error) => errors.push(error));
  const walker = createComplexityRule({
    maximumComplexity: Infinity,
    estimators: [estimator],
    variables: options.variables ?? undefined,
    operationName: options.operationName ?? undefined,
    maxQueryNodes: maxEstimatedNodes,
  })(context);
  const walkSelections = walker.nodeComplexity.bind(walker);
  walker.nodeComplexity = (node, typeDef, activeFragments) => {
    if (node.kind !== Kind.FIELD) return walkSelections(node, typeDef, activeFragments);
    frames.push([]);
    try {
      return walkSelections(node, typeDef, activeFragments);
    } finally {
      closed = frames.pop() ?? null;
    }
  };
  visit(document, visitWithTypeInfo(typeInfo, walker));
  if (errors.length) throw errors[0];

  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION && (!options.operationName || d.name?.value === options.operationName),
  );
  const base = operation?.kind === Kind.OPERATION_DEFINITION ? operationCost[operation.operation] : 0;
  return { cost: base + walker.complexity, lists: listCosts(frames[0]), largestSlice };
}

/** Every list in the tree with its path, items and whole-answer cost; the same path twice (fragments) adds up. */
function listCosts(roots: FieldRecord[]): ListCost[] {
  const byPath = new Map<string, ListCost>();
  const walk = (records: FieldRecord[], parentPath: string, parents: number) => {
    for (const record of records) {
      const path = parentPath ? `${parentPath}.${record.responseKey}` : record.responseKey;
      const cost = parents * costOf(record);
      if (record.size !== null && record.sizedBy) {
        const items = parents * record.size;
        const seen = byPath.get(path);
        if (seen) Object.assign(seen, { items: seen.items + items, cost: seen.cost + cost });
        else byPath.set(path, { path, size: record.size, sizedBy: record.sizedBy, items, cost });
      }
      walk(record.children, path, parents * (record.size ?? 1));
    }
  };
  walk(roots, '', 1);
  return [...byPath.values()].sort((a, b) => b.cost - a.cost || a.path.localeCompare(b.path));
}
