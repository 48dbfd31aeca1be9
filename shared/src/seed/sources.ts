/**
 * The source documents the seed dataset is written from. Every seeded record of
 * every subgraph cites one or more of these by `id`, so each subgraph stores its
 * own copy of the sources it cites (no subgraph reads another's database).
 *
 * Fields hold only what the documents show: a document that names no publisher or
 * date has `null` there; `titleIsDescriptive` marks a title written for an untitled page.
 */
export interface SeedSource {
  /** Stable id, also used as the primary key in every subgraph's `sources` table. */
  id: string;
  title: string;
  /** True when the page has no headline and the title describes it instead. */
  titleIsDescriptive: boolean;
  publisher: string | null;
  url: string | null;
  /** ISO date with the precision the document gives (YYYY, YYYY-MM or YYYY-MM-DD). */
  publishedOn: string | null;
  /** BCP 47 language of the document; `und` when the document's language is not known. */
  language: string;
  /**
   * The seeded document that names this one as its source (an outlet an article
   * attributes its facts to), with the article's words; such a document is kept
   * wherever the citing document is.
   */
  citedIn?: { sourceId: string; quote: string };
}

export const seedSources: readonly SeedSource[] = [
  {
    id: 'src-aztu-forum-2025',
    title:
      'An international forum on "University-industry cooperation, directions, examples and artificial intelligence" was held at AzTU',
    titleIsDescriptive: false,
    publisher: 'Azerbaijan Technical University (AzTU)',
    url: null,
    publishedOn: '2025-05-15',
    language: 'en',
  },
  {
    id: 'src-bayraktar-memoranda-2025',
    title: 'Kooperation mit Bayraktar: Revolutioniert Aserbaidschan die Innovation?',
    titleIsDescriptive: false,
    publisher: null,
    url: null,
    publishedOn: null,
    language: 'de',
  },
  {
    id: 'src-azerishiq-cooperation',
    title: '“Azərişıq” ASC: yerli və xarici universitetlərlə əməkdaşlıq istiqamətləri',
    titleIsDescriptive: true,
    publisher: null,
    url: null,
    publishedOn: null,
    language: 'az',
  },
  {
    id: 'src-asoiu-alliance-2020',
    title:
      'The Caucasus Center of Strategic Alliance of Higher Education Institutions uniting 27 countries and 173 universities will be in ASOIU',
    titleIsDescriptive: false,
    // The item is about ASOIU but does not say who published it.
    publisher: null,
    url: null,
    publishedOn: '2020-11-30',
    language: 'en',
  },
  {
    id: 'src-aic-three-years',
    title: '“Azerbaijan Industrial Corporation” OJC has been operating for 3 years',
    titleIsDescriptive: false,
    publisher: null,
    url: null,
    publishedOn: null,
    language: 'en',
  },
  // The outlets the German article names as its sources. Only their names are known
  // (the article gives no titles, URLs or dates), so the titles describe them.
  {
    id: 'src-news-az-innovation-center-bayraktar',
    title: 'news.az report on the memorandum of the Innovation Center and Bayraktar Technology Azerbaijan',
    titleIsDescriptive: true,
    publisher: 'news.az',
    url: null,
    publishedOn: null,
    language: 'und',
    citedIn: { sourceId: 'src-bayraktar-memoranda-2025', quote: 'wie news.az berichtet' },
  },
  {
    id: 'src-bsu-edu-az-bsu-bayraktar',
    title: 'bsu.edu.az report on the memorandum of Baku State University and Bayraktar Technology Azerbaijan',
    titleIsDescriptive: true,
    publisher: 'bsu.edu.az',
    url: null,
    publishedOn: null,
    language: 'und',
    citedIn: { sourceId: 'src-bayraktar-memoranda-2025', quote: 'wie bsu.edu.az berichtet' },
  },
  {
    id: 'src-innovationszentren-de-working-groups',
    title: 'innovationszentren.de on the working groups for the "Anerkanntes Innovationszentrum" label',
    titleIsDescriptive: true,
    publisher: 'innovationszentren.de',
    url: null,
    publishedOn: null,
    language: 'und',
    citedIn: { sourceId: 'src-bayraktar-memoranda-2025', quote: 'wie innovationszentren.de beschreibt' },
  },
];

/** A seeded fact's citation: which source says it and, where useful, the words it uses. */
export interface SeedCitation {
  sourceId: string;
  /** The passage of the source that states the fact, verbatim. */
  quote?: string;
  /**
   * The record's fields (GraphQL names) whose values this source states. The seed check
   * holds each against the document's text; a value no citation states needs a
   * `SeedClaim` (INFERRED or EDITORIAL), or it is not stored.
   */
  fields?: readonly string[];
}

/** The basis of a seeded value that no document states. */
export type SeedClaim =
  | {
      field: string;
      /** For a list field: the one element the claim covers; omitted: the whole field. */
      value?: string;
      basis: 'INFERRED';
      /** The rule that gives the value from what the documents state. */
      rule: string;
    }
  | {
      field: string;
      value?: string;
      basis: 'EDITORIAL';
      /** Why the value is kept although no document states it. */
      reason: string;
      /** Who added it; default: the seed editors. */
      addedBy?: string;
    };

/** Who added the seed's editorial values. */
export const seedEditors = 'seed editors';
