import type { SeedProvenance } from '@partnership-graph/shared';

/**
 * The declared basis of every value of this subgraph's seed records (see SeedProvenance):
 * for each cited source, the fields its text states — the seed check holds each against
 * the document — and for every value no source states, its INFERRED rule or EDITORIAL
 * reason. A value with neither is not stored.
 */
export const talentProvenance: SeedProvenance = {
  'internship-program:aztu-ganja-aluminium-complex-internships': {
    stated: {
      'src-aic-three-years': ['agreement', 'host', 'levels', 'status', 'universities'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'internship-program:innovation-center-bayraktar-internships': {
    stated: {
      'src-bayraktar-memoranda-2025': ['agreement', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'internship-program:bsu-bayraktar-internships': {
    stated: {
      'src-bayraktar-memoranda-2025': ['agreement', 'status', 'universities'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'internship-program:azerishiq-internships': {
    stated: {
      'src-azerishiq-cooperation': ['agreement', 'host', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'thesis-program:aztu-ganja-aluminium-complex-industry-theses': {
    stated: {
      'src-aic-three-years': ['agreement', 'industryPartner', 'levels', 'status', 'university'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'training-program:ganja-aluminium-complex-technical-vocational-education': {
    stated: {
      'src-aic-three-years': ['agreement', 'kind', 'providers', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'training-program:ganja-aluminium-complex-secondary-special-education': {
    stated: {
      'src-aic-three-years': ['agreement', 'kind', 'providers', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'training-program:innovation-center-bayraktar-professional-development': {
    stated: {
      'src-bayraktar-memoranda-2025': ['agreement', 'kind', 'providers', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'training-program:bsu-bayraktar-training-programmes': {
    stated: {
      'src-bayraktar-memoranda-2025': ['agreement', 'kind', 'providers', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
  'training-program:azerishiq-personnel-training': {
    stated: {
      'src-azerishiq-cooperation': ['agreement', 'kind', 'status'],
    },
    claims: [
      {
        field: 'title',
        basis: 'EDITORIAL',
        reason: 'No document names it: the title describes it, in English.',
      },
      {
        field: 'description',
        basis: 'EDITORIAL',
        reason: "The editors' summary, in English, of what the document says and leaves open.",
      },
    ],
  },
};
