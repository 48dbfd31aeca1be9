import { code, gql, type Case } from './corpusKit';

/**
 * The positions list and the status filters: id lists past their maximum, injection in
 * ids and search, a status asked without a day, dates that are not dates, pages past
 * the maximum and a huge search text. Each must be refused with BAD_USER_INPUT (or, for
 * text that is only odd, answered as plain text).
 */
const manyIds = Array.from({ length: 5000 }, (_, i) => `inst-${i}`);

const answeredPlainly = (status: number, text: string) => status === 200 && !text.includes('"errors"');

export function cases(): Case[] {
  const c = (name: string, query: string, variables: unknown, expect: Case['expect']): Case => ({
    category: 'positions',
    name,
    send: gql(query, variables),
    expect,
  });
  const list =
    'query($filter: PositionFilter, $first: Int) { positions(filter: $filter, first: $first) { totalCount nodes { id statusOn(date: "2025-05-15") } } }';
  return [
    c('5,000 institution ids in a variable', list, { filter: { institutionIds: manyIds } }, code('BAD_USER_INPUT')),
    c(
      'an SQL fragment as an institution id',
      list,
      { filter: { institutionIds: ["aztu') OR 1=1 --"] } },
      code('BAD_USER_INPUT'),
    ),
    c('an SQL fragment as the search text', list, { filter: { search: "%' OR role LIKE '%" } }, answeredPlainly),
    c('a 1,000-character search text', list, { filter: { search: 'rektor '.repeat(150) } }, code('BAD_USER_INPUT')),
    c('a status without a day', list, { filter: { status: ['NOT_HELD', 'UNKNOWN'] } }, code('BAD_USER_INPUT')),
    c('a day that is not a date', list, { filter: { at: '2025-02-30' } }, code('BAD_USER_INPUT')),
    c('a day as SQL', list, { filter: { at: "2025' OR '1'='1" } }, code('BAD_USER_INPUT')),
    c('a role outside the vocabulary', list, { filter: { roles: ['RECTOR', 'ADMIN'] } }, code('BAD_USER_INPUT')),
    c('a page past the maximum', list, { first: 100_000 }, code('BAD_USER_INPUT')),
    c(
      'a status date that is not a date',
      '{ positions { nodes { statusOn(date: "tomorrow") } } }',
      undefined,
      code('BAD_USER_INPUT'),
    ),
  ];
}
