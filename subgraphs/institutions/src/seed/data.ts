import type { InstitutionsSeed } from './types';

/**
 * The institutions subgraph's seed dataset: the institutions, people, positions and
 * memberships that the five source documents (`shared/src/seed/sources.ts`) name —
 * no more, no less.
 *
 * Conventions:
 * - The default `name` is the name in the wording of the document that names the
 *   institution or person (an Azerbaijani-only document gives an Azerbaijani default).
 *   `names` adds the official names in other languages where they are certain;
 *   `aliases` holds plain-Latin transliterations, acronyms in other languages, official
 *   names the documents do not use, and the documents' own variants and misspellings.
 * - `country` and `city` are set only where a document or the name itself says so;
 *   websites and ROR ids are never in the documents, so they are `null`.
 * - Position titles keep the wording (and language) of the document that states them.
 *   `observedDates` are the dates on which a document shows the person in the role: the
 *   date of the event it describes and, where the document is dated, its own date;
 *   `since`/`until` are set only where a document dates the start or end of a role, and
 *   `former` only where it calls the role former.
 * - Every record cites each source at most once (citations are keyed by record and
 *   source), with a verbatim `quote` from that source.
 */
export const institutionsSeed: InstitutionsSeed = {
  institutions: [
    // ─── 000: the AzTU forum (2025-05-15) ─────────────────────────────────────────
    {
      id: 'aztu',
      name: 'Azerbaijan Technical University',
      names: [
        { language: 'en', value: 'Azerbaijan Technical University' },
        { language: 'az', value: 'Azərbaycan Texniki Universiteti' },
      ],
      acronym: 'AzTU',
      aliases: ['Azerbaycan Texniki Universiteti'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      // The forum was part of the "75th anniversary events"; no founding date is stated.
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Within the framework of the 75th anniversary events of Azerbaijan Technical University (AzTU)',
        },
        {
          sourceId: 'src-aic-three-years',
          quote: 'an agreement was reached to establish an experimental laboratory on the basis of AzTU',
        },
      ],
    },
    {
      id: 'aztu-technology-transfer-office',
      name: 'AzTU Technology Transfer Office',
      names: [{ language: 'en', value: 'AzTU Technology Transfer Office' }],
      acronym: null,
      aliases: ['Technology Transfer Office of AzTU'],
      kind: 'TECHNOLOGY_TRANSFER_OFFICE',
      sector: 'technology transfer',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: 'aztu',
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Yadullah Babayev, Director of the AzTU Technology Transfer Office',
        },
      ],
    },
    {
      id: 'aztu-sme-model-enterprise',
      name: 'SME Model Enterprise',
      names: [{ language: 'en', value: 'SME Model Enterprise' }],
      acronym: null,
      aliases: [],
      kind: 'ENTERPRISE',
      sector: null,
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      // Created by AzTU together with SMEDA (see the FOUNDER memberships below): the
      // document makes it a unit of neither, so it has no parent.
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote:
            'the SME Model Enterprise, which AzTU has created together with SME and is successfully operating, to university-industry cooperation',
        },
      ],
    },
    {
      id: 'tau',
      name: 'Turkey-Azerbaijan University',
      names: [
        { language: 'en', value: 'Turkey-Azerbaijan University' },
        { language: 'az', value: 'Türkiyə-Azərbaycan Universiteti' },
        { language: 'tr', value: 'Türkiye-Azerbaycan Üniversitesi' },
      ],
      acronym: 'TAU',
      aliases: ['Turkiye-Azerbaycan Universiteti', 'Turkiye-Azerbaycan Universitesi'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'in partnership with the Turkey-Azerbaijan University (TAU)',
        },
      ],
    },
    {
      id: 'smeda',
      name: 'Small and Medium Business Development Agency',
      names: [
        { language: 'en', value: 'Small and Medium Business Development Agency' },
        { language: 'az', value: 'Kiçik və Orta Biznesin İnkişafı Agentliyi' },
      ],
      acronym: 'SMEDA',
      // The forum report also calls the agency plainly "SME".
      aliases: ['KOBİA', 'KOBIA', 'Kicik ve Orta Biznesin Inkisafi Agentliyi', 'SME'],
      kind: 'GOVERNMENT_AGENCY',
      sector: 'small and medium business development',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'the Small and Medium Business Development Agency (SMEDA)',
        },
      ],
    },
    {
      id: 'ask',
      name: 'National Confederation of Entrepreneurs (Employers) Organizations of the Republic of Azerbaijan',
      names: [
        {
          language: 'en',
          value: 'National Confederation of Entrepreneurs (Employers) Organizations of the Republic of Azerbaijan',
        },
        {
          language: 'az',
          value: 'Azərbaycan Respublikası Sahibkarlar (İşəgötürənlər) Təşkilatları Milli Konfederasiyası',
        },
      ],
      acronym: 'ASK',
      aliases: [
        'National Confederation of Entrepreneurs (Employers) Organizations',
        'Azerbaycan Respublikasi Sahibkarlar (Isegoturenler) Teskilatlari Milli Konfederasiyasi',
      ],
      kind: 'BUSINESS_ASSOCIATION',
      sector: "employers' organizations",
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote:
            'the National Confederation of Entrepreneurs (Employers) Organizations of the Republic of Azerbaijan (ASK)',
        },
      ],
    },
    {
      id: 'caspian-energy-club',
      name: 'Caspian Energy Club',
      names: [{ language: 'en', value: 'Caspian Energy Club' }],
      acronym: null,
      aliases: [],
      // A business club; the document says no more about its kind.
      kind: 'BUSINESS_ASSOCIATION',
      sector: null,
      // The document does not say where the club is based.
      country: null,
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Chairman and CEO of Caspian Energy Club, Telman Aliyev',
        },
      ],
    },
    {
      id: 'khazar-university',
      name: 'Khazar University',
      names: [
        { language: 'en', value: 'Khazar University' },
        { language: 'az', value: 'Xəzər Universiteti' },
      ],
      acronym: null,
      aliases: ['Xezer Universiteti'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Hamlet Isakhanli, the founder of Khazar University',
        },
      ],
    },
    {
      id: 'tubitak',
      // The document names the council only by its acronym.
      name: 'TUBITAK',
      names: [
        { language: 'en', value: 'TUBITAK' },
        { language: 'tr', value: 'Türkiye Bilimsel ve Teknolojik Araştırma Kurumu' },
      ],
      acronym: 'TUBITAK',
      aliases: [
        'TÜBİTAK',
        'Scientific and Technological Research Council of Türkiye',
        'Scientific and Technological Research Council of Turkey',
        'Turkiye Bilimsel ve Teknolojik Arastirma Kurumu',
      ],
      kind: 'GOVERNMENT_AGENCY',
      sector: 'research and technology',
      country: 'TR',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Professor Mesut Guner, Deputy Chairman of TUBITAK',
        },
      ],
    },
    {
      id: 'iztech',
      name: 'Izmir High Technology Institute',
      names: [
        { language: 'en', value: 'Izmir High Technology Institute' },
        { language: 'tr', value: 'İzmir Yüksek Teknoloji Enstitüsü' },
      ],
      acronym: 'IZTECH',
      aliases: ['İYTE', 'IYTE', 'Izmir Institute of Technology', 'Izmir Yuksek Teknoloji Enstitusu'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'TR',
      city: 'Izmir',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Mustafa Guden, Professor of Izmir High Technology Institute',
        },
      ],
    },
    {
      id: 'azeraluminium',
      name: 'Azeraluminium LLC',
      names: [
        { language: 'en', value: 'Azeraluminium LLC' },
        { language: 'az', value: 'Azəralüminium MMC' },
      ],
      acronym: null,
      aliases: ['Azeraluminium', 'Azəralüminium', 'Azeraluminium MMC'],
      kind: 'COMPANY',
      sector: 'aluminium production',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      // No document states an owner or parent of the company.
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Director of the Ganja Production Complex of “Azeraluminium” LLC',
        },
      ],
    },
    {
      id: 'ganja-aluminium-complex',
      name: 'Ganja Production Complex of Azeraluminium',
      names: [{ language: 'en', value: 'Ganja Production Complex of Azeraluminium' }],
      acronym: null,
      // Document 004 calls it the "Ganja Aluminum Complex".
      aliases: ['Ganja Aluminum Complex', 'Ganja Aluminium Complex', 'Ganja Production Complex'],
      kind: 'PRODUCTION_COMPLEX',
      sector: 'aluminium production; metallurgy',
      country: 'AZ',
      city: 'Ganja',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: 'azeraluminium',
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Jamil Safarov, Director of the Ganja Production Complex of “Azeraluminium” LLC',
        },
        {
          sourceId: 'src-aic-three-years',
          quote:
            'it is intended to create opportunities technical vocational and secondary special education jointly with the Ganja Aluminum Complex',
        },
      ],
    },
    {
      id: 'aznaa',
      name: 'Azerbaijan National Aviation Academy',
      names: [
        { language: 'en', value: 'Azerbaijan National Aviation Academy' },
        { language: 'az', value: 'Milli Aviasiya Akademiyası' },
      ],
      acronym: 'AzNAA',
      aliases: ['National Aviation Academy', 'NAA', 'MAA', 'Milli Aviasiya Akademiyasi'],
      kind: 'UNIVERSITY',
      sector: 'higher education (aviation)',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Professor Adalat Samedov, First Vice-Rector of the Azerbaijan National Aviation Academy',
        },
      ],
    },
    {
      id: 'ministry-of-defense-industry',
      name: 'Ministry of Defense Industry',
      names: [
        { language: 'en', value: 'Ministry of Defense Industry' },
        { language: 'az', value: 'Müdafiə Sənayesi Nazirliyi' },
      ],
      acronym: null,
      aliases: [
        'Ministry of Defense Industry of Azerbaijan',
        'Ministry of Defence Industry',
        'Mudafie Senayesi Nazirliyi',
      ],
      kind: 'MINISTRY',
      sector: 'defence industry',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Mammadsaleh Aliyev, Department Head of the Ministry of Defense Industry',
        },
      ],
    },
    {
      id: 'aselsan-baku',
      name: 'Aselsan-Baku',
      names: [{ language: 'en', value: 'Aselsan-Baku' }],
      acronym: null,
      aliases: ['Aselsan-Baku Company', 'Aselsan Baku'],
      kind: 'COMPANY',
      sector: 'defence industry',
      country: 'AZ',
      city: 'Baku',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Ozgur Kurum, Director of the “Aselsan-Baku” Company',
        },
      ],
    },

    // ─── 001: the Bayraktar memoranda (2025) ──────────────────────────────────────
    {
      id: 'sapssi',
      name: 'State Agency for Public Service and Social Innovations',
      names: [
        { language: 'en', value: 'State Agency for Public Service and Social Innovations' },
        { language: 'de', value: 'Staatliche Agentur für öffentliche Dienste und soziale Innovationen' },
        { language: 'az', value: 'Vətəndaşlara Xidmət və Sosial İnnovasiyalar üzrə Dövlət Agentliyi' },
      ],
      acronym: 'SAPSSI',
      aliases: ['Vetendaslara Xidmet ve Sosial Innovasiyalar uzre Dovlet Agentliyi'],
      kind: 'GOVERNMENT_AGENCY',
      sector: 'public services and social innovation',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'das Innovationszentrum unter der Leitung der Staatlichen Agentur für öffentliche Dienste und soziale Innovationen (SAPSSI)',
        },
      ],
    },
    {
      id: 'innovation-center-sapssi',
      name: 'Innovation Center',
      names: [
        { language: 'en', value: 'Innovation Center' },
        { language: 'de', value: 'Innovationszentrum' },
        { language: 'az', value: 'İnnovasiya Mərkəzi' },
      ],
      acronym: null,
      aliases: ['Innovationszentrum Aserbaidschans', 'Innovasiya Merkezi', 'Innovation Centre'],
      kind: 'INNOVATION_CENTER',
      sector: 'innovation',
      country: 'AZ',
      // The article's dateline ("Baku, Aserbaidschan") places the story, not the centre.
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: 'sapssi',
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Baku, Aserbaidschan - In einer spannenden Entwicklung hat das Innovationszentrum unter der Leitung der Staatlichen Agentur für öffentliche Dienste und soziale Innovationen (SAPSSI) ein Memorandum of Understanding (MoU) mit Bayraktar Technology Azerbaijan LLC unterzeichnet.',
        },
      ],
    },
    {
      id: 'bayraktar-technology-azerbaijan',
      name: 'Bayraktar Technology Azerbaijan LLC',
      names: [{ language: 'en', value: 'Bayraktar Technology Azerbaijan LLC' }],
      acronym: null,
      aliases: ['Bayraktar Technology Azerbaijan', 'Bayraktar Technology', 'Bayraktar'],
      kind: 'COMPANY',
      // "weiterer führender Unternehmen aus der türkischen Verteidigungsindustrie"
      sector: 'defence technology',
      country: 'AZ',
      // The article's dateline ("Baku, Aserbaidschan") places the story, not the company.
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Auch die Baku State University (BSU) hat einen Vertrag mit Bayraktar Technology Azerbaijan LLC unterzeichnet',
        },
      ],
    },
    {
      id: 'bsu',
      name: 'Baku State University',
      names: [
        { language: 'en', value: 'Baku State University' },
        { language: 'az', value: 'Bakı Dövlət Universiteti' },
      ],
      acronym: 'BSU',
      aliases: ['BDU', 'Baki Dovlet Universiteti'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'AZ',
      city: 'Baku',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Auch die Baku State University (BSU) hat einen Vertrag mit Bayraktar Technology Azerbaijan LLC unterzeichnet',
        },
      ],
    },
    {
      id: 'bviz',
      name: 'Bundesverband Deutscher Innovations-, Technologie- und Gründerzentren',
      names: [{ language: 'de', value: 'Bundesverband Deutscher Innovations-, Technologie- und Gründerzentren' }],
      acronym: 'BVIZ',
      aliases: ['Bundesverband Deutscher Innovations-, Technologie- und Gruenderzentren'],
      kind: 'BUSINESS_ASSOCIATION',
      sector: 'innovation, technology and start-up centres',
      country: 'DE',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      description:
        'Um die Qualität und Wirkung dieser Zentren zu steigern, wurden Arbeitskreise etabliert, die sich der Weiterentwicklung und Vergabe des Prädikates „Anerkanntes Innovationszentrum“ widmen. Hierbei werden über 30 BVIZ-Mitgliedszentren regelmäßig auditiert und ausgezeichnet, was kein leichtes Unterfangen ist.',
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote: 'Hierbei werden über 30 BVIZ-Mitgliedszentren regelmäßig auditiert und ausgezeichnet',
        },
      ],
    },
    {
      id: 'technopark-kamen',
      name: 'Technopark Kamen GmbH',
      names: [{ language: 'de', value: 'Technopark Kamen GmbH' }],
      acronym: null,
      aliases: ['Technopark Kamen'],
      kind: 'TECHNOPARK',
      sector: 'technology park',
      country: 'DE',
      city: 'Kamen',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote: 'als ehemaliger Geschäftsführer der Technopark Kamen GmbH',
        },
      ],
    },

    // ─── 002: Azərişıq's cooperation with universities (undated) ─────────────────
    {
      id: 'azerishiq',
      name: 'Azərişıq ASC',
      names: [{ language: 'az', value: 'Azərişıq ASC' }],
      acronym: null,
      aliases: ['Azərişıq', 'Azerishiq', 'Azerishig', 'Azerishiq OJSC', 'Azerishiq ASC'],
      // "ASC" (açıq səhmdar cəmiyyəti, open joint-stock company): the document does not
      // say who owns it, so COMPANY rather than STATE_COMPANY.
      kind: 'COMPANY',
      sector: 'electricity distribution',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-azerishiq-cooperation',
          quote: '“Azərişıq” ASC də bu təcrübədən istifadə edərək yerli və xarici universitetlərlə əməkdaşlıq edir',
        },
      ],
    },
    {
      id: 'azerishiq-training-innovation-center',
      name: 'Tədris və İnnovasiyalar mərkəzi',
      names: [{ language: 'az', value: 'Tədris və İnnovasiyalar mərkəzi' }],
      acronym: null,
      aliases: [
        'Azərişıq Tədris və İnnovasiyalar mərkəzi',
        'Tedris ve Innovasiyalar merkezi',
        'Training and Innovation Center',
        'Azerishiq Training and Innovation Center',
      ],
      kind: 'INNOVATION_CENTER',
      sector: 'training and innovation',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: 'azerishiq',
      sources: [
        {
          sourceId: 'src-azerishiq-cooperation',
          quote: '“Azərişıq” ASC-nin Tədris və İnnovasiyalar mərkəzində',
        },
      ],
    },

    // ─── 003: the university alliance's Caucasus centre (2020-11-27) ─────────────
    {
      id: 'strategic-alliance-heis',
      name: 'Strategic Alliance of Higher Education Institutions',
      names: [{ language: 'en', value: 'Strategic Alliance of Higher Education Institutions' }],
      acronym: null,
      aliases: ['"One Belt, One Road" University Alliance', 'One Belt, One Road University Alliance'],
      kind: 'ALLIANCE',
      sector: 'higher education',
      // Established by the People's Republic of China.
      country: 'CN',
      city: null,
      website: null,
      rorId: null,
      foundedOn: '2015',
      parentId: null,
      description:
        'established in 2015 by the People\'s Republic of China on the basis of the "One Belt and One Road" initiative … This institution, which unites 173 universities from 27 countries, has a great international reputation.',
      memberCount: 173,
      // "uniting 27 countries and 173 universities"; the rector's speech: "27 countries and regions".
      memberCountryCount: 27,
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'the Strategic Alliance of Higher Education Institutions, established in 2015 by the People\'s Republic of China on the basis of the "One Belt and One Road" initiative',
        },
      ],
    },
    {
      id: 'lanzhou-university',
      name: 'Lanzhou University',
      names: [
        { language: 'en', value: 'Lanzhou University' },
        { language: 'zh', value: '兰州大学' },
      ],
      acronym: null,
      aliases: ['Lanzhou University of China'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'CN',
      city: 'Lanzhou',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote: 'organized by Lanzhou University of China was held on November 27',
        },
      ],
    },
    {
      id: 'asoiu',
      name: 'Azerbaijan State Oil and Industry University',
      names: [
        { language: 'en', value: 'Azerbaijan State Oil and Industry University' },
        { language: 'az', value: 'Azərbaycan Dövlət Neft və Sənaye Universiteti' },
      ],
      acronym: 'ASOIU',
      // The document also has the misspelling "Azerbaijan State Industry Oil and University".
      aliases: [
        'ADNSU',
        'Azerbaycan Dovlet Neft ve Senaye Universiteti',
        'Azerbaijan State Industry Oil and University',
      ],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote: 'the experience of the Azerbaijan State Oil and Industry University during the pandemic',
        },
      ],
    },
    {
      id: 'mingachevir-state-university',
      name: 'Mingachevir State University',
      names: [
        { language: 'en', value: 'Mingachevir State University' },
        { language: 'az', value: 'Mingəçevir Dövlət Universiteti' },
      ],
      acronym: null,
      aliases: ['Mingecevir Dovlet Universiteti'],
      kind: 'UNIVERSITY',
      sector: 'higher education',
      country: 'AZ',
      city: 'Mingachevir',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: null,
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'the Rector of Mingachevir State University, Doctor of Philosophy in Economics, Associate Professor Shahin Bayramov',
        },
      ],
    },

    // ─── 004: Azerbaijan Industrial Corporation, three years on ───────────────────
    {
      id: 'azerbaijan-industrial-corporation',
      name: 'Azerbaijan Industrial Corporation OJSC',
      names: [
        { language: 'en', value: 'Azerbaijan Industrial Corporation OJSC' },
        { language: 'az', value: 'Azərbaycan Sənaye Korporasiyası ASC' },
      ],
      acronym: null,
      aliases: [
        'Azerbaijan Industrial Corporation',
        'Azerbaijan Industrial Corporation OJC',
        'Azerbaijan Industrial Corporation Open Joint-Stock Company',
        'Azərbaycan Sənaye Korporasiyası',
        'Azerbaycan Senaye Korporasiyasi',
      ],
      // STATE_COMPANY: established by presidential decree, and its first objective is
      // "increasing the efficiency of state property management" (document 004).
      kind: 'STATE_COMPANY',
      sector: 'industry; state property management',
      country: 'AZ',
      city: null,
      website: null,
      rorId: null,
      // The date of the establishing decree.
      foundedOn: '2017-11-06',
      parentId: null,
      description:
        'has been operating for 3 years … The Corporation’s main objectives are: increasing the efficiency of state property management, establishing favorable cooperative relations between the enterprises under its management, carrying out reconstruction work for the application of advanced technologies, integrating modern management mechanisms and strengthening their production capacity. … During the period of its operation, Azerbaijan Industrial Corporation OJSC has taken a number of important measures aimed at improving the living standards of the population by increasing the output and quality of industrial production and creating new jobs in the country, especially in its regions.',
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote:
            '“Azerbaijan Industrial Corporation” Open Joint-Stock Company, established by the Decree of the President of the Republic of Azerbaijan – Mr. Ilham Aliyev, dated November 6, 2017',
        },
      ],
    },
    {
      id: 'aztu-ganja-branch',
      name: 'AzTU educational branch in Ganja',
      names: [{ language: 'en', value: 'AzTU educational branch in Ganja' }],
      acronym: null,
      aliases: ['educational branch of AzTU in Ganja', 'AzTU Ganja branch'],
      kind: 'BRANCH',
      sector: 'higher education; metallurgy',
      country: 'AZ',
      city: 'Ganja',
      website: null,
      rorId: null,
      foundedOn: null,
      parentId: 'aztu',
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote:
            'the opening of the educational branch of AzTU in Ganja will give impetus to the development of training opportunities in the field of metallurgy in the region',
        },
      ],
    },
  ],

  people: [
    // ─── 000 ──────────────────────────────────────────────────────────────────────
    {
      id: 'vilayat-valiyev',
      name: 'Vilayat Valiyev',
      names: [
        { language: 'en', value: 'Vilayat Valiyev' },
        { language: 'az', value: 'Vilayət Vəliyev' },
      ],
      aliases: [],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'AzTU Rector Vilayat Valiyev' }],
    },
    {
      id: 'orkhan-mammadov',
      name: 'Orkhan Mammadov',
      names: [
        { language: 'en', value: 'Orkhan Mammadov' },
        { language: 'az', value: 'Orxan Məmmədov' },
      ],
      aliases: [],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Chairman of the Board of SME Orkhan Mammadov' }],
    },
    {
      id: 'hamlet-isakhanli',
      name: 'Hamlet Isakhanli',
      names: [
        { language: 'en', value: 'Hamlet Isakhanli' },
        { language: 'az', value: 'Hamlet İsaxanlı' },
      ],
      aliases: [],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Hamlet Isakhanli, the founder of Khazar University' }],
    },
    {
      id: 'telman-aliyev',
      name: 'Telman Aliyev',
      names: [
        { language: 'en', value: 'Telman Aliyev' },
        { language: 'az', value: 'Telman Əliyev' },
      ],
      aliases: [],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Chairman and CEO of Caspian Energy Club, Telman Aliyev' }],
    },
    {
      id: 'farid-velizade',
      name: 'Farid Velizade',
      names: [
        { language: 'en', value: 'Farid Velizade' },
        { language: 'az', value: 'Fərid Vəlizadə' },
      ],
      aliases: [],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote:
            'Farid Velizade, Senior Advisor to the President of the National Confederation of Entrepreneurs (Employers) Organizations',
        },
      ],
    },
    {
      id: 'mehmet-simshir',
      name: 'Mehmet Simshir',
      names: [
        { language: 'en', value: 'Mehmet Simshir' },
        { language: 'tr', value: 'Mehmet Şimşir' },
      ],
      aliases: ['Mehmet Simsir'],
      academicTitles: ['Professor'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Professor Mehmet Simshir, Vice-Rector of Turkey-Azerbaijan University (TAU)',
        },
      ],
    },
    {
      id: 'mesut-guner',
      name: 'Mesut Guner',
      names: [
        { language: 'en', value: 'Mesut Guner' },
        { language: 'tr', value: 'Mesut Güner' },
      ],
      aliases: [],
      academicTitles: ['Professor'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Professor Mesut Guner, Deputy Chairman of TUBITAK' }],
    },
    {
      id: 'mustafa-guden',
      name: 'Mustafa Guden',
      names: [
        { language: 'en', value: 'Mustafa Guden' },
        { language: 'tr', value: 'Mustafa Güden' },
      ],
      aliases: [],
      academicTitles: ['Professor'],
      sources: [
        { sourceId: 'src-aztu-forum-2025', quote: 'Mustafa Guden, Professor of Izmir High Technology Institute' },
      ],
    },
    {
      id: 'jamil-safarov',
      name: 'Jamil Safarov',
      names: [
        { language: 'en', value: 'Jamil Safarov' },
        { language: 'az', value: 'Cəmil Səfərov' },
      ],
      aliases: [],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Jamil Safarov, Director of the Ganja Production Complex of “Azeraluminium” LLC',
        },
      ],
    },
    {
      id: 'adalat-samedov',
      name: 'Adalat Samedov',
      names: [
        { language: 'en', value: 'Adalat Samedov' },
        { language: 'az', value: 'Ədalət Səmədov' },
      ],
      aliases: [],
      academicTitles: ['Professor'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Professor Adalat Samedov, First Vice-Rector of the Azerbaijan National Aviation Academy',
        },
      ],
    },
    {
      id: 'mammadsaleh-aliyev',
      name: 'Mammadsaleh Aliyev',
      names: [
        { language: 'en', value: 'Mammadsaleh Aliyev' },
        { language: 'az', value: 'Məmmədsaleh Əliyev' },
      ],
      aliases: [],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Mammadsaleh Aliyev, Department Head of the Ministry of Defense Industry',
        },
      ],
    },
    {
      id: 'ozgur-kurum',
      name: 'Ozgur Kurum',
      names: [
        { language: 'en', value: 'Ozgur Kurum' },
        { language: 'tr', value: 'Özgür Kurum' },
      ],
      aliases: [],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Ozgur Kurum, Director of the “Aselsan-Baku” Company' }],
    },
    {
      id: 'yadullah-babayev',
      name: 'Yadullah Babayev',
      // The Azerbaijani spelling of the given name is not certain, so none is recorded.
      names: [{ language: 'en', value: 'Yadullah Babayev' }],
      aliases: [],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Yadullah Babayev, Director of the AzTU Technology Transfer Office',
        },
      ],
    },

    // ─── 001 ──────────────────────────────────────────────────────────────────────
    {
      id: 'vusal-rustamov',
      name: 'Vusal Rustamov',
      names: [
        { language: 'en', value: 'Vusal Rustamov' },
        { language: 'az', value: 'Vüsal Rüstəmov' },
      ],
      aliases: [],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote: 'Vusal Rustamov, dem Direktor des Innovationszentrums',
        },
      ],
    },
    {
      id: 'huseyin-topuz',
      name: 'Huseyin Topuz',
      names: [
        { language: 'en', value: 'Huseyin Topuz' },
        { language: 'tr', value: 'Hüseyin Topuz' },
      ],
      // The same article also spells him "Huseyn Topuz".
      aliases: ['Huseyn Topuz'],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote: 'Huseyin Topuz, dem Direktor von Bayraktar Technology Azerbaijan',
        },
      ],
    },
    {
      id: 'elchin-babayev',
      name: 'Elchin Babayev',
      names: [
        { language: 'en', value: 'Elchin Babayev' },
        { language: 'az', value: 'Elçin Babayev' },
      ],
      aliases: [],
      academicTitles: ['Professor'],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Unterzeichnet wurde das Memorandum von Professor Elchin Babayev, dem Rektor der BSU, und Huseyn Topuz.',
        },
      ],
    },
    {
      id: 'hubertus-ebbers',
      name: 'Hubertus Ebbers',
      names: [{ language: 'de', value: 'Hubertus Ebbers' }],
      aliases: [],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Die Leitung des Arbeitskreises hat Hubertus Ebbers, als ehemaliger Geschäftsführer der Technopark Kamen GmbH, übernommen.',
        },
      ],
    },

    // ─── 003 ──────────────────────────────────────────────────────────────────────
    {
      id: 'renying-li',
      name: 'Renying Li',
      names: [{ language: 'en', value: 'Renying Li' }],
      aliases: ['Li Renying'],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote: 'Renying Li, the representative of ASOIU in China has been appointed a Secretary General',
        },
      ],
    },
    {
      id: 'mustafa-babanli',
      name: 'Mustafa Babanli',
      names: [
        { language: 'en', value: 'Mustafa Babanli' },
        { language: 'az', value: 'Mustafa Babanlı' },
      ],
      aliases: [],
      academicTitles: ['Professor'],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote: "Making a speech at the conference, ASOIU's Rector, Professor Mustafa Babanli",
        },
      ],
    },
    {
      id: 'shahin-bayramov',
      name: 'Shahin Bayramov',
      names: [
        { language: 'en', value: 'Shahin Bayramov' },
        { language: 'az', value: 'Şahin Bayramov' },
      ],
      aliases: [],
      academicTitles: ['Doctor of Philosophy in Economics', 'Associate Professor'],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'the Rector of Mingachevir State University, Doctor of Philosophy in Economics, Associate Professor Shahin Bayramov',
        },
      ],
    },

    // ─── 004 ──────────────────────────────────────────────────────────────────────
    {
      // Named as the President who decreed the corporation's establishment. No position:
      // the document names no institution to hold it at.
      id: 'ilham-aliyev',
      name: 'Ilham Aliyev',
      names: [
        { language: 'en', value: 'Ilham Aliyev' },
        { language: 'az', value: 'İlham Əliyev' },
      ],
      aliases: [],
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote: 'the Decree of the President of the Republic of Azerbaijan – Mr. Ilham Aliyev, dated November 6, 2017',
        },
      ],
    },
  ],

  positions: [
    // ─── 000: observed at the forum, 2025-05-15 ───────────────────────────────────
    {
      id: 'pos-vilayat-valiyev-aztu-rector',
      personId: 'vilayat-valiyev',
      institutionId: 'aztu',
      title: 'Rector',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'AzTU Rector Vilayat Valiyev' }],
    },
    {
      id: 'pos-orkhan-mammadov-smeda-chairman',
      personId: 'orkhan-mammadov',
      institutionId: 'smeda',
      title: 'Chairman of the Board',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Chairman of the Board of SME Orkhan Mammadov' }],
    },
    {
      id: 'pos-hamlet-isakhanli-khazar-founder',
      personId: 'hamlet-isakhanli',
      institutionId: 'khazar-university',
      title: 'Founder',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Hamlet Isakhanli, the founder of Khazar University' }],
    },
    {
      id: 'pos-telman-aliyev-caspian-energy-club-chairman-ceo',
      personId: 'telman-aliyev',
      institutionId: 'caspian-energy-club',
      title: 'Chairman and CEO',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Chairman and CEO of Caspian Energy Club, Telman Aliyev' }],
    },
    {
      id: 'pos-farid-velizade-ask-senior-advisor',
      personId: 'farid-velizade',
      institutionId: 'ask',
      title: 'Senior Advisor to the President',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote:
            'Farid Velizade, Senior Advisor to the President of the National Confederation of Entrepreneurs (Employers) Organizations',
        },
      ],
    },
    {
      id: 'pos-mehmet-simshir-tau-vice-rector',
      personId: 'mehmet-simshir',
      institutionId: 'tau',
      title: 'Vice-Rector',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Professor Mehmet Simshir, Vice-Rector of Turkey-Azerbaijan University (TAU)',
        },
      ],
    },
    {
      id: 'pos-mesut-guner-tubitak-deputy-chairman',
      personId: 'mesut-guner',
      institutionId: 'tubitak',
      title: 'Deputy Chairman',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Professor Mesut Guner, Deputy Chairman of TUBITAK' }],
    },
    {
      id: 'pos-mustafa-guden-iztech-professor',
      personId: 'mustafa-guden',
      institutionId: 'iztech',
      title: 'Professor',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        { sourceId: 'src-aztu-forum-2025', quote: 'Mustafa Guden, Professor of Izmir High Technology Institute' },
      ],
    },
    {
      id: 'pos-jamil-safarov-ganja-aluminium-complex-director',
      personId: 'jamil-safarov',
      institutionId: 'ganja-aluminium-complex',
      title: 'Director',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Jamil Safarov, Director of the Ganja Production Complex of “Azeraluminium” LLC',
        },
      ],
    },
    {
      id: 'pos-adalat-samedov-aznaa-first-vice-rector',
      personId: 'adalat-samedov',
      institutionId: 'aznaa',
      title: 'First Vice-Rector',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Professor Adalat Samedov, First Vice-Rector of the Azerbaijan National Aviation Academy',
        },
      ],
    },
    {
      id: 'pos-mammadsaleh-aliyev-defense-ministry-department-head',
      personId: 'mammadsaleh-aliyev',
      institutionId: 'ministry-of-defense-industry',
      title: 'Department Head',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Mammadsaleh Aliyev, Department Head of the Ministry of Defense Industry',
        },
      ],
    },
    {
      id: 'pos-ozgur-kurum-aselsan-baku-director',
      personId: 'ozgur-kurum',
      institutionId: 'aselsan-baku',
      title: 'Director',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [{ sourceId: 'src-aztu-forum-2025', quote: 'Ozgur Kurum, Director of the “Aselsan-Baku” Company' }],
    },
    {
      id: 'pos-yadullah-babayev-aztu-tto-director',
      personId: 'yadullah-babayev',
      institutionId: 'aztu-technology-transfer-office',
      title: 'Director',
      since: null,
      until: null,
      observedDates: ['2025-05-15'],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'Yadullah Babayev, Director of the AzTU Technology Transfer Office',
        },
      ],
    },

    // ─── 001: the memoranda (the Innovation Center one on 2025-07-04) ─────────────
    {
      id: 'pos-vusal-rustamov-innovation-center-director',
      personId: 'vusal-rustamov',
      institutionId: 'innovation-center-sapssi',
      title: 'Direktor',
      since: null,
      until: null,
      observedDates: ['2025-07-04'],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Diese Partnerschaft, die am 4. Juli 2025 offiziell wurde, wurde von Vusal Rustamov, dem Direktor des Innovationszentrums, und Huseyin Topuz, dem Direktor von Bayraktar Technology Azerbaijan, besiegelt.',
        },
      ],
    },
    {
      id: 'pos-huseyin-topuz-bayraktar-director',
      personId: 'huseyin-topuz',
      institutionId: 'bayraktar-technology-azerbaijan',
      title: 'Direktor',
      since: null,
      until: null,
      observedDates: ['2025-07-04'],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Diese Partnerschaft, die am 4. Juli 2025 offiziell wurde, wurde von Vusal Rustamov, dem Direktor des Innovationszentrums, und Huseyin Topuz, dem Direktor von Bayraktar Technology Azerbaijan, besiegelt.',
        },
      ],
    },
    {
      // The article (undated) gives no date for the BSU memorandum, not even a year.
      id: 'pos-elchin-babayev-bsu-rector',
      personId: 'elchin-babayev',
      institutionId: 'bsu',
      title: 'Rektor',
      since: null,
      until: null,
      observedDates: [],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Unterzeichnet wurde das Memorandum von Professor Elchin Babayev, dem Rektor der BSU, und Huseyn Topuz.',
        },
      ],
    },
    {
      // "ehemaliger Geschäftsführer": a former managing director. When he left is not
      // stated, so `until` stays null; the (undated) document calls the role former.
      id: 'pos-hubertus-ebbers-technopark-kamen-managing-director',
      personId: 'hubertus-ebbers',
      institutionId: 'technopark-kamen',
      title: 'Geschäftsführer',
      since: null,
      until: null,
      observedDates: [],
      former: true,
      formerOn: null,
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote: 'als ehemaliger Geschäftsführer der Technopark Kamen GmbH',
        },
      ],
    },
    {
      // Leads the working group that audits BVIZ member centres for the
      // "Anerkanntes Innovationszentrum" label.
      id: 'pos-hubertus-ebbers-bviz-working-group-lead',
      personId: 'hubertus-ebbers',
      institutionId: 'bviz',
      title: 'Leitung des Arbeitskreises',
      since: null,
      until: null,
      observedDates: [],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Hierbei werden über 30 BVIZ-Mitgliedszentren regelmäßig auditiert und ausgezeichnet, was kein leichtes Unterfangen ist. Die Leitung des Arbeitskreises hat Hubertus Ebbers',
        },
      ],
    },

    // ─── 003: the alliance conference, 2020-11-27 ─────────────────────────────────
    {
      id: 'pos-renying-li-alliance-secretary-general',
      personId: 'renying-li',
      institutionId: 'strategic-alliance-heis',
      // The document's words: "has been appointed a Secretary General".
      title: 'Secretary General',
      since: '2020-11-27',
      until: null,
      observedDates: ['2020-11-27', '2020-11-30'],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'ASOIU has been appointed as the center of the Strategic Alliance of Higher Education Institutions in the Caucasus, and Renying Li, the representative of ASOIU in China has been appointed a Secretary General.',
        },
      ],
    },
    {
      id: 'pos-renying-li-asoiu-representative-in-china',
      personId: 'renying-li',
      institutionId: 'asoiu',
      title: 'Representative in China',
      since: null,
      until: null,
      observedDates: ['2020-11-27', '2020-11-30'],
      sources: [{ sourceId: 'src-asoiu-alliance-2020', quote: 'Renying Li, the representative of ASOIU in China' }],
    },
    {
      id: 'pos-mustafa-babanli-asoiu-rector',
      personId: 'mustafa-babanli',
      institutionId: 'asoiu',
      title: 'Rector',
      since: null,
      until: null,
      observedDates: ['2020-11-27', '2020-11-30'],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote: "Making a speech at the conference, ASOIU's Rector, Professor Mustafa Babanli",
        },
      ],
    },
    {
      id: 'pos-shahin-bayramov-mingachevir-rector',
      personId: 'shahin-bayramov',
      institutionId: 'mingachevir-state-university',
      title: 'Rector',
      since: null,
      until: null,
      observedDates: ['2020-11-27', '2020-11-30'],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'the Rector of Mingachevir State University, Doctor of Philosophy in Economics, Associate Professor Shahin Bayramov',
        },
      ],
    },
  ],

  memberships: [
    {
      id: 'mem-asoiu-strategic-alliance-heis-member',
      memberId: 'asoiu',
      organizationId: 'strategic-alliance-heis',
      role: 'MEMBER',
      // "Recall that ASOIU is a member": the joining date is not given.
      since: null,
      until: null,
      note: null,
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote: 'Recall that ASOIU is a member of the Strategic Alliance of Higher Education Institutions',
        },
      ],
    },
    {
      id: 'mem-asoiu-strategic-alliance-heis-caucasus-center',
      memberId: 'asoiu',
      organizationId: 'strategic-alliance-heis',
      role: 'REGIONAL_CENTER',
      // Appointed, and announced, at the online conference held on November 27 (2020).
      since: '2020-11-27',
      until: null,
      note: 'Caucasus',
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'ASOIU has been appointed as the center of the Strategic Alliance of Higher Education Institutions in the Caucasus',
        },
      ],
    },
    {
      id: 'mem-aztu-sme-model-enterprise-founder',
      memberId: 'aztu',
      organizationId: 'aztu-sme-model-enterprise',
      role: 'FOUNDER',
      since: null,
      until: null,
      note: 'Created together with SMEDA',
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'the SME Model Enterprise, which AzTU has created together with SME and is successfully operating',
        },
      ],
    },
    {
      id: 'mem-smeda-sme-model-enterprise-founder',
      memberId: 'smeda',
      organizationId: 'aztu-sme-model-enterprise',
      role: 'FOUNDER',
      since: null,
      until: null,
      note: 'Created together with AzTU',
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote: 'the SME Model Enterprise, which AzTU has created together with SME and is successfully operating',
        },
      ],
    },
  ],
};
