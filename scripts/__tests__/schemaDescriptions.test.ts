import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType, type GraphQLSchema } from 'graphql';
import { composeSupergraph } from '../compose';

/** Every public thing clients see has a description: types, fields, arguments, enum values. */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const has = (description: string | null | undefined) => !!description && description.trim().length > 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    const builtIn = ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name);
    if (builtIn) continue;
    const isRoot = [schema.getQueryType(), schema.getMutationType()].includes(type as never);
    if (!isRoot && !has(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!has(field.description)) missing.push(`${type.name}.${field.name}`);
        if ('args' in field) {
          for (const arg of field.args)
            if (!has(arg.description)) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if (isEnumType(type))
      for (const value of type.getValues()) if (!has(value.description)) missing.push(`${type.name}.${value.name}`);
    if (isUnionType(type) && !has(type.description)) missing.push(type.name);
  }
  return missing;
}

describe('the composed API schema', () => {
  it('documents every type, field, argument and enum value', () => {
    expect(undocumented(composeSupergraph().apiSchema)).toEqual([]);
  });
});
