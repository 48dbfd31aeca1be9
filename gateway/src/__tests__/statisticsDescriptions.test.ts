import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { repositoryRoot } from '@partnership-graph/shared';
import { postGraphQL, startStack, subgraphsOf, testDatabases, type Stack } from '@partnership-graph/shared/testing';

/**
 * The descriptions of the statistics and the network must be true. Read from the
 * client API schema (`schema/api.graphql`), so that a new grouping, filter or option
 * is covered without editing this test:
 * - every value of every enum argument (each `groupBy`, `count`…) of every statistic
 *   (a root field with a `groupBy`) runs through the gateway without an error;
 * - every field of every filter of a statistic or of the network runs too, with a
 *   value of its type;
 * - no description says that a grouping it names is not offered, when it runs.
 */
const apiSchema = buildSchema(fs.readFileSync(path.join(repositoryRoot, 'schema', 'api.graphql'), 'utf8'));
const subgraphs = subgraphsOf(fs.readFileSync(path.join(repositoryRoot, 'schema', 'supergraph.graphql'), 'utf8'));
const queryFields = Object.values(apiSchema.getQueryType()!.getFields());

/** Root fields with a `groupBy` argument (statistics) and the partnership network. */
const statistics = queryFields.filter((field) => field.args.some((arg) => arg.name === 'groupBy'));
const network = queryFields.filter(
  (field) => /^partnership/.test(field.name) && field.args.some((arg) => arg.name === 'filter'),
);

/** A value of an input type, for a filter field: any well-formed value will do. */
function sampleValue(type: GraphQLInputType): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType)];
  if (isEnumType(nullable)) return nullable.getValues()[0].value;
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields()).map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(nullable)) {
    const samples: Record<string, unknown> = {
      ID: 'aztu',
      String: 'university',
      Date: '2025',
      Boolean: true,
      Int: 1,
      Float: 1,
    };
    if (nullable.name in samples) return samples[nullable.name];
  }
  throw new Error(`no sample value for the input type ${String(type)}: add one here`);
}

/** The selection a field's answer needs (a list of buckets or an object). */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (type.name === 'StatsBucket') return '{ key label count }';
  if (type.name === 'PartnershipNetwork') return '{ nodes { id } edges { weight } totalNodes totalEdges truncated }';
  throw new Error(`no selection for ${type.name}: add one here`);
}

/** An operation calling `field` with its required arguments and the given ones, as variables. */
function operationFor(
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): { query: string; variables: Record<string, unknown> } {
  const used = field.args.filter((arg) => arg.name in args);
  const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return {
    query: `query${declarations ? `(${declarations})` : ''} { ${field.name}${call ? `(${call})` : ''} ${selectionOf(field)} }`,
    variables: args,
  };
}

const enumArguments = (field: GraphQLField<unknown, unknown>): GraphQLArgument[] =>
  field.args.filter((arg) => isEnumType(getNamedType(arg.type)));
const firstGrouping = (field: GraphQLField<unknown, unknown>) => {
  const groupBy = field.args.find((arg) => arg.name === 'groupBy');
  return groupBy
    ? { groupBy: (getNamedType(groupBy.type) as import('graphql').GraphQLEnumType).getValues()[0].value }
    : {};
};

/** Every (field, enum argument, value) of the statistics. */
const groupings = statistics.flatMap((field) =>
  enumArguments(field).flatMap((arg) =>
    (getNamedType(arg.type) as import('graphql').GraphQLEnumType)
      .getValues()
      .map((value) => ({ field, arg: arg.name, value: value.value as string })),
  ),
);

/** Every (field, filter field) of the statistics and the network. */
const filters = [...statistics, ...network].flatMap((field) => {
  const filter = field.args.find((arg) => arg.name === 'filter');
  const type = filter && getNamedType(filter.type);
  if (!type || !isInputObjectType(type)) return [];
  return Object.values(type.getFields()).map((input) => ({
    field,
    filterType: type.name,
    input: input.name,
    value: sampleValue(input.type),
  }));
});

describe('the statistics and the network described in the API schema', () => {
  it('are found in the schema, with groupings and filters to run', () => {
    expect(statistics.map((f) => f.name)).toEqual(
      expect.arrayContaining(['agreementStats', 'eventStats', 'talentStats']),
    );
    expect(network.map((f) => f.name)).toContain('partnershipNetwork');
    expect(groupings.length).toBeGreaterThan(10);
    expect(filters.length).toBeGreaterThan(10);
  });

  it('never call a grouping they name "not offered" (or the like)', () => {
    const denial = /\b(not|never|no longer) (offered|available|supported|possible)\b|\bunavailable\b|\bunsupported\b/i;
    const falseClaims: string[] = [];
    for (const field of statistics) {
      const values = enumArguments(field).flatMap((arg) =>
        (getNamedType(arg.type) as import('graphql').GraphQLEnumType).getValues().map((v) => v.name),
      );
      const texts = [field.description ?? '', ...field.args.map((arg) => arg.description ?? '')];
      for (const text of texts) {
        for (const sentence of text.replace(/\s+/g, ' ').split(/(?<=[.;:])\s/)) {
          const named = values.filter((value) => new RegExp(`\\b${value}\\b`).test(sentence));
          if (named.length && denial.test(sentence)) falseClaims.push(`${field.name}: "${sentence.trim()}"`);
        }
      }
    }
    expect(falseClaims).toEqual([]);
  });
});

describe.each(testDatabases())(
  'every grouping and filter the statistics and the network describe, through the gateway on $label',
  ({ label }) => {
    let stack: Stack;
    beforeAll(async () => {
      stack = await startStack({ subgraphs, database: label });
    }, 120_000);
    afterAll(() => stack?.stop());

    it.each(groupings.map((g) => [`${g.field.name}(${g.arg}: ${g.value})`, g] as const))(
      '%s runs',
      async (_name, { field, arg, value }) => {
        const { query, variables } = operationFor(field, { ...firstGrouping(field), [arg]: value });
        const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables);
        expect(body.errors).toBeUndefined();
        expect(status).toBe(200);
        expect(Array.isArray(body.data?.[field.name])).toBe(true);
      },
    );

    it.each(filters.map((f) => [`${f.field.name}(filter: { ${f.input}: ${JSON.stringify(f.value)} })`, f] as const))(
      '%s runs',
      async (_name, { field, input, value }) => {
        const { query, variables } = operationFor(field, { ...firstGrouping(field), filter: { [input]: value } });
        const { status, body } = await postGraphQL(stack.gatewayUrl, query, variables);
        expect(body.errors).toBeUndefined();
        expect(status).toBe(200);
        // A statistic answers a list of buckets, the network an object: never null.
        expect(body.data?.[field.name]).not.toBeNull();
        expect(typeof body.data?.[field.name]).toBe('object');
      },
    );
  },
);
