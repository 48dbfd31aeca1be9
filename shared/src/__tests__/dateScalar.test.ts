import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { dayBefore, DateScalar, endOfPeriod, parseIsoDate, startOfPeriod } from '../graphql/dateScalar';

describe('parseIsoDate', () => {
  it('accepts a year, a month or a day, as given', () => {
    for (const date of ['2025', '2025-07', '2025-07-04', '2024-02-29', '2000-02-29', '1999-12-31'])
      expect(parseIsoDate(date)).toBe(date);
  });

  it('refuses impossible months and days, counting leap years', () => {
    for (const date of ['2025-00', '2025-13', '2025-02-29', '1900-02-29', '2025-04-31', '2025-07-00', '2025-07-32'])
      expect(parseIsoDate(date)).toBeNull();
  });

  it('refuses other shapes: short years, missing zeros, times, separators, spaces', () => {
    for (const date of ['', '25', '2025-7', '2025-07-4', '2025-07-04T00:00:00Z', '2025/07/04', ' 2025', '20250704'])
      expect(parseIsoDate(date)).toBeNull();
  });
});

describe('periods of partial dates', () => {
  it('start on the first day and end on the last day of the year or month', () => {
    expect([startOfPeriod('2025'), endOfPeriod('2025')]).toEqual(['2025-01-01', '2025-12-31']);
    expect([startOfPeriod('2024-02'), endOfPeriod('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect(endOfPeriod('2025-02')).toBe('2025-02-28');
    expect(endOfPeriod('2025-04')).toBe('2025-04-30');
    expect([startOfPeriod('2025-07-04'), endOfPeriod('2025-07-04')]).toEqual(['2025-07-04', '2025-07-04']);
  });

  it('find the day before, across months, years and leap days', () => {
    expect(dayBefore('2025-07-04')).toBe('2025-07-03');
    expect(dayBefore('2025-01-01')).toBe('2024-12-31');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('the Date scalar', () => {
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        echo: {
          type: GraphQLString,
          args: { on: { type: DateScalar } },
          resolve: (_root, args: { on?: string }) => args.on ?? null,
        },
      },
    }),
  });
  const run = (source: string, variableValues?: Record<string, unknown>) => graphql({ schema, source, variableValues });

  it('takes a date as a literal or a variable', async () => {
    expect((await run('{ echo(on: "2025-07") }')).data).toEqual({ echo: '2025-07' });
    expect((await run('query ($d: Date) { echo(on: $d) }', { d: '2025-07-04' })).data).toEqual({ echo: '2025-07-04' });
  });

  it('refuses a bad literal as BAD_USER_INPUT, pointing at the literal', async () => {
    const { errors } = await run('{ echo(on: "2025-02-30") }');
    expect(errors?.[0].message).toMatch(/Date must be an ISO date YYYY-MM-DD .*; got "2025-02-30"/);
    expect(errors?.[0].locations).toEqual([{ line: 1, column: 12 }]);
    const number = await run('{ echo(on: 2025) }');
    expect(number.errors?.[0].message).toMatch(/Date must be a string such as "2025-07-04"/);
  });

  it('refuses a bad variable value', async () => {
    const { errors } = await run('query ($d: Date) { echo(on: $d) }', { d: 20250704 });
    expect(errors?.[0].message).toMatch(/Date must be an ISO date/);
  });
});
