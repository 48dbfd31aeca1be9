import {
  Kind,
  parse,
  valueFromASTUntyped,
  type DirectiveNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type TypeNode,
} from 'graphql';

/** A list field's `@listSize`: how many items it is estimated to return. */
export interface ListSize {
  /** The size when no slicing argument gives one. */
  assumedSize: number | null;
  /** Arguments whose value is the size (the largest given counts), e.g. `first`. */
  slicingArguments: readonly string[];
  /** Child fields the size applies to instead of this field (a connection's `nodes`, `edges`). */
  sizedFields: readonly string[];
  requireOneSlicingArgument: boolean;
}

/** The demand-control directives (`@cost`, `@listSize`) a supergraph declares, by `Type.field` and type. */
export interface CostDirectives {
  listSizes: ReadonlyMap<string, ListSize>;
  fieldWeights: ReadonlyMap<string, number>;
  typeWeights: ReadonlyMap<string, number>;
}

const costSpec = /^https:\/\/specs\.apollo\.dev\/cost\/v\d+\.\d+$/;

/**
 * The names the supergraph gives the cost spec's two directives: its `@link` may
 * rename the spec (`as:`) or import the directives under other names; a directive
 * that is not imported is prefixed (`@cost__listSize`). The spec's main directive
 * `@cost` carries the spec's own name.
 */
function directiveNames(document: DocumentNode): { cost: string; listSize: string } {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION && definition.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of definition.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const args = Object.fromEntries((link.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
      if (typeof args.url !== 'string' || !costSpec.test(args.url)) continue;
      const prefix = typeof args.as === 'string' ? args.as : 'cost';
      const names = { cost: prefix, listSize: `${prefix}__listSize` };
      for (const entry of Array.isArray(args.import) ? args.import : []) {
        const name = typeof entry === 'string' ? entry : entry?.name;
        const alias = typeof entry === 'string' ? entry : (entry?.as ?? entry?.name);
        if (name === '@listSize' && typeof alias === 'string') names.listSize = alias.replace(/^@/, '');
        if (name === '@cost' && typeof alias === 'string') names.cost = alias.replace(/^@/, '');
      }
      return names;
    }
  }
  return { cost: 'cost', listSize: 'listSize' };
}

function argumentsOf(directive: DirectiveNode): Record<string, unknown> {
  return Object.fromEntries((directive.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value)]));
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;

/** Reads `@cost` and `@listSize` from a composed supergraph's SDL; values it cannot read are left out. */
export function readCostDirectives(supergraphSdl: string): CostDirectives {
  const document = parse(supergraphSdl, { noLocation: true });
  const names = directiveNames(document);
  const listSizes = new Map<string, ListSize>();
  const fieldWeights = new Map<string, number>();
  const typeWeights = new Map<string, number>();
  for (const definition of document.definitions) {
    if (!('name' in definition) || !definition.name || !('directives' in definition)) continue;
    const typeName = definition.name.value;
    for (const directive of definition.directives ?? []) {
      const weight = directive.name.value === names.cost ? count(argumentsOf(directive).weight) : null;
      if (weight !== null) typeWeights.set(typeName, weight);
    }
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      for (const directive of field.directives ?? []) {
        const args = argumentsOf(directive);
        if (directive.name.value === names.cost) {
          const weight = count(args.weight);
          if (weight !== null) fieldWeights.set(key, weight);
        } else if (directive.name.value === names.listSize) {
          listSizes.set(key, {
            assumedSize: count(args.assumedSize),
            slicingArguments: strings(args.slicingArguments),
            sizedFields: strings(args.sizedFields),
            requireOneSlicingArgument: args.requireOneSlicingArgument !== false,
          });
        }
      }
    }
  }
  return { listSizes, fieldWeights, typeWeights };
}

const isListType = (type: TypeNode): boolean =>
  type.kind === Kind.NON_NULL_TYPE ? isListType(type.type) : type.kind === Kind.LIST_TYPE;

/** A field whose size matters: it returns a list, or it pages with `first`. */
const needsSize = (field: FieldDefinitionNode): boolean =>
  isListType(field.type) || (field.arguments ?? []).some((a) => a.name.value === 'first');

/**
 * The `Type.field`s of a supergraph that return a list (or page with `first`) but
 * declare no `@listSize`: the gateway would have to guess their size.
 */
export function listFieldsWithoutSize(supergraphSdl: string): string[] {
  const { listSizes } = readCostDirectives(supergraphSdl);
  const missing: string[] = [];
  for (const definition of parse(supergraphSdl, { noLocation: true }).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) {
      const key = `${definition.name.value}.${field.name.value}`;
      if (needsSize(field) && !listSizes.has(key)) missing.push(key);
    }
  }
  return missing;
}
