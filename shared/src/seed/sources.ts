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
  /** BCP 47 language of the document. */
  language: string;
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
    publisher: 'Azerbaijan State Oil and Industry University (ASOIU)',
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
];

/** A seeded fact's citation: which source says it and, where useful, the words it uses. */
export interface SeedCitation {
  sourceId: string;
  /** The passage of the source that states the fact, verbatim. */
  quote?: string;
}
