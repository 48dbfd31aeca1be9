import { answered, code, gql, type Case } from './corpusKit';

/**
 * Filters on agreements and events pushed past what they were written for: an enum
 * list repeating one value tens of thousands of times in a variable (each a SQL
 * parameter, past SQLite's 32,766, unless values are taken once), more areas than
 * allowed, areas and searches that every area of the vocabulary and every word starts
 * with, and over-long texts. Each must end with an answer or BAD_USER_INPUT.
 */
const many = (value: string, count = 40_000) => Array.from({ length: count }, () => value);

export function cases(): Case[] {
  const list = (filterType: string, root: string) =>
    `query($filter: ${filterType}) { ${root}(filter: $filter, first: 100) { totalCount nodes { id } } }`;
  const agreements = list('AgreementFilter', 'agreements');
  const events = list('EventFilter', 'events');
  return [
    {
      category: 'filter lists',
      name: 'agreements: one commitment kind 40,000 times in a variable',
      send: gql(agreements, { filter: { commitmentKinds: many('INTERNSHIPS') } }),
      expect: answered,
    },
    {
      category: 'filter lists',
      name: 'agreements: one kind and one status 20,000 times each in a variable',
      send: gql(agreements, {
        filter: { kinds: many('MEMORANDUM_OF_UNDERSTANDING', 20_000), statuses: many('SIGNED', 20_000) },
      }),
      expect: answered,
    },
    {
      category: 'filter lists',
      name: 'events: one kind 40,000 times in a variable',
      send: gql(events, { filter: { kinds: many('FORUM') } }),
      expect: answered,
    },
    {
      category: 'filter lists',
      name: 'agreementStats and the network under a repeated commitment kind',
      send: gql(
        `query($filter: AgreementFilter) { agreementStats(filter: $filter, groupBy: AREA) { key count } partnershipNetwork(filter: $filter) { nodes { id } } }`,
        { filter: { commitmentKinds: many('LABORATORY') } },
      ),
      expect: answered,
    },
    {
      category: 'filter lists',
      name: 'agreements: 51 areas',
      send: gql(agreements, { filter: { areas: many('artificial intelligence', 51) } }),
      expect: code('BAD_USER_INPUT'),
    },
    {
      category: 'filter lists',
      name: 'agreements: 50 one-letter areas that start words of every area of the vocabulary',
      send: gql(agreements, {
        filter: { areas: 'abcdefghijklmnopqrstuvwxyzəşçğıöüäß'.split('').concat(many('i', 15)) },
      }),
      expect: answered,
    },
    {
      category: 'filter lists',
      name: 'agreements: an area of 201 characters',
      send: gql(agreements, { filter: { areas: ['ə'.repeat(201)] } }),
      expect: code('BAD_USER_INPUT'),
    },
    {
      category: 'filter lists',
      name: 'agreements: a one-letter search with every other filter',
      send: gql(agreements, {
        filter: {
          search: 'p',
          areas: ['k', 's', 'a'],
          commitmentKinds: ['INTERNSHIPS', 'OTHER'],
          kinds: ['MEMORANDUM_OF_UNDERSTANDING'],
          statuses: ['SIGNED'],
        },
      }),
      expect: answered,
    },
    {
      category: 'filter lists',
      name: 'agreements: a search of 201 characters',
      send: gql(agreements, { filter: { search: 'Praktikum'.repeat(23) } }),
      expect: code('BAD_USER_INPUT'),
    },
    {
      category: 'filter lists',
      name: 'agreements: an unknown commitment kind',
      send: gql(agreements, { filter: { commitmentKinds: ['INTERNSHIP'] } }),
      expect: code('BAD_USER_INPUT'),
    },
  ];
}
