import type { SeedProvenance } from '@partnership-graph/shared';

/**
 * The declared basis of every value of this subgraph's seed records (see SeedProvenance):
 * for each cited source, the fields its text states — the seed check holds each against
 * the document — and for every value no source states, its INFERRED rule or EDITORIAL
 * reason. A value with neither is not stored.
 */
export const agreementsProvenance: SeedProvenance = {
  'agreement:mou-innovation-center-bayraktar-2025': {
    stated: {
      'src-bayraktar-memoranda-2025': ['areas', 'commitments', 'description', 'kind', 'parties', 'signedOn', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
    ],
  },
  'agreement:mou-bsu-bayraktar-2025': {
    stated: {
      'src-bayraktar-memoranda-2025': ['areas', 'commitments', 'description', 'kind', 'parties', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
    ],
  },
  'agreement:aztu-aic-cooperation': {
    stated: {
      'src-aic-three-years': ['areas', 'commitments', 'description', 'kind', 'parties', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'parties',
        value: 'aztu',
        basis: 'INFERRED',
        rule: 'Every measure the document reports concerns AzTU (its educational branch in Ganja, a laboratory "on the basis of AzTU", internships for its students), so AzTU is recorded as a side; the document does not name the sides.',
      },
    ],
  },
  'agreement:azerishiq-university-cooperation': {
    stated: {
      'src-azerishiq-cooperation': ['areas', 'commitments', 'description', 'kind', 'parties', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
    ],
  },
  'event:aztu-forum-2025-05-15': {
    stated: {
      'src-aztu-forum-2025': [
        'attendance',
        'description',
        'kind',
        'location',
        'organizers',
        'partners',
        'speakers',
        'title',
        'topics',
      ],
    },
    claims: [
      {
        field: 'startsOn',
        basis: 'INFERRED',
        rule: 'The forum\'s date is the report\'s date: the report, dated 15.05.2025, says the forum "was held" and gives no other date.',
      },
      {
        field: 'online',
        basis: 'INFERRED',
        rule: 'The forum "was held at AzTU", a place, and nothing says it was online.',
      },
    ],
  },
  'event:alliance-online-conference-2020-11-27': {
    stated: {
      'src-asoiu-alliance-2020': [
        'attendance',
        'decisions',
        'description',
        'kind',
        'online',
        'organizers',
        'participants',
        'speakers',
        'startsOn',
        'title',
        'topics',
      ],
    },
    claims: [],
  },
};
