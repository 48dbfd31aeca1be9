import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  separateOperations,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  getNamedType,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/**
 * The schema coordinates an operation's document names, read with graphql-js's TypeInfo
 * over the API schema: `Type.field` for every field selected (on the type or interface
 * it is selected on), `Type.field(arg:)` for every argument given, `Input.field` for
 * every input-object field written, and `Enum.VALUE` for every enum literal. Only the
 * operation run and the fragments it spreads count; `__typename` and introspection
 * fields are no schema coordinate a change could break.
 */
export function documentCoordinates(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): Set<string> {
  const coordinates = new Set<string>();
  const operations = separateOperations(document);
  const names = Object.keys(operations);
  const own = operations[operationName ?? ''] ?? (names.length === 1 ? operations[names[0]] : undefined);
  if (!own) return coordinates;
  const typeInfo = new TypeInfo(schema);
  visit(
    own,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (parent && typeInfo.getFieldDef() && !node.name.value.startsWith('__') && !parent.name.startsWith('__'))
          coordinates.add(`${parent.name}.${node.name.value}`);
      },
      Argument(node) {
        // Arguments of directives (@include(if:)…) belong to no type.
        if (typeInfo.getDirective()) return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent && field && typeInfo.getArgument() && !parent.name.startsWith('__'))
          coordinates.add(`${parent.name}.${field.name}(${node.name.value}:)`);
      },
      ObjectField(node) {
        const parent = typeInfo.getParentInputType();
        const named = parent ? getNamedType(parent) : null;
        if (named && isInputObjectType(named) && named.getFields()[node.name.value])
          coordinates.add(`${named.name}.${node.name.value}`);
      },
      EnumValue(node) {
        const type = typeInfo.getInputType();
        const named = type ? getNamedType(type) : null;
        if (named && isEnumType(named) && named.getValue(node.value)) coordinates.add(`${named.name}.${node.value}`);
      },
    }),
  );
  return coordinates;
}

/** How many values of a request's variables are looked at, at most: variables may be large. */
const MAX_VARIABLE_VALUES = 1_000;

/** A variable of an operation whose values can name coordinates: its type holds an enum or an input object. */
export interface CoordinateVariable {
  name: string;
  type: GraphQLInputType;
}

/**
 * The variables of `operation` whose values can name coordinates; the others (IDs,
 * strings, numbers) never do. Found once per document, so that a request whose variables
 * are all scalars costs nothing here.
 */
export function coordinateVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): CoordinateVariable[] {
  const found: CoordinateVariable[] = [];
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    const named = type ? getNamedType(type) : null;
    if (type && named && (isEnumType(named) || isInputObjectType(named)))
      found.push({ name: definition.variable.name.value, type });
  }
  return found;
}

/**
 * The input-object fields and enum values a request's variables hold (`Input.field`,
 * `Enum.VALUE`): a document that passes `$kind` names no enum value itself, yet removing
 * the value breaks the clients that send it. `inputs` are the operation's
 * coordinateVariables.
 */
export function coordinatesOfVariables(
  inputs: readonly CoordinateVariable[],
  variables: Readonly<Record<string, unknown>> | undefined,
): Set<string> {
  const coordinates = new Set<string>();
  if (!variables || !inputs.length) return coordinates;
  let budget = MAX_VARIABLE_VALUES;
  const walk = (type: GraphQLInputType, value: unknown): void => {
    if (value === null || value === undefined || --budget < 0) return;
    if (isNonNullType(type)) return walk(type.ofType, value);
    if (isListType(type)) {
      for (const item of Array.isArray(value) ? value : [value]) walk(type.ofType, item);
      return;
    }
    if (isEnumType(type)) {
      if (typeof value === 'string' && type.getValue(value)) coordinates.add(`${type.name}.${value}`);
      return;
    }
    if (isInputObjectType(type) && typeof value === 'object') {
      const fields = type.getFields();
      for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
        if (!fields[name]) continue;
        coordinates.add(`${type.name}.${name}`);
        walk(fields[name].type, fieldValue);
      }
    }
  };
  for (const input of inputs) walk(input.type, variables[input.name]);
  return coordinates;
}

/** coordinatesOfVariables of `operation`'s coordinateVariables. */
export function variableCoordinates(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
): Set<string> {
  return coordinatesOfVariables(coordinateVariables(schema, operation), variables);
}
