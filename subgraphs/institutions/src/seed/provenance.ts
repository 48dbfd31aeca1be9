import type { SeedProvenance } from '@partnership-graph/shared';

/**
 * The declared basis of every value of this subgraph's seed records (see SeedProvenance):
 * for each cited source, the fields its text states — the seed check holds each against
 * the document — and for every value no source states, its INFERRED rule or EDITORIAL
 * reason. A value with neither is not stored.
 */
export const institutionsProvenance: SeedProvenance = {
  'institution:aztu': {
    stated: {
      'src-aztu-forum-2025': ['acronym', 'kind', 'name', 'names'],
      'src-aic-three-years': ['acronym'],
    },
    claims: [
      {
        field: 'names',
        value: 'Azərbaycan Texniki Universiteti',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Azerbaycan Texniki Universiteti',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
    ],
  },
  'institution:aztu-technology-transfer-office': {
    stated: {
      'src-aztu-forum-2025': ['kind', 'name', 'names', 'parent'],
    },
    claims: [
      {
        field: 'aliases',
        value: 'Technology Transfer Office of AzTU',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:aztu-sme-model-enterprise': {
    stated: {
      'src-aztu-forum-2025': ['kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:tau': {
    stated: {
      'src-aztu-forum-2025': ['acronym', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Türkiyə-Azərbaycan Universiteti',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'names',
        value: 'Türkiye-Azerbaycan Üniversitesi',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Turkiye-Azerbaycan Universiteti',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Turkiye-Azerbaycan Universitesi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
    ],
  },
  'institution:smeda': {
    stated: {
      'src-aztu-forum-2025': ['acronym', 'aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Kiçik və Orta Biznesin İnkişafı Agentliyi',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'KOBİA',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'KOBIA',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Kicik ve Orta Biznesin Inkisafi Agentliyi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:ask': {
    stated: {
      'src-aztu-forum-2025': ['acronym', 'aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Azərbaycan Respublikası Sahibkarlar (İşəgötürənlər) Təşkilatları Milli Konfederasiyası',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Azerbaycan Respublikasi Sahibkarlar (Isegoturenler) Teskilatlari Milli Konfederasiyasi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
    ],
  },
  'institution:caspian-energy-club': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'kind',
        basis: 'EDITORIAL',
        reason:
          "The document names a club with a Chairman and CEO and says no more; a business club is recorded as a business association (an editor's classification).",
      },
    ],
  },
  'institution:khazar-university': {
    stated: {
      'src-aztu-forum-2025': ['kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Xəzər Universiteti',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Xezer Universiteti',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:tubitak': {
    stated: {
      'src-aztu-forum-2025': ['acronym', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Türkiye Bilimsel ve Teknolojik Araştırma Kurumu',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'TÜBİTAK',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Scientific and Technological Research Council of Türkiye',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Scientific and Technological Research Council of Turkey',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Turkiye Bilimsel ve Teknolojik Arastirma Kurumu',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'kind',
        basis: 'EDITORIAL',
        reason:
          "General knowledge: TÜBİTAK is Türkiye's state council for scientific and technological research; the document names it only by its acronym.",
      },
    ],
  },
  'institution:iztech': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'İzmir Yüksek Teknoloji Enstitüsü',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
      {
        field: 'acronym',
        basis: 'EDITORIAL',
        reason: 'The usual acronym (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'İYTE',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'IYTE',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Izmir Institute of Technology',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Izmir Yuksek Teknoloji Enstitusu',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
      {
        field: 'kind',
        basis: 'EDITORIAL',
        reason:
          'The document calls it an "Institute" ("Izmir High Technology Institute"); it is a university that awards degrees (general knowledge).',
      },
    ],
  },
  'institution:azeraluminium': {
    stated: {
      'src-aztu-forum-2025': ['aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Azəralüminium MMC',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Azəralüminium',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azeraluminium MMC',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:ganja-aluminium-complex': {
    stated: {
      'src-aztu-forum-2025': ['aliases', 'kind', 'name', 'names', 'parent'],
      'src-aic-three-years': ['aliases', 'parent'],
    },
    claims: [
      {
        field: 'aliases',
        value: 'Ganja Aluminium Complex',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
    ],
  },
  'institution:aznaa': {
    stated: {
      'src-aztu-forum-2025': ['aliases', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Milli Aviasiya Akademiyası',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'acronym',
        basis: 'EDITORIAL',
        reason: 'The usual acronym (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'NAA',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'MAA',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Milli Aviasiya Akademiyasi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
      {
        field: 'kind',
        basis: 'EDITORIAL',
        reason:
          'The document calls it an "Academy"; it is a higher education institution that awards degrees (general knowledge).',
      },
    ],
  },
  'institution:ministry-of-defense-industry': {
    stated: {
      'src-aztu-forum-2025': ['kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Müdafiə Sənayesi Nazirliyi',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Ministry of Defense Industry of Azerbaijan',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Ministry of Defence Industry',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Mudafie Senayesi Nazirliyi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
    ],
  },
  'institution:aselsan-baku': {
    stated: {
      'src-aztu-forum-2025': ['aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'aliases',
        value: 'Aselsan Baku',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
    ],
  },
  'institution:sapssi': {
    stated: {
      'src-bayraktar-memoranda-2025': ['acronym', 'kind'],
    },
    claims: [
      {
        field: 'names',
        value: 'State Agency for Public Service and Social Innovations',
        basis: 'EDITORIAL',
        reason: 'The name in English (general knowledge); the documents do not use it.',
      },
      {
        field: 'names',
        value: 'Staatliche Agentur für öffentliche Dienste und soziale Innovationen',
        basis: 'EDITORIAL',
        reason: 'The name in German (general knowledge); the documents do not use it.',
      },
      {
        field: 'names',
        value: 'Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Vetendaslara Xidmet ve Sosial Innovasiyalar uzre Dovlet Agentliyi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'name',
        basis: 'EDITORIAL',
        reason:
          'The agency\'s official English name (general knowledge); the German article names it "Staatliche Agentur für öffentliche Dienste und soziale Innovationen".',
      },
    ],
  },
  'institution:innovation-center-sapssi': {
    stated: {
      'src-bayraktar-memoranda-2025': ['aliases', 'kind', 'names', 'parent'],
    },
    claims: [
      {
        field: 'names',
        value: 'Innovation Center',
        basis: 'EDITORIAL',
        reason: 'The name in English (general knowledge); the documents do not use it.',
      },
      {
        field: 'names',
        value: 'İnnovasiya Mərkəzi',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Innovasiya Merkezi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Innovation Centre',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
      {
        field: 'name',
        basis: 'EDITORIAL',
        reason: 'The English for the document\'s "Innovationszentrum".',
      },
    ],
  },
  'institution:bayraktar-technology-azerbaijan': {
    stated: {
      'src-bayraktar-memoranda-2025': ['aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
    ],
  },
  'institution:bsu': {
    stated: {
      'src-bayraktar-memoranda-2025': ['acronym', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Bakı Dövlət Universiteti',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'BDU',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Baki Dovlet Universiteti',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
    ],
  },
  'institution:bviz': {
    stated: {
      'src-bayraktar-memoranda-2025': ['acronym', 'description', 'kind'],
    },
    claims: [
      {
        field: 'names',
        value: 'Bundesverband Deutscher Innovations-, Technologie- und Gründerzentren',
        basis: 'EDITORIAL',
        reason: 'The name in German (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Bundesverband Deutscher Innovations-, Technologie- und Gruenderzentren',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'name',
        basis: 'EDITORIAL',
        reason: "The association's full name (general knowledge); the document uses only the acronym BVIZ.",
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says "Deutscher" (German): a German federal association (Bundesverband).',
      },
    ],
  },
  'institution:technopark-kamen': {
    stated: {
      'src-bayraktar-memoranda-2025': ['aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
    ],
  },
  'institution:azerishiq': {
    stated: {
      'src-azerishiq-cooperation': ['aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'aliases',
        value: 'Azerishiq',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azerishig',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azerishiq OJSC',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azerishiq ASC',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:azerishiq-training-innovation-center': {
    stated: {
      'src-azerishiq-cooperation': ['kind', 'name', 'names', 'parent'],
    },
    claims: [
      {
        field: 'aliases',
        value: 'Azərişıq Tədris və İnnovasiyalar mərkəzi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Tedris ve Innovasiyalar merkezi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Training and Innovation Center',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azerishiq Training and Innovation Center',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
    ],
  },
  'institution:strategic-alliance-heis': {
    stated: {
      'src-asoiu-alliance-2020': [
        'aliases',
        'description',
        'foundedOn',
        'kind',
        'memberCount',
        'memberCountryCount',
        'name',
        'names',
      ],
    },
    claims: [
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: '"established in 2015 by the People\'s Republic of China": an alliance is recorded in the country that established it.',
      },
    ],
  },
  'institution:lanzhou-university': {
    stated: {
      'src-asoiu-alliance-2020': ['aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: '兰州大学',
        basis: 'EDITORIAL',
        reason: 'The name in Chinese (general knowledge); the documents do not use it.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The document calls it "Lanzhou University of China".',
      },
    ],
  },
  'institution:asoiu': {
    stated: {
      'src-asoiu-alliance-2020': ['acronym', 'aliases', 'kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Azərbaycan Dövlət Neft və Sənaye Universiteti',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'ADNSU',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azerbaycan Dovlet Neft ve Senaye Universiteti',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
    ],
  },
  'institution:mingachevir-state-university': {
    stated: {
      'src-asoiu-alliance-2020': ['kind', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Mingəçevir Dövlət Universiteti',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Mingecevir Dovlet Universiteti',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
    ],
  },
  'institution:azerbaijan-industrial-corporation': {
    stated: {
      'src-aic-three-years': ['aliases', 'description', 'foundedOn', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Azərbaycan Sənaye Korporasiyası ASC',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Azərbaycan Sənaye Korporasiyası',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'aliases',
        value: 'Azerbaycan Senaye Korporasiyasi',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'INFERRED',
        rule: 'The name says Azerbaijan.',
      },
      {
        field: 'kind',
        basis: 'INFERRED',
        rule: 'Established by a decree of the President, with "increasing the efficiency of state property management" as its first objective: a state company.',
      },
    ],
  },
  'institution:aztu-ganja-branch': {
    stated: {
      'src-aic-three-years': ['aliases', 'kind', 'parent'],
    },
    claims: [
      {
        field: 'names',
        value: 'AzTU educational branch in Ganja',
        basis: 'EDITORIAL',
        reason: 'The name in English (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'AzTU Ganja branch',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
      {
        field: 'sector',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the field the institution works in; no document states it.',
      },
      {
        field: 'country',
        basis: 'EDITORIAL',
        reason: 'General knowledge: the country the institution is in; no document states it.',
      },
      {
        field: 'city',
        basis: 'INFERRED',
        rule: 'The city is in the name the document gives.',
      },
      {
        field: 'name',
        basis: 'INFERRED',
        rule: 'The document\'s "the educational branch of AzTU in Ganja", worded as a name.',
      },
    ],
  },
  'person:vilayat-valiyev': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Vilayət Vəliyev',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:orkhan-mammadov': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Orxan Məmmədov',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:hamlet-isakhanli': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Hamlet İsaxanlı',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:telman-aliyev': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Telman Əliyev',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:farid-velizade': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Fərid Vəlizadə',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:mehmet-simshir': {
    stated: {
      'src-aztu-forum-2025': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Mehmet Şimşir',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
      {
        field: 'aliases',
        value: 'Mehmet Simsir',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
    ],
  },
  'person:mesut-guner': {
    stated: {
      'src-aztu-forum-2025': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Mesut Güner',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:mustafa-guden': {
    stated: {
      'src-aztu-forum-2025': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Mustafa Güden',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:jamil-safarov': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Cəmil Səfərov',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:adalat-samedov': {
    stated: {
      'src-aztu-forum-2025': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Ədalət Səmədov',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:mammadsaleh-aliyev': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Məmmədsaleh Əliyev',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:ozgur-kurum': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Özgür Kurum',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:yadullah-babayev': {
    stated: {
      'src-aztu-forum-2025': ['name', 'names'],
    },
    claims: [],
  },
  'person:vusal-rustamov': {
    stated: {
      'src-bayraktar-memoranda-2025': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Vüsal Rüstəmov',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:huseyin-topuz': {
    stated: {
      'src-bayraktar-memoranda-2025': ['aliases', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Hüseyin Topuz',
        basis: 'EDITORIAL',
        reason: 'The name in Turkish (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:elchin-babayev': {
    stated: {
      'src-bayraktar-memoranda-2025': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Elçin Babayev',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:hubertus-ebbers': {
    stated: {
      'src-bayraktar-memoranda-2025': ['name', 'names'],
    },
    claims: [],
  },
  'person:renying-li': {
    stated: {
      'src-asoiu-alliance-2020': ['name', 'names'],
    },
    claims: [
      {
        field: 'aliases',
        value: 'Li Renying',
        basis: 'EDITORIAL',
        reason:
          'A spelling people search for (a plain-Latin transliteration, an acronym or an official name the documents do not use): general knowledge.',
      },
    ],
  },
  'person:mustafa-babanli': {
    stated: {
      'src-asoiu-alliance-2020': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Mustafa Babanlı',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:shahin-bayramov': {
    stated: {
      'src-asoiu-alliance-2020': ['academicTitles', 'name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'Şahin Bayramov',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'person:ilham-aliyev': {
    stated: {
      'src-aic-three-years': ['name', 'names'],
    },
    claims: [
      {
        field: 'names',
        value: 'İlham Əliyev',
        basis: 'EDITORIAL',
        reason: 'The name in Azerbaijani (general knowledge); the documents do not use it.',
      },
    ],
  },
  'position:pos-vilayat-valiyev-aztu-rector': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-orkhan-mammadov-smeda-chairman': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-hamlet-isakhanli-khazar-founder': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-telman-aliyev-caspian-energy-club-chairman-ceo': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-farid-velizade-ask-senior-advisor': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-mehmet-simshir-tau-vice-rector': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-mesut-guner-tubitak-deputy-chairman': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-mustafa-guden-iztech-professor': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-jamil-safarov-ganja-aluminium-complex-director': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-adalat-samedov-aznaa-first-vice-rector': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-mammadsaleh-aliyev-defense-ministry-department-head': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-ozgur-kurum-aselsan-baku-director': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-yadullah-babayev-aztu-tto-director': {
    stated: {
      'src-aztu-forum-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-vusal-rustamov-innovation-center-director': {
    stated: {
      'src-bayraktar-memoranda-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-huseyin-topuz-bayraktar-director': {
    stated: {
      'src-bayraktar-memoranda-2025': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-elchin-babayev-bsu-rector': {
    stated: {
      'src-bayraktar-memoranda-2025': ['institution', 'person', 'title'],
    },
    claims: [],
  },
  'position:pos-hubertus-ebbers-technopark-kamen-managing-director': {
    stated: {
      'src-bayraktar-memoranda-2025': ['former', 'institution', 'person', 'title'],
    },
    claims: [],
  },
  'position:pos-hubertus-ebbers-bviz-working-group-lead': {
    stated: {
      'src-bayraktar-memoranda-2025': ['person', 'title'],
    },
    claims: [
      {
        field: 'institution',
        basis: 'INFERRED',
        rule: 'The working groups audit "über 30 BVIZ-Mitgliedszentren", so the group he leads is recorded at BVIZ; the document does not say whose working group it is.',
      },
    ],
  },
  'position:pos-renying-li-alliance-secretary-general': {
    stated: {
      'src-asoiu-alliance-2020': ['institution', 'person', 'since', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-renying-li-asoiu-representative-in-china': {
    stated: {
      'src-asoiu-alliance-2020': ['institution', 'person'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
      {
        field: 'title',
        basis: 'INFERRED',
        rule: 'The document\'s "the representative of ASOIU in China", worded as a title at ASOIU.',
      },
    ],
  },
  'position:pos-mustafa-babanli-asoiu-rector': {
    stated: {
      'src-asoiu-alliance-2020': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'position:pos-shahin-bayramov-mingachevir-rector': {
    stated: {
      'src-asoiu-alliance-2020': ['institution', 'person', 'title'],
    },
    claims: [
      {
        field: 'observedDates',
        basis: 'INFERRED',
        rule: 'The dates on which a document shows the person in the role: the date of the event it describes and the document’s own date.',
      },
    ],
  },
  'membership:mem-asoiu-strategic-alliance-heis-member': {
    stated: {
      'src-asoiu-alliance-2020': ['member', 'organization', 'role'],
    },
    claims: [],
  },
  'membership:mem-asoiu-strategic-alliance-heis-caucasus-center': {
    stated: {
      'src-asoiu-alliance-2020': ['member', 'note', 'organization', 'role', 'since'],
    },
    claims: [],
  },
  'membership:mem-aztu-sme-model-enterprise-founder': {
    stated: {
      'src-aztu-forum-2025': ['member', 'organization', 'role'],
    },
    claims: [
      {
        field: 'note',
        basis: 'INFERRED',
        rule: '"which AzTU has created together with SME": the document\'s "SME" is the Small and Medium Business Development Agency (SMEDA).',
      },
    ],
  },
  'membership:mem-smeda-sme-model-enterprise-founder': {
    stated: {
      'src-aztu-forum-2025': ['member', 'organization', 'role'],
    },
    claims: [
      {
        field: 'note',
        basis: 'INFERRED',
        rule: '"which AzTU has created together with SME": the document\'s "SME" is the Small and Medium Business Development Agency (SMEDA).',
      },
    ],
  },
};
