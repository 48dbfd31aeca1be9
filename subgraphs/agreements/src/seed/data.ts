import type { AgreementsSeed } from './types';

/**
 * The agreements subgraph's seed dataset: the agreements and events that the five
 * source documents (`shared/src/seed/sources.ts`) describe — no more, no less.
 *
 * Conventions:
 * - Institution and person ids are the institutions subgraph's ids.
 * - No document names these agreements, so their titles describe them
 *   (`titleIsDescriptive`); the two events have real titles.
 * - Dates only where a document gives them, with the precision it gives; a
 *   memorandum the document does not date has `signedOn: null`.
 * - Statuses say no more than the documents: SIGNED for a memorandum the document
 *   says was signed, ANNOUNCED for "an agreement was reached", ACTIVE for a
 *   cooperation the document describes as going on.
 * - Commitment descriptions, speakers' contributions, topics, decisions and
 *   attendance are verbatim passages (in the document's language); areas are short
 *   English terms for filtering, each stated by the document.
 * - Party roles: SIGNATORY_PARTY (signed, per the document), PARTY (named as a side
 *   of the cooperation), ANNOUNCER (reports the agreement among its own measures
 *   without the document naming it as a side).
 */
export const agreementsSeed: AgreementsSeed = {
  agreements: [
    // ─── 001: the Bayraktar memoranda (German) ────────────────────────────────────
    {
      id: 'mou-innovation-center-bayraktar-2025',
      title:
        'Memorandum of Understanding between the Innovation Center under SAPSSI and Bayraktar Technology Azerbaijan LLC',
      titleIsDescriptive: true,
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      status: 'SIGNED',
      description: 'Ein Memorandum zur Förderung von Wissenschaft und Innovation',
      // "Diese Partnerschaft, die am 4. Juli 2025 offiziell wurde": the day it was signed.
      signedOn: '2025-07-04',
      validFrom: null,
      validUntil: null,
      parties: [
        { institutionId: 'innovation-center-sapssi', role: 'SIGNATORY_PARTY', signatoryId: 'vusal-rustamov' },
        { institutionId: 'bayraktar-technology-azerbaijan', role: 'SIGNATORY_PARTY', signatoryId: 'huseyin-topuz' },
      ],
      areas: ['science', 'innovation', 'artificial intelligence'],
      commitments: [
        { kind: 'INTERNSHIPS', description: 'Praktikumsprogramme für Studierende' },
        { kind: 'JOINT_RESEARCH', description: 'gemeinsame wissenschaftliche Forschungsprojekte' },
        { kind: 'PROFESSIONAL_DEVELOPMENT', description: 'berufliche Weiterbildungsmaßnahmen' },
        { kind: 'TRAINING', description: 'innovative Talente geschult' },
        { kind: 'STARTUP_SUPPORT', description: 'die Entwicklung von Startups unterstützt' },
        {
          kind: 'DEMO_DAYS',
          description:
            'die Möglichkeiten für Technologie-Events wie „Demo Days“ geschaffen werden, bei denen neue Ideen und Technologien vorgestellt werden können',
        },
      ],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'In einer spannenden Entwicklung hat das Innovationszentrum unter der Leitung der Staatlichen Agentur für öffentliche Dienste und soziale Innovationen (SAPSSI) ein Memorandum of Understanding (MoU) mit Bayraktar Technology Azerbaijan LLC unterzeichnet. Diese Partnerschaft, die am 4. Juli 2025 offiziell wurde, wurde von Vusal Rustamov, dem Direktor des Innovationszentrums, und Huseyin Topuz, dem Direktor von Bayraktar Technology Azerbaijan, besiegelt. Ziel dieser Vereinbarung ist es, die Zusammenarbeit in den Bereichen Wissenschaft, Innovation und künstliche Intelligenz zu fördern.',
        },
      ],
    },
    {
      id: 'mou-bsu-bayraktar-2025',
      title: 'Memorandum of Understanding between Baku State University and Bayraktar Technology Azerbaijan LLC',
      titleIsDescriptive: true,
      kind: 'MEMORANDUM_OF_UNDERSTANDING',
      status: 'SIGNED',
      description: 'um die Zusammenarbeit in Bildung, Forschung und Innovation weiter voranzutreiben',
      // The article says it was signed ("hat einen Vertrag … unterzeichnet") but gives no date.
      signedOn: null,
      validFrom: null,
      validUntil: null,
      parties: [
        { institutionId: 'bsu', role: 'SIGNATORY_PARTY', signatoryId: 'elchin-babayev' },
        { institutionId: 'bayraktar-technology-azerbaijan', role: 'SIGNATORY_PARTY', signatoryId: 'huseyin-topuz' },
      ],
      areas: [
        'computer engineering',
        'nanotechnology',
        'information technology',
        'artificial intelligence',
        'chemical engineering',
      ],
      commitments: [
        { kind: 'JOINT_RESEARCH', description: 'gemeinsame Forschungsinitiativen' },
        { kind: 'TRAINING', description: 'Ausbildungsprogramme' },
        { kind: 'INTERNSHIPS', description: 'Praktikumsplätze' },
        { kind: 'EMPLOYMENT', description: 'Beschäftigungsmöglichkeiten' },
      ],
      sources: [
        {
          sourceId: 'src-bayraktar-memoranda-2025',
          quote:
            'Auch die Baku State University (BSU) hat einen Vertrag mit Bayraktar Technology Azerbaijan LLC unterzeichnet, um die Zusammenarbeit in Bildung, Forschung und Innovation weiter voranzutreiben. Unterzeichnet wurde das Memorandum von Professor Elchin Babayev, dem Rektor der BSU, und Huseyn Topuz. In diesem Rahmen wurden vielversprechende Perspektiven hervorgehoben, darunter Bereiche wie Computertechnik, Nanotechnologie, Informationstechnologie, künstliche Intelligenz und Chemieingenieurwesen.',
        },
      ],
    },

    // ─── 004: Azerbaijan Industrial Corporation, three years on (English) ─────────
    {
      // The document names AzTU and the Ganja Aluminum Complex as the sides of the
      // cooperation; the corporation reports it among its measures without being
      // named as a side, so it is recorded as ANNOUNCER. No date, no signature.
      id: 'aztu-aic-cooperation',
      title: 'Cooperation of AzTU with the Ganja Aluminum Complex, reported by Azerbaijan Industrial Corporation',
      titleIsDescriptive: true,
      kind: 'COOPERATION_AGREEMENT',
      status: 'ANNOUNCED',
      description: 'an agreement was reached to establish an experimental laboratory on the basis of AzTU',
      signedOn: null,
      validFrom: null,
      validUntil: null,
      parties: [
        { institutionId: 'aztu', role: 'PARTY', signatoryId: null },
        { institutionId: 'ganja-aluminium-complex', role: 'PARTY', signatoryId: null },
        { institutionId: 'azerbaijan-industrial-corporation', role: 'ANNOUNCER', signatoryId: null },
      ],
      areas: ['metallurgy'],
      commitments: [
        {
          kind: 'EDUCATIONAL_BRANCH',
          description:
            'the opening of the educational branch of AzTU in Ganja will give impetus to the development of training opportunities in the field of metallurgy in the region',
        },
        {
          kind: 'RESEARCH_CENTER',
          description:
            'in the future, part of the branch will operate as a research center, for implementation of joint scientific and innovation development work',
        },
        { kind: 'LABORATORY', description: 'to establish an experimental laboratory on the basis of AzTU' },
        {
          kind: 'INTERNSHIPS',
          description:
            'organization of internships for bachelor and master students of AzTU in the complex and providing the necessary support',
        },
        {
          kind: 'INDUSTRY_THESES',
          description: 'ensuring the graduation and master’s dissertation topics are based in the industry operation',
        },
        {
          kind: 'JOINT_RESEARCH',
          description:
            'creating opportunities for students living in the region to implement the educational process and joint research',
        },
        {
          kind: 'VOCATIONAL_EDUCATION',
          description:
            'it is intended to create opportunities technical vocational and secondary special education jointly with the Ganja Aluminum Complex',
        },
      ],
      sources: [
        {
          sourceId: 'src-aic-three-years',
          quote:
            'It was noted that the opening of the educational branch of AzTU in Ganja will give impetus to the development of training opportunities in the field of metallurgy in the region. It was noted that in the future, part of the branch will operate as a research center, for implementation of joint scientific and innovation development work. At the same time, an agreement was reached to establish an experimental laboratory on the basis of AzTU.',
        },
      ],
    },

    // ─── 002: Azərişıq's cooperation with universities (Azerbaijani) ─────────────
    {
      // The universities are not named ("yerli və xarici universitetlər"), so the only
      // party is Azərişıq. The cooperation is described as going on ("əməkdaşlıq edir").
      id: 'azerishiq-university-cooperation',
      title: 'Azərişıq cooperation programme with local and foreign universities',
      titleIsDescriptive: true,
      kind: 'COOPERATION_PROGRAM',
      status: 'ACTIVE',
      // The directions, then the benefits the document lists.
      description:
        '“Azərişıq” ASC də bu təcrübədən istifadə edərək yerli və xarici universitetlərlə əməkdaşlıq edir və bu əlaqələr aşağıdakı istiqamətlər üzrə inkişaf etdirilir. … Bu kimi əməkdaşlığın elmi və texnoloji inkişaf, istehsalatın effektivliyi, təhsil keyfiyyətinin yüksəldilməsi, kadr potensialının gücləndirilməsi kimi faydaları mövcuddur.',
      signedOn: null,
      validFrom: null,
      validUntil: null,
      parties: [{ institutionId: 'azerishiq', role: 'PARTY', signatoryId: null }],
      areas: ['research', 'innovation'],
      commitments: [
        {
          kind: 'JOINT_RESEARCH',
          description:
            'Tədqiqat və İnnovasiya: Ali təhsil müəssisələrinin istehsalat müəssisələri ilə birgə tədqiqat layihələri həyata keçirməsi, yeni texnologiyaların və məhsulların inkişaf etdirilməsinə imkan yaradır və nəticədə universitet laboratoriyalarında aparılan tədqiqatlar, istehsalat müəssisələrinin ehtiyaclarına uyğun olaraq tətbiq edilir.',
        },
        {
          kind: 'INTERNSHIPS',
          description:
            'Təcrübə və İnternship Proqramları: Tələbələrin “Azərişıq” ASC müəssisələrində təcrübə keçməsi və internship proqramlarına qatılması, onların praktik bilik və bacarıqlarını artırır.',
        },
        {
          kind: 'TRAINING',
          description:
            'Kadr Hazırlığı və Təlim:Ali təhsil müəssisələrinin sənaye nümayəndələri ilə birlikdə kadr hazırlığı və təlim proqramları təşkil etməsi',
        },
        {
          kind: 'CONFERENCES',
          description:
            'Konfranslar və Seminarlar: Birgə təşkil olunan konfranslar, seminarlar və işçi qrupları, hər iki tərəfin nümayəndələrinin fikir mübadiləsi etməsinə və yeni əməkdaşlıq imkanları yaratmasına şərait yaradır.',
        },
        {
          kind: 'TECHNOPARK',
          description:
            'İnnovasiya Parkları və Texnoparklar: “Azərişıq” ASC-nin Tədris və İnnovasiyalar mərkəzində \u00a0yaradılan innovasiya \u00a0parkları və texnoparklar, startapların və yeni texnologiyaların inkişafını dəstəkləyir. Bu, sənaye və universitetlər arasında birbaşa əlaqələrin qurulmasına yardım edir.',
        },
      ],
      sources: [
        {
          sourceId: 'src-azerishiq-cooperation',
          quote:
            '“Azərişıq” ASC də bu təcrübədən istifadə edərək yerli və xarici universitetlərlə əməkdaşlıq edir və bu əlaqələr aşağıdakı istiqamətlər üzrə inkişaf etdirilir.',
        },
      ],
    },
  ],

  events: [
    // ─── 000: the AzTU forum (English) ────────────────────────────────────────────
    {
      id: 'aztu-forum-2025-05-15',
      title: 'University-industry cooperation, directions, examples and artificial intelligence',
      titleIsDescriptive: false,
      kind: 'FORUM',
      description:
        'Within the framework of the 75th anniversary events of Azerbaijan Technical University (AzTU), an international forum',
      // The report is dated 15.05.2025 and says the forum "was held at AzTU"; it gives no other date.
      startsOn: '2025-05-15',
      endsOn: null,
      online: false,
      location: 'AzTU',
      organizerIds: ['aztu'],
      partnerIds: ['tau', 'smeda', 'ask', 'caspian-energy-club'],
      participantIds: [],
      speakers: [
        {
          personId: 'vilayat-valiyev',
          institutionId: 'aztu',
          role: 'Rector',
          contribution:
            'Opening the event with an introductory speech and welcoming the guests, AzTU Rector Vilayat Valiyev spoke about the importance of establishing a sustainable model of university-industry relations and joint activities based on experience.',
        },
        {
          personId: 'orkhan-mammadov',
          institutionId: 'smeda',
          role: 'Chairman of the Board',
          contribution:
            'spoke about the participation of higher education institutions in micro and small entrepreneurship activities and their role in the formation of young entrepreneurs',
        },
        {
          personId: 'hamlet-isakhanli',
          institutionId: 'khazar-university',
          role: 'Founder',
          contribution: 'said that it is not easy to establish university-industry cooperation in the modern era',
        },
        {
          personId: 'telman-aliyev',
          institutionId: 'caspian-energy-club',
          role: 'Chairman and CEO',
          contribution:
            'spoke about the application of artificial intelligence in production and the responsibility of higher education in this area',
        },
        {
          personId: 'farid-velizade',
          institutionId: 'ask',
          role: 'Senior Advisor to the President',
          contribution:
            'shared about the organizational and institutional mechanisms of cooperation in the university-industry-state triangle',
        },
        {
          personId: 'mehmet-simshir',
          institutionId: 'tau',
          role: 'Vice-Rector',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'mesut-guner',
          institutionId: 'tubitak',
          role: 'Deputy Chairman',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'mustafa-guden',
          institutionId: 'iztech',
          role: 'Professor',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'jamil-safarov',
          institutionId: 'ganja-aluminium-complex',
          role: 'Director',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'adalat-samedov',
          institutionId: 'aznaa',
          role: 'First Vice-Rector',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'mammadsaleh-aliyev',
          institutionId: 'ministry-of-defense-industry',
          role: 'Department Head',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'ozgur-kurum',
          institutionId: 'aselsan-baku',
          role: 'Director',
          contribution: 'made detailed presentations',
        },
        {
          personId: 'yadullah-babayev',
          institutionId: 'aztu-technology-transfer-office',
          role: 'Director',
          contribution: 'made detailed presentations',
        },
      ],
      attendance:
        'more than 100 industry representatives and representatives of academic and technological institutions from different countries',
      topics: [
        'models of cooperation between universities and industry',
        'share advanced international experience',
        'the growing role of higher education institutions in the process of integrating new technologies, especially artificial intelligence, into the production environment',
        'the ways in which universities can transfer scientific knowledge to industry through technology transfer and innovation centers',
        'strengthening university-industry relations in the startup ecosystem and the environment supporting new initiatives',
        'the experiences of international technology transfer offices, their role in integration into industry',
        'the joint development of specialized personnel training and scientific and technical experience in the defense and aviation industries',
      ],
      decisions: [],
      sources: [
        {
          sourceId: 'src-aztu-forum-2025',
          quote:
            'Within the framework of the 75th anniversary events of Azerbaijan Technical University (AzTU), an international forum on the topic of “University-industry cooperation, directions, examples and artificial intelligence” was held at the initiative and organization of the university, in partnership with the Turkey-Azerbaijan University (TAU), the Small and Medium Business Development Agency (SMEDA), the National Confederation of Entrepreneurs (Employers) Organizations of the Republic of Azerbaijan (ASK) and the Caspian Energy Club.',
        },
      ],
    },

    // ─── 003: the alliance's online conference (English) ─────────────────────────
    {
      // "held on November 27" in a report published on 30 Nov 2020.
      id: 'alliance-online-conference-2020-11-27',
      title: 'International cooperation in the post-epidemic period and a new approach to exchange',
      titleIsDescriptive: false,
      kind: 'CONFERENCE',
      description:
        'An online conference of the Strategic Alliance of Higher Education Institutions entitled "International cooperation in the post-epidemic period and a new approach to exchange" organized by Lanzhou University of China … The two-part conference held online',
      startsOn: '2020-11-27',
      endsOn: null,
      online: true,
      location: null,
      // The alliance's own conference, organised for it by Lanzhou University.
      organizerIds: ['strategic-alliance-heis', 'lanzhou-university'],
      partnerIds: [],
      // ASOIU attended; Mingachevir State University's rector spoke at the event.
      participantIds: ['asoiu', 'mingachevir-state-university'],
      speakers: [
        {
          personId: 'mustafa-babanli',
          institutionId: 'asoiu',
          role: 'Rector',
          contribution:
            'expressed his gratitude to the organizers of the conference and noted that this organization, which unites universities in 27 countries and regions, is a great platform to discuss our common issues … it would be advisable to create a working group to which we would be happy to provide our materials in the field of oil and gas engineering … ASOIU is ready to share its experience in innovative areas such as Electronic university, Full automation of educational processes, Education-Research-Industry integration, Transfer of technologies, Startups, IT Academy … thanked the "One Belt, One Road" University Alliance for the decision to establish the Caucasian sub-alliance in Azerbaijan and the trust in ASOIU',
        },
        {
          personId: 'shahin-bayramov',
          institutionId: 'mingachevir-state-university',
          role: 'Rector',
          contribution: 'underlined the importance of the "One Belt, One Road" University Alliance',
        },
      ],
      attendance:
        "more than 150 universities from 27 countries … held with the participation of university rectors and officials of the People's Republic of China",
      topics: [
        'the most important issues related to education',
        'new approaches in international relations',
        'the work to be done in the field of education during and after the pandemic',
        'the details of the new development mechanism based on realities and perspectives',
      ],
      decisions: [
        'the administration of Alliance also decided to open a representative office here, taking into account the importance of the Caucasus in the Silk Road',
        'ASOIU has been appointed as the center of the Strategic Alliance of Higher Education Institutions in the Caucasus',
        'Renying Li, the representative of ASOIU in China has been appointed a Secretary General',
      ],
      sources: [
        {
          sourceId: 'src-asoiu-alliance-2020',
          quote:
            'An online conference of the Strategic Alliance of Higher Education Institutions entitled "International cooperation in the post-epidemic period and a new approach to exchange" organized by Lanzhou University of China was held on November 27. The conference was attended by more than 150 universities from 27 countries, including the Azerbaijan State Industry Oil and University (ASOIU).',
        },
      ],
    },
  ],
};
