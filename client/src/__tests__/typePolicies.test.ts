import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, getNamedType, getNullableType, isObjectType, parse, type GraphQLObjectType } from 'graphql';
import { repositoryRoot } from '@partnership-graph/shared';
import { createCache } from '../createCache';
import { connectionFields, createTypePolicies, recordByIdFields, typesKeyedById, valueTypes } from '../typePolicies';

/**
 * The kit's type policies cover the whole client-facing schema: when a type or a
 * connection field is added to schema/api.graphql, this fails until the kit says how
 * the cache should treat it.
 */
const schema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8'));
const objectTypes = Object.values(schema.getTypeMap()).filter(
  (type): type is GraphQLObjectType =>
    isObjectType(type) && !type.name.startsWith('__') && type.name !== 'Query' && type.name !== 'Mutation',
);
const pagingArguments = new Set(['first', 'after', 'last', 'before']);
const nameFragment = parse('fragment InstitutionName on Institution { id name(lang: $lang) }');

describe('the client kit’s cache policies', () => {
  it('key every type with a non-null id by that id', () => {
    const withId = objectTypes.filter((type) => String(type.getFields().id?.type) === 'ID!').map((type) => type.name);
    expect([...typesKeyedById].sort()).toEqual(withId.sort());
  });

  it('merge every other type that is not a connection, as a value object that belongs to its field', () => {
    const values = objectTypes
      .filter((type) => String(type.getFields().id?.type) !== 'ID!' && !type.name.endsWith('Connection'))
      .map((type) => type.name);
    expect([...valueTypes].sort()).toEqual(values.sort());
    const policies = createTypePolicies();
    for (const type of values) expect(policies[type]).toMatchObject({ keyFields: false, merge: true });
  });

  it('paginate every connection field, keyed by its arguments other than first and after', () => {
    const expected: Record<string, Record<string, string[]>> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (!getNamedType(field.type).name.endsWith('Connection')) continue;
        (expected[type.name] ??= {})[field.name] = field.args
          .map((arg) => arg.name)
          .filter((name) => !pagingArguments.has(name));
      }
    }
    expect(connectionFields).toEqual(expected);
    const policies = createTypePolicies();
    for (const [type, fields] of Object.entries(expected)) {
      for (const [field, keyArgs] of Object.entries(fields)) {
        const policy = policies[type].fields?.[field];
        expect(policy).toMatchObject({
          keyArgs: keyArgs.length ? keyArgs : false,
          merge: expect.any(Function),
          read: expect.any(Function),
        });
      }
    }
  });

  it('merge what two queries read of one record fetched by id on Query, whether or not they select its id', () => {
    const byId = Object.values(schema.getQueryType()!.getFields())
      .filter((field) => isObjectType(getNullableType(field.type)) && field.args.some((arg) => arg.name === 'id'))
      .map((field) => field.name);
    expect([...recordByIdFields].sort()).toEqual(byId.sort());
    const policies = createTypePolicies();
    for (const field of byId) expect(policies.Query.fields?.[field]).toEqual({ merge: true });
  });

  it('give each language of a name its own cache field', () => {
    const cache = createCache();
    const write = (lang: string, name: string) =>
      cache.writeFragment({
        id: cache.identify({ __typename: 'Institution', id: 'aztu' }),
        fragment: nameFragment,
        variables: { lang },
        data: { __typename: 'Institution', id: 'aztu', name },
      });
    write('en', 'Azerbaijan Technical University');
    write('az', 'Azərbaycan Texniki Universiteti');
    const read = (lang: string) =>
      cache.readFragment<{ name: string }>({ id: 'Institution:aztu', fragment: nameFragment, variables: { lang } })
        ?.name;
    expect(read('en')).toBe('Azerbaijan Technical University');
    expect(read('az')).toBe('Azərbaycan Texniki Universiteti');
  });
});
